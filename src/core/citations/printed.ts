// Reads printed sources: `Author, Title (Place, Publisher, 1986): 100`, `Title, vol. 4 (Moscow, 1984): 328`,
// `Pravda (September 30, 1928)`, and the author or title an `op. cit.` names.
import { cyrillicGivenName } from '../officials/cyrillicNames';
import { givenNameReadings } from '../translit/givenNames';
import { parseArticle } from './article';
import { parsePeriodical } from './periodical';
import { isProse } from './prose';
import { tidyText, trimEnd, trimStart } from './tidy';
import type { Citation } from './types';

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
/** A lead-in that is not part of the reference: `see also`, `quoted in` (`Vgl.`, `Zob.`, `Voir`, `См.:`, `Цит. по:`), and a lower-case `and` after a semicolon. */
const LEAD = /^(?:(?:and|also)(?: also)?,? )?(?:(?:[Ss]ee|[Cc]f\.|[Cc]ited in|[Qq]uoted in|[Vv]gl\.|[Zz]it\. nach|[Zz]ob\.|[Pp]or\.|[Cc]yt\. za|[Vv]oir|[Cc]ité dans|[Цц]ит\. по:?|[Сс]м\.(?: также)?:?)(?:,? also)?(?:,? for example)?,? )?/;
/**
 * Prose that ends in a lower-case `see` before the reference, or names a document printed in it: `For more on the
 * ‘special settlements’ see L. Viola, …`, `Biryuzov’s letter to Kimon Georgiev, dated November 28, 1944, in
 * Cherepanov, Pole ratnoe moe, 272`.
 */
const PROSE_LEAD = /^[^;]*?(?:(?<![\p{L}])(?:see|cf\.)(?: also)?(?:,? for example|,? e\.g\.)?,?|, in) (?=\p{Lu})/u;
/** The same in Russian, `… см.:`, before a reference whose author is named the Russian way (`Фицпатрик Ш.`, `Colton T.J.`). */
const PROSE_LEAD_RU = /^[^;]*?(?<![\p{L}])см\.(?: также)?: (?=\p{Lu})/u;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}’'-]*\.?,?|(?:\p{Lu}\.){2,3}|and|&|ed\.|eds\.|comp\.|et|al\.|de|von|van|der|du|la|le)$/u;
/**
 * `op. cit.` (`Op. cit.` after a name the Russian way) and its forms in the languages of the notes (cited work): Russian
 * `Указ. соч.`, `Цит. соч.`, `Указ. раб.` (работа), `Указ. ст.` (статья), Ukrainian
 * `Вказ. праця`, `Зазнач. праця`, German `a.a.O.`, Polish `dz. cyt.`, French `art. cit.`; `loc. cit.` (the place cited)
 * too, which without a page of its own keeps the page last cited.
 */
export const OP_CIT =
  /\b(?:[Oo]p|[Ll]oc)\. ?cit\b\.?|\ba\. ?a\. ?O\.|\bdz\. ?cyt\.?|\bart\. ?cit\.?|(?<![\p{L}])(?:[Уу]каз|[Цц]ит)\. ?(?:соч|раб|ст)\.?(?![\p{L}])|(?<![\p{L}])(?:[Вв]каз|[Зз]азнач)\. ?праця\.?/u;
/** An initial (`A.`, `Ia.`, `Zh.`, `А.`), not a surname. */
const INITIAL = /^(?:\p{Lu}|Ch|Sh|Shch|Zh|Kh|Ts|Ia|Iu|Ie|Io|Ju|Ja)\.?$/u;

/** `G. Leggett`, `E.H. Carr`, `Carl Friedrich and Zbigniew Brzezinski`, `A. I Busygin`: capitalised words, initials and `and`. */
export function isPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  return tokens.length <= 10 && tokens.every(t => NAME_TOKEN.test(t)) && tokens.some(t => /^\p{Lu}\p{Ll}/u.test(t));
}

/** Surnames of an author field, for matching a back-reference: the last word of each name that is not an initial. */
export function surnames(author: string): string[] {
  return author
    .replace(/ ?\[[^\]]*\]/g, '')
    .split(/,| and | & /)
    .map(name => name.trim().split(' ').filter(t => !/^(?:ed|eds|comp|et|al)\.?$/.test(t) && !INITIAL.test(t)).pop() ?? '')
    .map(s => s.replace(/\.$/, '').toLowerCase())
    .filter(s => s.length > 1);
}

/** `Biography of Y. K. Olsky (1891–1938) in Vadim Abramov, …`: a sentence of prose naming what the work prints. */
const IN_LEAD = /^[^,;]*? in (?=\p{Lu})/u;

/** The prose before the reference in `text`, which follows the lead-in `lead` (`and ` before `details in …`). */
function proseLead(text: string, lead: string): string | undefined {
  const prose = PROSE_LEAD.exec(text)?.[0];
  // `Peter Holquist, ‘What’s So Revolutionary …’, in Russian Modernity`: an author and a chapter's quoted title before
  // `in` are the reference's head, no prose.
  const chapterHead = (head: string) => /^[^,]{1,60}, [‘“"«]/u.test(head) && isPersonName(head.slice(0, head.indexOf(',')));
  if (prose) return prose.endsWith(', in ') && (isPersonName(prose.slice(0, -5)) || chapterHead(prose)) ? undefined : prose;
  const inLead = IN_LEAD.exec(text)?.[0];
  // `Revolution in Russia, 1917` is a title: one function word is no sentence.
  return inLead && isProse(lead + inLead) ? inLead : undefined;
}

/**
 * The reference without its lead-in; prose before `see` or `, in` goes only when an author's name and a comma follow
 * it. A name before `, in` is a chapter's author (`Leonid Mlechin, in Vladimir Kozlov, …`), no prose.
 */
export function withoutLead(raw: string): string {
  const text = raw.replace(LEAD, '');
  const russian = PROSE_LEAD_RU.exec(text)?.[0];
  if (russian && SURNAME_INITIALS.test(text.slice(russian.length))) return text.slice(russian.length);
  const prose = proseLead(text, raw.slice(0, raw.length - text.length));
  if (!prose) return text;
  const rest = text.slice(prose.length);
  const comma = rest.indexOf(', ');
  return comma > 0 && isPersonName(rest.slice(0, comma)) ? rest : text;
}

/**
 * `(d. 1937)`, `(b. 1890)`, `(1891–1938)`: a person's dates or a title's period, not an imprint, which names a place
 * or publisher before a span of years.
 */
const LIFE_DATE = /^ ?(?:[bd]\. ?\d{4}|\d{4} ?[–—-] ?\d{2,4}) ?$/;

/** The last parenthesis holding a year: the imprint (or a newspaper's date), not a year inside the title. */
function imprint(text: string): { start: number; end: number; content: string } | undefined {
  let found: { start: number; end: number; content: string } | undefined;
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    if (YEAR.test(m[1]) && !LIFE_DATE.test(m[1])) found = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, content: m[1].trim() };
  }
  return found;
}


/**
 * A Russian-style imprint closing the reference, after its title's full stop: `. М., 2004`, `. М.: РОССПЭН, 2010`,
 * `. СПб., 1999`, `. М.; Л., 1931`, `. Новосибирск, 2002`, `) М., 1958` after a title's parenthesis, a place in capitals
 * before its publisher (`. — NY: Sharpe, 1995`), a city of two words (`. New York, 1996`) or with its state (`. — Armonk, NY, 1995`). A city on a river keeps it, written out or short: `Ростов-на-Дону`,
 * `Ростов–н/Д.: Феникс, 2002`.
 */
const ON_RIVER = String.raw`(?:[-–]на[-–]\p{Lu}\p{Ll}+|(?: |[-–])н\/\p{Lu}\.?)`;
const CITY_YEAR = String.raw`(?:(?:СПб|SPb|\p{Lu}\p{Ll}{0,2})\.(?: ?[:;–-] ?[^.,;:()]{1,60}\.?)?|\p{Lu}\p{Ll}[\p{Ll}-]+(?: \p{Lu}\p{Ll}[\p{Ll}-]+)?(?:, \p{Lu}{2}(?![\p{L}]))?${ON_RIVER}?(?: ?: ?[^.,;:()]{1,60})?|\p{Lu}{2,3}: ?[^.,;:()]{1,60}), (?:1[5-9]|20)\d\d(?=[.,]|$)`;
/** The imprint after the title's full stop, a GOST dash between them or not (`. – К.: Наукова думка, 2007`). */
const GOST_IMPRINT = new RegExp(`[.)] (?:[–—] )?(${CITY_YEAR})`, 'gu');
const OPENS_WITH_IMPRINT = new RegExp(`^${CITY_YEAR}`, 'u');

/** A piece that begins with a place and year (`М., 2005. С. 38`): the imprint of the reference before it. */
export function opensWithImprint(text: string): boolean {
  return OPENS_WITH_IMPRINT.test(text);
}

function gostImprint(text: string): { start: number; end: number; content: string } | undefined {
  let found: { start: number; end: number; content: string } | undefined;
  for (const m of text.matchAll(GOST_IMPRINT)) found = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, content: m[1] };
  return found;
}

/** A newspaper's or journal's issue, or an article in one. */
function periodicalIssue(raw: string, body: string): Citation | undefined {
  return parsePeriodical(raw, body) ?? parseArticle(raw, body, { authorAndTitle, isPersonName });
}

export function hasImprint(text: string): boolean {
  return imprint(text) !== undefined || gostImprint(text) !== undefined || periodicalIssue(text, withoutLead(text)) !== undefined;
}

/**
 * Pages after the imprint or a locator: `: 67, 158`, `: ch. 2`, `, p. 5`, `, pp. 5-7`, `, p.133`, `. С. 6`, `. – С. 6`,
 * `, 134`.
 */
export function readPages(after: string): string | undefined {
  // `k.` (karta) is a Polish note's leaf, a folio after the Ibid. of an archival file.
  const m = /^ ?(?::|[,.]? ?(?:[–—] )?(?:pp?|рр?|s|с|kk?)\.|,(?= ?\d))/iu.exec(after);
  if (!m) return undefined;
  const pages = tidyText(after.slice(m[0].length));
  // The close of a parenthesis the reference stood in (`… (Там же. С.126–128).`) is no part of the pages, nor is a
  // date or remark in parentheses after them (`p. 3 (30 January 1942)`).
  if (pages?.endsWith(')') && !pages.includes('(')) return trimEnd(pages, ')');
  // A mark repeated before each page of a list (`p.11, p.13, p.14`) is the list's: `11, 13, 14`.
  return pages?.replace(/(?<=\d) \((?=[^()]*\p{L})[^()]*\)$/u, '').replace(/(?<=\d), ?(?:pp?|s|с)\. ?(?=\d)/giu, ', ');
}

const VOLUME = /(?<![\p{L}])(?:vols?|v|t|т)\. ?(\d+|[IVXLC]+(?![\p{L}]))/iu;

/** The volume a reference names anywhere in it (`vol.4`, `т. 2`). */
export function volumeOf(text: string): string | undefined {
  return VOLUME.exec(text)?.[1];
}

/** A volume after the imprint, as GOST sets it: `М., 1970. – Т. 45. – С. 343`. */
const VOLUME_AFTER = /^\. ?(?:[–—] )?(?:t|т|vol)\. ?(\d+|[IVXLC]+(?![\p{L}]))/iu;

/**
 * A document's number in a published collection (`Tragediia sovetskoi derevni, t. 3, dok. 45, s. 123`, `(Moscow, 2003),
 * doc. 45, p. 123`): no part of the title nor of the pages; kept as written in `unparsed`, as no field holds it.
 */
const DOCUMENT_END = /,? ?(?<![\p{L}])((?:doc|dok|док)\. ?(?:№ ?)?\d+)$/iu;
const DOCUMENT_START = /^[,.] ?((?:doc|dok|док)\. ?(?:№ ?)?\d+)/iu;

/** Items after a volume that no field holds (`HPSSS, schedule A, vol. 6, case 104`): kept as written, not read into the title. */
const ITEMS_AFTER_VOLUME = /(?<=(?<![\p{L}])(?:[Vv]ols?|[Vv]|[Tt]|[Тт])\. ?(?:\d+|[IVXLC]+)),? (\p{Ll}+\.? ?\d+\p{L}?(?:, \p{Ll}+\.? ?\d+\p{L}?)*)$/u;

function splitVolume(before: string): { rest: string; volume?: string } {
  const m = /,? ?(?<![\p{L}])(?:vols?|v|t|т)\. ?(\d+|[IVXLC]+)$/iu.exec(before);
  return m ? { rest: before.slice(0, m.index), volume: m[1] } : { rest: before };
}

/** The editor's or compiler's role after a name: `Pyrih, ed., Holodomor`, `A. V. Kvashonkin, et al., eds., Sovetskoe`. */
const ROLE = /^(?:et al\.,? (?:(?:eds?|comps?)\.,? )?|(?:eds?|comp|comps|trans|red|sost)\.,? )/;
/** Words that point back to a title rather than give one. */
const NOT_A_TITLE = /^(?:same title|the same|idem|тот же|то же)$/i;
/** Words that stand for the author of the reference before: `same author, Hope Abandoned`, `idem`, `Его же`, `Он же`. */
const SAME_AUTHOR = /^(?:(?:the )?same author|idem|eadem|его же|её же|ее же|он же|она же|они же|их же)[,.]? /iu;

/** A printed reference whose author is given as `same author` (or `idem`, `Его же`) rather than named. */
export function repeatsAuthor(c: Citation): boolean {
  return c.kind === 'printed' && c.author === undefined && SAME_AUTHOR.test(withoutLead(c.raw));
}

/** `Мозохин О. Б. ВЧК — ОГПУ`, `Khlevniuk O. V. Khoziain`: surname and initials before the title, the Russian way. */
const SURNAME_INITIALS = /^\p{Lu}[\p{Ll}’'-]+ (?:\p{Lu}\p{Ll}?\. ?){1,2}(?=\p{Lu}|$)/u;

/** `О. В. Хлевнюк. Сталин и Орджоникидзе`, `E. H. Carr. The Bolshevik Revolution`: initials, the surname and a full stop before the title. */
const INITIALS_SURNAME_STOP = /^(?:\p{Lu}\p{Ll}?\. ?){1,3}\p{Lu}\p{Ll}[\p{Ll}’'-]+\. (?=\p{Lu})/u;

/** `Oleg Khlevniuk. In Stalin's Shadow`, `Олег Хлевнюк. Хозяин`: a Russian given name, the surname and a full stop. */
const GIVEN_SURNAME_STOP = /^(\p{Lu}\p{Ll}+) (?:\p{Lu}\. ?)?\p{Lu}\p{Ll}[\p{Ll}’'-]+\. (?=\p{Lu})/u;

/** The name before a GOST title when its first word is a Russian given name in either script (a title's word is not). */
function givenNameFirst(text: string): RegExpExecArray | null {
  const m = GIVEN_SURNAME_STOP.exec(text);
  if (!m) return null;
  const given = /\p{Script=Cyrillic}/u.test(m[1]) ? cyrillicGivenName(m[1])?.genitive === false : givenNameReadings(m[1]).length > 0;
  return given ? m : null;
}

/** The first `, ` outside square brackets: an editor's remark on the author (`Kremlev [a pen name, …],`) is no cut. */
function firstComma(text: string): number {
  let depth = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text[i] === ',' && text[i + 1] === ' ') return i;
  }
  return -1;
}

/**
 * Where a list of names that opens at the comma `first` ends (`R. W. Davies, M. Harrison, and S. G. Wheatcroft, eds.,
 * …`): at the comma after its last name, the one after `and`; at `first` when no such list follows, since a name-like
 * title after a comma (`Ivanov, Sovetskaia Rossiia, 1925`) is no second author.
 */
function namesListEnd(text: string, first: number): number {
  for (let at = first; ; ) {
    const rest = text.slice(at + 2);
    const next = firstComma(rest);
    if (next <= 0) return first;
    const name = rest.slice(0, next);
    const last = /^(?:and|&) /.exec(name);
    if (!isAuthor(last ? name.slice(last[0].length) : name)) return first;
    at += 2 + next;
    if (last) return at;
  }
}

/** A name, with the editor's remark in square brackets after it kept in the author but not read as the name. */
const isAuthor = (text: string) => isPersonName(text.replace(/ \[[^\]]*\]$/, ''));

/**
 * `Prokhanov cites the work of the … professor Vasilii Aleksandrovich Sokolov (1851–1918), Parlament religii v Chikago`:
 * a sentence naming the author with his dates, then the work. The title is the words after the dates, never the
 * sentence before; where the name begins in it (`the Menshevik Fedor Dan`) cannot be told, so no author is taken.
 */
const NAMED_IN_PROSE = /^(.*?)(?:\p{Lu}[\p{L}’'-]*\.? ){1,3}\p{Lu}[\p{L}’'-]+ \((?:\d{4} ?[–—-] ?\d{2,4}|[bd]\. ?\d{4})\), (?=\S)/u;

function authorAndTitle(text: string): { author?: string; title?: string } {
  const inProse = NAMED_IN_PROSE.exec(text);
  if (inProse && isProse(inProse[1])) return { title: tidyText(text.slice(inProse[0].length)) };
  const same = SAME_AUTHOR.exec(text);
  if (same) return { title: text.slice(same[0].length).trim() || undefined };
  const first = firstComma(text);
  const comma = first > 0 && isAuthor(text.slice(0, first)) ? namesListEnd(text, first) : first;
  const role = comma > 0 ? ROLE.exec(text.slice(comma + 2)) : null;
  const end = role ? comma + 2 + role[0].length : comma;
  let author = comma > 0 && isAuthor(text.slice(0, first)) ? text.slice(0, end).replace(/,? $/, '').trim() : undefined;
  let title = (author ? text.slice(end + (role ? 0 : 2)) : text).trim();
  // `Берия С. Beria, My Father`: a Cyrillic name the Russian way and the first word of a Latin title, which a comma
  // inside the title follows, are no author before a comma (`James C. Scott,` is one).
  const russian = SURNAME_INITIALS.exec(text);
  const initials = !author || (russian && /^\p{Script=Cyrillic}/u.test(russian[0]) && /^\p{Lu}[a-z]+$/u.test(author.slice(russian[0].length))) ? russian : null;
  const stopped = author || initials ? null : INITIALS_SURNAME_STOP.exec(text) ?? givenNameFirst(text);
  if (initials || stopped) {
    author = initials ? initials[0].trim() : stopped?.[0].trim().replace(/\.$/, '');
    title = tidyText(text.slice((initials ?? stopped)?.[0].length)) ?? '';
  }
  // `Лисичкин В. А., Шелепин Л. А. Война после войны`: a second author in the Russian way before the title.
  const second = author && SURNAME_INITIALS.test(author) ? SURNAME_INITIALS.exec(title) : null;
  if (author && second) {
    author = `${author}, ${second[0].trim()}`;
    title = tidyText(title.slice(second[0].length)) ?? '';
  }
  return { author, title: title && !NOT_A_TITLE.test(title) ? title : undefined };
}

/**
 * A chapter and the book it is in: `“Svoboda,” in Ivan Aleksandrovich Il’in, Novaia natsional’naia Rossiia`,
 * `‘Title’, in Getty and Manning, eds., Stalinist Terror`, `“Title.” In Book`. The comma or full stop at the quote
 * tells a chapter from a book whose title opens with a quoted word (`“Kulaki” in Soviet propaganda`).
 */
const CHAPTER = /^([“"«‘])(.+?)(?:,([”"»’])|([”"»’]),) in (?=\S)(.+)$|^([“"«‘])(.+?)\.([”"»’]) In (?=\S)(.+)$/u;
const CLOSE_OF: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’' };
/** The GOST way: `Название // Сборник / под ред. А. Н. Яковлева`. */
const IN_COLLECTION = / \/\/ (?=\S)/u;
/** An editor named after the book's title: `, ed. Peter H. Solomon`, `, edited by …`, ` / под ред. …`, ` / сост. …`. */
const EDITOR_AFTER = /(?:,? (?:eds?\.|edited by|comp\.|compiled by)| \/ (?:под (?:общ\. )?ред\.|сост\.|отв\. ред\.)) ?[^,/]+$/u;

/**
 * The work an Ibid. is written after (`Rossi, ibid.`, `Quoted in Brinton, Ibid`), also as some notes use it for op.
 * cit. (`Brovkin, Dear Comrades, Ibid, p.83`): a named author and any title after it; nothing when the words before
 * the Ibid. do not open with an author.
 */
export function workBeforeIbid(lead: string): Pick<Citation, 'author' | 'title'> | undefined {
  const name = withoutLead(lead);
  if (isPersonName(name)) return { author: name };
  const { author, title } = authorAndTitle(name);
  return author && title ? { author, title } : undefined;
}

/** A reference opening with its author's name the Russian way: `О. В. Хлевнюк. Сталин…`, `Хлевнюк О. В. Хозяин`. */
export function opensWithNameAndStop(text: string): boolean {
  return /^(?:\p{Lu}\p{Ll}?\. ?){1,3}\p{Lu}\p{Ll}[\p{Ll}’'-]+\. \p{Lu}/u.test(text) || SURNAME_INITIALS.test(text);
}

/** `Khlevnyuk, “Prinuditelniy trud”`: an author's name, a comma and more words, as a reference of its own opens. */
export function opensWithAuthor(text: string): boolean {
  const body = withoutLead(text);
  const comma = firstComma(body);
  return comma > 0 && isAuthor(body.slice(0, comma)) && /\p{L}/u.test(body.slice(comma + 2));
}

/** A quoted title and nothing after it but a full stop: `“Prinuditelniy trud”`, `“Capital of the Gulag.”`. */
const QUOTED_TITLE = /^([“"«‘])(?:[^“”"«»‘’]|’(?=\p{L}))+([”"»’])\.?$/u;

/**
 * A short reference without a page: an author and a quoted title (`Khlevnyuk, “Prinuditelniy trud.”`), found again
 * as a short title is. Nothing when the words after the name are not one quoted title.
 */
export function parseNamedTitle(raw: string): Citation | undefined {
  const body = trimEnd(withoutLead(raw), ' ');
  // `Л. Максименков. Культ. Заметки …`: an author named the Russian way and a title the ellipsis says is cut short.
  const cut = /^(.+?) ?(?:…|\.\.\.)\.?$/u.exec(body);
  const named = cut ? SURNAME_INITIALS.exec(cut[1]) ?? INITIALS_SURNAME_STOP.exec(cut[1]) : null;
  if (cut && named && named[0].length < cut[1].length) {
    return { kind: 'printed', raw, author: named[0].trim().replace(/(?<=\p{Ll})\.$/u, ''), title: trimEnd(cut[1].slice(named[0].length), ' .') };
  }
  const comma = firstComma(body);
  const title = comma > 0 ? body.slice(comma + 2) : '';
  const quoted = QUOTED_TITLE.exec(title);
  if (!quoted || CLOSE_OF[quoted[1]] !== quoted[2] || !isAuthor(body.slice(0, comma))) return undefined;
  return { kind: 'printed', raw, author: body.slice(0, comma), title: trimEnd(title, '.') };
}

/** A chapter's title and the words naming its book, when the title is a chapter's in a book. */
function chapterParts(title: string): { chapter: string; book: string } | undefined {
  const m = CHAPTER.exec(title);
  if (m) {
    const [open, chapter, close, book] = m[1] ? [m[1], m[2], m[3] ?? m[4], m[5]] : [m[6], m[7], m[8], m[9]];
    return CLOSE_OF[open] === close && chapter.trim() ? { chapter: chapter.trim(), book } : undefined;
  }
  const slash = IN_COLLECTION.exec(title);
  return slash && slash.index > 0 ? { chapter: title.slice(0, slash.index).trim(), book: title.slice(slash.index + slash[0].length) } : undefined;
}

/** An editor's or compiler's role after the names: `, ed.`, `, eds.`, `et al., eds.`, `, comp.`, `, red.`, `, sost.`. */
export const EDITED = /,? (?:eds?|comps?|red|sost)\.$/;

/**
 * The author and title with a chapter's title and its book's editor read apart, when the title is a chapter's. The
 * names before a book's title with an editor's role (`Paul R. Gregory, ed., Behind the Facade`) are its editors, no
 * author.
 */
function chapterOf(head: { author?: string; title?: string }): Pick<Citation, 'author' | 'articleTitle' | 'editor' | 'title'> {
  const parts = head.title === undefined ? undefined : chapterParts(head.title);
  if (!parts) return head.author && EDITED.test(head.author) ? { editor: head.author, title: head.title } : head;
  // `in Russian Modernity. Politics, Knowledge, Practices, ed. David L. Hoffmann …`: editors named after the book's
  // title leave the words before them all title, however name-like.
  const inBook = EDITOR_AFTER.test(parts.book) ? { title: parts.book } : authorAndTitle(parts.book);
  const after = inBook.author || inBook.title === undefined ? null : EDITOR_AFTER.exec(inBook.title);
  const bookTitle = (after ? inBook.title?.slice(0, after.index) : inBook.title)?.trim();
  if (!bookTitle) return head;
  const editor = inBook.author ?? after?.[0].replace(/^,? (?:\/ )?/, '');
  return { author: head.author, articleTitle: parts.chapter, ...(editor && { editor }), title: bookTitle };
}

export function parsePrinted(raw: string): Citation | undefined {
  const body = withoutLead(raw);
  const issue = periodicalIssue(raw, body);
  if (issue) return issue;
  const gost = gostImprint(body);
  const paren = imprint(body);
  if (gost && (!paren || gost.end > paren.end)) {
    // `Мозохин О. Б. ВЧК — ОГПУ. М., 2004. С. 73`: title up to the imprint, pages after it.
    const { rest, volume } = splitVolume(tidyText(body.slice(0, gost.start + 1)) ?? '');
    const after = body.slice(gost.end);
    const later = VOLUME_AFTER.exec(after);
    const pages = readPages(later ? after.slice(later[0].length) : after);
    return { kind: 'printed', raw, ...chapterOf(authorAndTitle(rest)), volume: volume ?? later?.[1], published: gost.content, pages };
  }
  if (!paren) return undefined;
  const { rest, volume } = splitVolume(body.slice(0, paren.start).trim().replace(/,$/, ''));
  const isDate = MONTH.test(paren.content);
  return {
    kind: 'printed',
    raw,
    ...chapterOf(authorAndTitle(rest)),
    volume,
    published: isDate ? undefined : paren.content,
    date: isDate ? paren.content : undefined,
    ...pagesAfterDocument(body.slice(paren.end)),
  };
}

function pagesAfterDocument(after: string): Pick<Citation, 'pages' | 'unparsed'> {
  const doc = DOCUMENT_START.exec(after);
  return { pages: readPages(doc ? after.slice(doc[0].length) : after), unparsed: doc?.[1] };
}

/** `G. Leggett, op. cit.: 123-124`, `KPSS v rezoliutsiiakh..., op. cit., v. 8: 286`, `Плеханов А. М. Указ. соч. С. 109`. */
export function parseOpCit(raw: string): Citation | undefined {
  const m = OP_CIT.exec(raw);
  if (!m) return undefined;
  const before = trimEnd(withoutLead(raw.slice(0, m.index)), ' ,.…').trim();
  // `"The Theatri da Tskhovreba", 1916, NO. 23: A. N. Surguladze, op. cit.`: a source quoted from the author's work, the
  // author after the colon.
  const colon = before.lastIndexOf(': ');
  // A name of more than one word (initials and surname): a subtitle's single word is no author.
  const quoted = colon > 0 && / /.test(before.slice(colon + 2)) && isPersonName(before.slice(colon + 2));
  const trimmed = quoted ? before.slice(colon + 2) : before;
  // `Конквест Р. Указ. соч.`: the full stop of a closing initial belongs to the name.
  const who = /(?:^|\s)\p{Lu}\p{Ll}?$/u.test(trimmed) ? `${trimmed}.` : trimmed;
  return {
    kind: 'op-cit',
    raw,
    ...(isPersonName(who) ? { author: who } : { title: who || undefined }),
    ...readVolumeAndPages(raw.slice(m.index + m[0].length)),
    unparsed: quoted ? before.slice(0, colon) : undefined,
  };
}

/** A volume and the pages after it, as a back-reference gives them: `, vol. 28, p. 12`, `. Т. 13. С. 7`, `, p. 5`. */
export function readVolumeAndPages(after: string): Pick<Citation, 'volume' | 'pages'> {
  const vol = /^[ ,.–—]*(?:vols?|v|t|т)\. ?(\d+|[IVXLC]+(?![\p{L}]))/iu.exec(after);
  return { volume: vol?.[1], pages: readPages(vol ? after.slice(vol[0].length) : after) };
}

const PAGE_CHARS = '0123456789–—-, ';
const YEARS = /^(?:1[5-9]|20)\d\d(?: ?[-–—] ?(?:(?:1[5-9]|20)\d\d|\d\d))?$/;
/** `p.`, `pp.`, `s.`, `С.` before a page list, and the Cyrillic `Р.` a Russian printer sets for `P.` (`Khlevniuk. Р. 106`). */
const PAGE_WORD = /(?:^|[ ,.])(?:pp?|рр?|s|с)\.$/iu;

/** A note on the page after it: `, n. 64`, `, nn. 3-4`, `, п. 193` (примечание, in a translation). */
const NOTE_ON_PAGE = /,? (?:nn?|п)\. ?\d+(?:[–-]\d+)?$/u;

/**
 * The page list at the end of a reference (`p. 198`, `, 387–9`, `pp. 376, 399, and 285`) and what comes before it; a note
 * on the last page stays with the pages (`P. 853, п. 193`).
 */
function splitPages(text: string): { head: string; pages: string } | undefined {
  const note = NOTE_ON_PAGE.exec(text);
  if (note && note.index > 0) {
    const split = splitPages(text.slice(0, note.index));
    return split && { head: split.head, pages: `${split.pages}${note[0].startsWith(',') ? note[0] : `,${note[0]}`}` };
  }
  let start = text.length;
  // A volume before its pages (`2:63, 80`) is part of the locator.
  const inLocator = (at: number) => PAGE_CHARS.includes(text[at]) || (text[at] === ':' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? ''));
  for (;;) {
    while (start > 0 && inLocator(start - 1)) start--;
    if (text.slice(Math.max(0, start - 4), start) !== ' and') break;
    start -= 4;
  }
  const pages = trimStart(text.slice(start), ', ');
  if (!/^\d/.test(pages)) return undefined;
  let head = trimEnd(text.slice(0, start), ' ,');
  const word = PAGE_WORD.exec(head.slice(-4));
  if (word) head = trimEnd(head.slice(0, head.length - word[0].length), ' ,.');
  // Without `p.`, a year or a span of years ends a title (`… 1917-1960`), not a page list; a comma goes before the
  // pages, or inside the quotes of a title before them (`“Moe poslednee slovo na sude,” 90–91`).
  else if (!(text.startsWith(',', start) || /,[”’"] $/u.test(text.slice(Math.max(0, start - 3), start + 1))) || YEARS.test(pages)) return undefined;
  return { head, pages: trimEnd(pages, ' ,') };
}

/** A place, in up to four capitalised words or joining words (`München`, `Frankfurt am Main`, `Rostov-na-Donu`). */
const PLACE = String.raw`\p{Lu}[\p{L}.’'-]*(?: (?:am|an der|a\.|nad|na|\p{Lu}[\p{L}.’'-]*)){0,3}`;
/**
 * The imprint closing a reference without parentheses: `, Routledge: London 2017`, as German and Polish notes write it
 * `, München 2003`, `, Warszawa 2006`, as French ones `, Paris, Tallandier, 2009`, and a publisher or place and a year
 * (`, Merlin, 1975`, `, Oxford, 1954`).
 */
const IMPRINT_CLAUSES = new RegExp(String.raw`, ((?:[^,]*: [^,]*|${PLACE}) (?:1[5-9]|20)\d\d|${PLACE}, (?:\p{Lu}[\p{L}.’' &-]{1,40}, )?(?:1[5-9]|20)\d\d)$`, 'u');

/**
 * The imprint and what stands before it. A title must stay after the author (`Schlögel, Moskau 1937` is a short title,
 * not an author and an imprint), so the head keeps at least two clauses or a clause and a full stop; where the head
 * is known to be a title alone, a title that is no name will do (`The Prophet Unarmed: Trotsky 1921-1929, Oxford, 1959`).
 */
function splitPublisher(head: string, titleOnly = false): { head: string; published?: string } {
  const m = IMPRINT_CLAUSES.exec(head);
  if (!m) return { head };
  const before = head.slice(0, m.index);
  const kept = before.includes(', ') || /\p{L}{2}\. \p{Lu}/u.test(before) || (titleOnly && /\p{L}/u.test(before) && !isPersonName(before));
  return kept ? { head: before, published: m[1] } : { head };
}

/**
 * A reference closing with its imprint and no page: an author, a title and the imprint (`Isaac Deutscher, The Prophet
 * Armed: Trotsky 1879-1921, Oxford, 1954`), or with `titleOnly` a title without an author before it (`The Prophet
 * Unarmed: Trotsky 1921-1929, Oxford, 1959`, listed after the author's first work). A month and a year are a date, no
 * imprint (`interview with Lazar Lazarev, Moscow, November 2003`), nor is a year after a title's full stop
 * (`Molotov, Malenkov, Kaganovich. 1957.`, a title going on).
 */
export function parseImprinted(raw: string, titleOnly = false): Citation | undefined {
  const { head, published } = splitPublisher(trimEnd(withoutLead(raw), ' .'), titleOnly);
  if (published === undefined || MONTH.test(published) || /\. \d+$/.test(published)) return undefined;
  const { rest, volume } = splitVolume(head);
  const named = chapterOf(authorAndTitle(rest));
  if (!named.title || (named.author === undefined) !== titleOnly) return undefined;
  return { kind: 'printed', raw, ...named, volume, published };
}

/**
 * A short reference to a work the notes cite in full elsewhere: `Krasnov, *Stromaty*, 149`, `Davies, The Socialist
 * Offensive, p. 198`, `Zastol’nye rechi Stalina, p. 55`, `Okhotin and Roginsky, p. 38`. A trailing remark in
 * parentheses (`(Yakov Chadayev)`) is left out.
 */
/** `Khlevniuk. См. гл. 12—13`, `Conquest, ch. 4`: an author alone and the chapters of his work the note points to. */
const AUTHOR_AND_CHAPTER = /^(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?)[.,] ((?:(?:[Сс]м|[Ss]ee)\.? )?(?:гл|ch|chap|chapter)s?\.? ?\d+(?:[–—-]\d+)?)$/u;

/**
 * `Davies. Socialist Offensive`, `Хлевнюк. Хозяин`: a short reference the Russian way, the surname and a full stop
 * before the short title; capitalised words without such a stop are a name (`Okhotin and Roginsky`).
 */
function surnameAndStop(text: string): { author: string; title?: string } {
  const m = /^(\p{Lu}\p{Ll}[\p{Ll}’'-]+)\. (\p{Lu}\p{Ll}.*)$/u.exec(text);
  return m ? { author: m[1], title: m[2] } : { author: text };
}

export function parseShortTitle(raw: string): Citation | undefined {
  const chapter = AUTHOR_AND_CHAPTER.exec(trimEnd(withoutLead(raw), ' .'));
  if (chapter) return { kind: 'printed', raw, author: chapter[1], unparsed: chapter[2] };
  let text = trimEnd(withoutLead(raw), ' .');
  if (text.endsWith(')')) {
    const open = text.lastIndexOf('(');
    if (open > 0) text = trimEnd(text.slice(0, open), ' ');
  }
  const split = splitPages(text);
  if (!split || !/\p{L}/u.test(split.head)) return undefined;
  const { head: beforeDocument, published } = splitPublisher(split.head);
  const doc = DOCUMENT_END.exec(beforeDocument) ?? ITEMS_AFTER_VOLUME.exec(beforeDocument);
  const { rest, volume } = splitVolume(doc ? beforeDocument.slice(0, doc.index) : beforeDocument);
  const head = chapterOf(authorAndTitle(rest));
  // `Idem, The Great Terror, p. 50`: the title after `idem` is no author's name.
  const named = head.author || head.articleTitle || SAME_AUTHOR.test(rest) ? head : isPersonName(rest) ? surnameAndStop(rest.trim()) : head;
  return { kind: 'printed', raw, ...named, volume, published, pages: split.pages, unparsed: doc?.[1] };
}
