// A note's text → its citations. Sentences of commentary are left out; a fragment that is neither commentary
// nor a readable reference stays as an `other` citation with its raw text.
import type { MarkupSpan } from '../document/types';
import { matchingText } from '../text/matchingText';
import { parseArchival, parseCompactAfter, readLocators, type ArchivalOptions } from './archival';
import { archiveNamedBefore, readUnmarked } from './archive';
import { readCompact } from './compact';
import { findMarks } from './marks';
import { readIssue } from './periodical';
import { hasImprint, isPersonName, OP_CIT, opensWithAuthor, opensWithNameAndStop, opensWithImprint, parseImprinted, parseNamedTitle, parseOpCit, parsePrinted, parseShortTitle, readVolumeAndPages, repeatsAuthor, withoutLead, workBeforeIbid } from './printed';
import { isProse } from './prose';
import { collapseSpaces } from './spaces';
import { splitNote, type Segment } from './splitNote';
import { trimEnd } from './tidy';
import type { Citation } from './types';

export interface ParsedCitation {
  citation: Citation;
  /** A bare `d. 109 …` or `ch. 2, l. 54` that continues the note's previous archival citation. */
  continuation: boolean;
  /** The publication an archival document is cited from (`…, in Pyrih, ed., Holodomor, 412`, `…, in ibid.`). */
  publication?: boolean;
  /**
   * A work listed after a printed one with only a semicolon between, naming no author of its own and read as a title
   * (quoted, in italics, or before its imprint): `Isaac Deutscher, The Prophet Armed (Oxford, 1954); The Prophet
   * Unarmed (Oxford, 1959)`. It may share the author named once before it.
   */
  listed?: boolean;
}

type Shape = 'ibid' | 'op-cit' | 'archival' | 'printed' | 'prose' | 'fragment';

/** `Ibid.`, `ibidem`, `Там же`, as a word. */
/** Ibid. in the languages of the notes: Latin, Russian `Там же`, German `Ebd.`/`Ebenda`, Polish `Tamże`, Ukrainian `Там само`. */
const IBID = /(?<![\p{L}])(?:ibid(?:em)?|там же|ebd|ebenda|tamże|tamze|там само|тамсама)(?![\p{L}])\.?/iu;
const LEAD = /^(?:(?:see|cf\.) )?$/i;
/** A note keyed to a phrase of the text rather than numbered: the phrase and a colon (`“Some people stopped”: Ibid., 111.`). */
const LEMMA = /^(?!.*\. )[^;:]{1,80}: $/u;
/** `…, see`, `Список см.:` right before an Ibid. inside a sentence. */
const SEE_BEFORE = /(?:^|[\s(])(?:see|cf\.|см\.)(?:,? also| также)?:? $/iu;
/** Only a page or folio locator after an Ibid., up to the end of its parenthesis: `. Л.90).`, `, p. 5`. */
const LOCATOR_AFTER = /^[.,:]? ?(?:(?:pp?|ll?|[сл]|лл)\. ?)?[\dxivlc–-]+(?: ?(?:об|ob)\.)?\)?\.?$/iu;
const FULL_LEVELS = new Set(['f', 'op', 'd']);
const ARCHIVE_BEFORE = 'archive named in an earlier sentence of the note';
/** How far back an earlier sentence naming the archive is looked for: a sentence or two, so a long note stays linear. */
const NAMED_BEFORE_WINDOW = 400;
/** `…, in Pyrih, ed., Holodomor, 412`: an archival document cited from the publication that prints it. */
const PUBLISHED_IN = /, (?:(?:cited|published|reprinted|quoted) )?in (?=\p{Lu}|ibid)/u;

/** `…, cited in Wolfe, Three Who Made a Revolution, p. 468`, `… is quoted in …`: the work a text is quoted from. */
const CITED_IN = /(?:,| is| are| was| were)? (?:cited|quoted) in (?=\p{Lu})/u;
/** Pages in parentheses closing a short reference (`Wolfe, Three Who Made a Revolution (pp. 465–6).`). */
const PAGES_IN_PARENS = / ?\((pp?\. ?[\dxivlc–-]+)\)\.?$/u;

/**
 * A short reference to the work a source or a remark is quoted from, after the source (`Stalin, Collected Works, vol.
 * II, pp. 50–1, cited in Wolfe, …`) or a sentence (`The report … is cited in Wolfe, …`): it is found again as a
 * short title. Nothing when what follows names no author and title, or gives an imprint (a full reference).
 */
function citedIn(raw: string): { before: string; citation: Citation } | undefined {
  const m = CITED_IN.exec(raw);
  if (!m) return undefined;
  const cited = raw.slice(m.index + m[0].length);
  const short = parseShortTitle(cited.replace(PAGES_IN_PARENS, ', $1'));
  if (!(short?.author ?? short?.editor) || !short?.title || short.published) return undefined;
  return { before: raw.slice(0, m.index), citation: { ...short, raw: cited } };
}

/**
 * Where the publication that prints an archival document begins: `…, in Pyrih, ed., Holodomor, 412`, or `//` after the
 * reference's first mark (`АПРК. Ф. 141. … Л. 214 // Трагедия казахского аула. Т. 2. С. 65`; a `//` before it parts a
 * document's title from the archive).
 */
function publicationAt(raw: string): { index: number; length: number } | undefined {
  const m = PUBLISHED_IN.exec(raw);
  if (m) return { index: m.index, length: m[0].length };
  const first = findMarks(raw)[0];
  const slashes = first ? raw.indexOf(' // ', first.start) : -1;
  return slashes === -1 ? undefined : { index: slashes, length: 4 };
}
const FIELD_ORDER: (keyof Citation)[] = [
  'kind', 'raw', 'archive', 'archiveCurrent', 'archiveName', 'fond', 'fondName', 'opis', 'opisYear', 'opisName', 'delo',
  'deloTitle', 'tom', 'chast', 'folios', 'unparsed', 'inferredReading', 'author', 'articleTitle', 'editor', 'title', 'volume', 'published', 'date', 'issue', 'pages',
];

/** The citation with its fields in a stable order and absent ones dropped (the JSON form). */
export function tidyCitation<T extends Citation>(c: T): T {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (c[key] !== undefined && c[key] !== '') out[key] = c[key];
  for (const [key, value] of Object.entries(c)) if (!(key in out) && value !== undefined && !FIELD_ORDER.includes(key as keyof Citation)) out[key] = value;
  return out as T;
}

/**
 * Where an `Ibid.` stands in a segment: at the start (`Ibid., l. 4`, `Там же. С. 6`), after the phrase a note is keyed
 * to (`Kirovskaya metro: Ibid.`), after the author it repeats (`Rossi, ibid., p. 310`), or closing a remark (`The
 * figures are from Stalin’s speech, ibid.`, `Testimony of M. Korniichuk, in ibid., 489–90`).
 */
function ibidAt(text: string): { index: number; length: number } | undefined {
  const m = IBID.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  if (LEAD.test(before)) return { index: m.index, length: m[0].length };
  const after = text.slice(m.index + m[0].length);
  const lead = trimEnd(before, ' ,');
  // A page or a list of pages, each perhaps with its mark (`, p.11, p.13, p.14`).
  const locatorOnly = /^[,:]? ?(?:(?:(?:pp?\.|[сС]\.) ?)?[\dxivlc–-]+(?:, ?(?=[pPсС\d]))?)*\.?$/i.test(after);
  if ((before.endsWith(', ') && (isPersonName(lead) || locatorOnly)) || ((/(?:^| )(?:in|on|from) $/.test(before) || LEMMA.test(before)) && locatorOnly)) {
    return { index: m.index, length: m[0].length };
  }
  // `… на доследование (Там же. Л.90).`, `Список см.: Там же. С.126–128`: a pointer in a remark, a locator after it;
  // `См. также: Там же. 1934. № 9. С. 2`, another issue of the periodical just cited.
  if ((before.endsWith('(') || SEE_BEFORE.test(before)) && (LOCATOR_AFTER.test(after) || (SEE_BEFORE.test(before) && readIssue(after) !== undefined))) {
    return { index: m.index, length: m[0].length };
  }
  // `Протокол № 25 заседания … // Там же. Л. 4.`: a document's description, then its place; the Ibid. opens the reference.
  if (/\/\/ ?$/.test(before)) return { index: m.index, length: m[0].length };
  return undefined;
}

function shapeOf(text: string, options: ArchivalOptions): Shape {
  const marks = findMarks(text);
  const full = marks.length > 0 && FULL_LEVELS.has(marks[0].level);
  // Where an archival reference starts: an Ibid. before it takes the reference as its locator (`Ibid., d. 5`),
  // one after it names the publication the document is printed in (`…, 182–6, in ibid., 833–5`).
  const archivalAt = full ? marks[0].start : readCompact(text, options).length ? text.search(/\d/) : !marks.length && readUnmarked(text, options) ? 0 : Infinity;
  const ibid = ibidAt(text);
  if (ibid && ibid.index < archivalAt) return 'ibid';
  if (archivalAt === Infinity && OP_CIT.test(text)) return 'op-cit';
  if (archivalAt !== Infinity) return 'archival';
  if (hasImprint(text)) return 'printed';
  if (marks.length) return 'archival';
  return isCommentary(text) ? 'prose' : 'fragment';
}

/**
 * Commentary rather than a reference. A remark in parentheses at the end does not make a reference commentary
 * (`…, p. 151 (first variant of notes taken by R. P. Khmelnitski)`), nor do English words in the title of a short
 * reference that names its author (`Read, Stalin: From the Caucasus to the Kremlin, p.71`).
 */
function isCommentary(text: string): boolean {
  // `Peter Holquist, ‘What’s So Revolutionary …?’, in Russian Modernity.`: an author and a quoted title open a
  // reference whose book's title a full stop parts.
  if (opensWithAuthor(text) && /^[^,]+, [‘“"«]/u.test(withoutLead(text))) return false;
  const remark = text.endsWith(')') || text.endsWith(').') ? text.lastIndexOf('(') : -1;
  if (!isProse(remark > 0 ? text.slice(0, remark) : text)) return false;
  const short = parseShortTitle(text) ?? parseImprinted(text);
  return short?.author === undefined && short?.editor === undefined && !(short && repeatsAuthor(short));
}

interface Piece {
  start: number;
  end: number;
  shape: Shape;
}

/**
 * Glues back what sentence splitting cut wrongly: a title with a full stop in it (`… (bol’shevikov).
 * Stenograficheskii otchet (Moscow, 1929): 102`) and a file title with one (`d. 44 Stenogramma … oktiabria.
 * Doklad …, ll. 16-19`).
 */
function mergePieces(text: string, segments: Segment[], options: ArchivalOptions): Piece[] {
  const pieces: Piece[] = segments.map(s => ({ start: s.start, end: s.end, shape: shapeOf(s.text, options) }));
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i];
    while (
      i + 1 < pieces.length &&
      !namedAfterSemicolon(text, piece, pieces[i + 1]) &&
      (opensTitle(text, piece, pieces.slice(i + 1, i + 4)) || (isOpenFragment(text, piece) && pieces[i + 1].shape === 'fragment' && !listsWorks(text, piece, pieces[i + 1])))
    ) {
      i++;
      piece = { start: piece.start, end: pieces[i].end, shape: shapeOf(text.slice(piece.start, pieces[i].end), options) };
    }
    const previous = out[out.length - 1];
    if (previous && awaitsImprint(text, previous) && opensWithImprint(text.slice(piece.start, piece.end))) {
      // `Viola L. Peasant Rebels under Stalin. Collectivization and the Culture … New York, 1996`: a subtitle read as
      // prose between the author's name with its title and the imprint goes on that title.
      const head = out[out.length - 2];
      const start = head && headsSubtitle(text, head, previous) ? head.start : previous.start;
      out.splice(start === previous.start ? -1 : -2, start === previous.start ? 1 : 2, { start, end: piece.end, shape: shapeOf(text.slice(start, piece.end), options) });
      continue;
    }
    if (previous && piece.shape === 'archival' && continuesFileTitle(text, previous, piece)) {
      out[out.length - 1] = { start: previous.start, end: piece.end, shape: 'archival' };
      continue;
    }
    // `д. 62. ЦК ВКП(б). Совещание политработников РККА, л. 7–29`: a title with a full stop of its own between the file
    // and its folios.
    const next = pieces[i + 1];
    if (previous && next && piece.shape === 'fragment' && next.shape === 'archival' && !findMarks(text.slice(piece.start, piece.end)).length && continuesFileTitle(text, previous, next)) {
      out[out.length - 1] = { start: previous.start, end: next.end, shape: 'archival' };
      i++;
      continue;
    }
    out.push(piece);
  }
  return out;
}

/**
 * A title's first part before its subtitle (`See A. Kokurin and N. Petrov, Lubianka.` before `Organy VChK-OGPU-NKVD
 * (Moscow, 2003)`): only the imprint ends a title. A fragment goes on into a printed reference (`XV s"ezd VKP(b).`
 * before `Stenograficheskii otchet (Moscow, 1929)`); a sentence of prose only when it ends in the author's name and
 * a comma and the reference it opens, through more parts of the title (`Lubianka. Stalin i VChK. Ianvar’ 1922 …
 * (Moscow, 2003)`), names no author of its own.
 */
function opensTitle(text: string, piece: Piece, next: readonly Piece[]): boolean {
  if (!isOpenFragment(text, piece, ['fragment', 'prose'])) return false;
  if (piece.shape === 'fragment') return next[0].shape === 'printed';
  const end = next.find(p => !isOpenFragment(text, p));
  if (end?.shape !== 'printed') return false;
  const whole = parsePrinted(text.slice(piece.start, end.end));
  const names = (c: Citation | undefined) => c?.author !== undefined || c?.editor !== undefined;
  return names(whole) && !names(parsePrinted(text.slice(next[0].start, end.end))) && !hasImprint(text.slice(piece.start, piece.end));
}

/** An open fragment that opens with a name the Russian way, and a piece of prose after it that names no author. */
function headsSubtitle(text: string, head: Piece, next: Piece): boolean {
  const own = text.slice(head.start, head.end);
  return next.shape === 'prose' && text.slice(head.end, next.start).trim() === '' && isOpenFragment(text, head) && opensWithNameAndStop(withoutLead(own)) && !opensWithNameAndStop(text.slice(next.start, next.end));
}

/**
 * `Khlevniuk. См. гл. 12—13 ; О. В. Хлевнюк. Сталин и Орджоникидзе. — М., 1993`: a reference of its own after a
 * semicolon, opening with its author's name and initials the Russian way, goes on no title before it.
 */
function namedAfterSemicolon(text: string, piece: Piece, next: Piece): boolean {
  return text.slice(piece.end, next.start).trim() === ';' && opensWithNameAndStop(text.slice(next.start, next.start + 120));
}

/**
 * Two works of two authors parted by a semicolon (`Khlevnyuk, “Prinuditelniy trud”; Krasilnikov, “Rozhdenie Gulaga,”
 * p. 150`): each opens with its author's name, so neither completes the other.
 */
function listsWorks(text: string, piece: Piece, next: Piece): boolean {
  return text.slice(piece.end, next.start).trim() === ';' && opensWithAuthor(text.slice(piece.start, piece.end)) && opensWithAuthor(text.slice(next.start, next.end));
}

/** A fragment that is not yet a reference of its own (no page or imprint to close it), so the next piece may complete it. */
function isOpenFragment(text: string, piece: Piece, shapes: Shape[] = ['fragment']): boolean {
  const own = text.slice(piece.start, piece.end);
  return shapes.includes(piece.shape) && !parseShortTitle(own) && !parseImprinted(own) && !issueAlone(own);
}

/**
 * A title the sentence splitter parted from its Russian-style imprint (`… (1922–1934 gg.). М., 2005. С. 38`,
 * `Сталин И. В. Соч. Т. 4. М., 1947`): no page yet, and no locator but a volume.
 */
function awaitsImprint(text: string, previous: Piece): boolean {
  const own = text.slice(previous.start, previous.end);
  const volumeOnly = previous.shape === 'archival' && findMarks(own).every(m => m.level === 't');
  if (previous.shape !== 'printed' && previous.shape !== 'fragment' && previous.shape !== 'prose' && !volumeOnly) return false;
  return (hasImprint(own) ? parsePrinted(own) : parseShortTitle(own))?.pages === undefined;
}

function continuesFileTitle(text: string, previous: Piece, piece: Piece): boolean {
  if (previous.shape !== 'archival') return false;
  const before = readLocators(text.slice(previous.start, previous.end));
  if (!before?.delo || before.folios || before.tom || before.chast) return false;
  const own = text.slice(piece.start, piece.end);
  const marks = findMarks(own);
  return marks.length > 0 && marks[0].start > 0 && !FULL_LEVELS.has(marks[0].level) && !isProse(own.slice(0, marks[0].start));
}

/** `… С. 127–128. [НХ5. Т. 1. С. 226.]`: another edition's place in square brackets closing the locator, no part of it. */
const PARALLEL_PLACE = /(?<=\S) ?\[[^[\]\d]*\d[^[\]]*\]\.?$/u;

function parseIbid(raw: string): Citation {
  const at = ibidAt(raw) ?? { index: 0, length: 0 };
  const lead = trimEnd(raw.slice(0, at.index), ' ,');
  const after = raw.slice(at.index + at.length);
  const parallel = PARALLEL_PLACE.exec(after);
  const rest = parallel ? after.slice(0, parallel.index) : after;
  // `Rossi, ibid.`, `Brovkin, Dear Comrades, Ibid`: what a comma sets before the Ibid., not a remark it closes.
  const named = lead && raw.slice(0, at.index).endsWith(', ') ? workBeforeIbid(lead) : undefined;
  const locators = readLocators(rest);
  const own: Partial<Citation> = locators ?? readIssue(rest) ?? readVolumeAndPages(rest);
  // What follows the Ibid. and gives no locator (`Там же. 1940.`) is kept unread, not dropped.
  const unread = Object.values(own).every(v => v === undefined) && /[\p{L}\d]/u.test(rest) ? rest.replace(/^[\s.,:;]+|[\s.,;]+$/gu, '') : undefined;
  const place = parallel?.[0].trim().replace(/\.$/, '');
  const unparsed = [own.unparsed, unread, place].filter(Boolean).join('; ');
  return { kind: 'ibid', raw, ...named, ...own, ...(unparsed && { unparsed }) };
}

/**
 * The printed work a parenthesised archival reference gives the origin of: `Ocherki (Moscow, 2001), 296 (RGASPI,
 * f. 558, …)` cites the book at page 296 as well as the file.
 */
function printedAround(raw: string): Citation | undefined {
  const marks = findMarks(raw);
  const open = marks.length ? raw.lastIndexOf('(', marks[0].start) : -1;
  if (open <= 0 || raw.lastIndexOf(')', marks[0].start) > open) return undefined;
  const before = trimEnd(raw.slice(0, open), ' ,');
  const printed = hasImprint(before) ? parsePrinted(before) : undefined;
  return printed && { ...printed, raw: before };
}

/**
 * `Труд. 1935. 3 янв. С. 2; 1936. 4 янв. С. 2`, `Крокодил. 1935. № 21. С. 6; 1940. № 16. С. 8-9`: an issue alone after a
 * periodical's issue (or its Там же naming one) in the same note is another issue of that periodical, read as a
 * continuation that takes the periodical's name.
 */
function issueOfPeriodicalBefore(raw: string, before: Citation | undefined): Citation | undefined {
  const periodicalBefore = before !== undefined && (before.kind === 'printed' || before.kind === 'ibid') && (before.issue !== undefined || before.date !== undefined);
  const issue = periodicalBefore ? issueAlone(raw) : undefined;
  return issue && { kind: 'printed', raw, ...issue };
}

/** An issue with nothing before it (`№ 13. С. 7`, `1940. № 16. С. 8-9`): no part of a title to join to what follows. */
function issueAlone(raw: string): ReturnType<typeof readIssue> {
  if (!/^(?:№|(?:1[7-9]|20)\d\d\.)/u.test(raw)) return undefined;
  const issue = readIssue(`. ${raw}`.replace(/^\. №/, ' №'));
  return issue && (issue.issue !== undefined || issue.date !== undefined) ? issue : undefined;
}

/** A listed work that names no author, editor or issue of its own and reads as a title, with no lead-in before it. */
function sharesAuthor(c: Citation, italic: boolean): boolean {
  if (c.kind !== 'printed' || c.author || c.editor || c.date || c.issue || !c.title || withoutLead(c.raw) !== c.raw) return false;
  return italic || c.published !== undefined || /^[“"«‘]/u.test(c.title);
}

/**
 * A segment that is not archival after all (a lone `t. 2` or `(d. 1937)` with no archival citation before it). In a
 * list of one author's works, a title alone before its imprint is read too.
 */
function parseReference(raw: string, shape: Shape, inList = false): Citation {
  const printed = shape === 'printed' ? parsePrinted(raw) : parseShortTitle(raw) ?? parseNamedTitle(raw) ?? parseImprinted(raw, inList);
  // A title opening with an issue's number or year (`1939. № 1. 4-я с. обл.; № 28`) is the rest of a periodical's list,
  // no work's title.
  // A year alone is no title either (`Соцстрой, 1934. С. 356`, `Il’inskii, 2002, 404–11`): a name and a year, whether
  // a yearbook's or an author's, is left unread rather than read as a work titled by its year.
  const noTitle = printed?.title !== undefined && ((!printed.author && NO_TITLE.test(printed.title)) || YEAR_ALONE.test(printed.title));
  return printed && !noTitle ? printed : { kind: 'other', raw };
}

const YEAR_ALONE = /^(?:1[5-9]|20)\d\d$/;

const NO_TITLE = /^(?:№ ?\d|(?:1[7-9]|20)\d\d(?:\.|$))/u;

/**
 * Whether a work may go on a list that this parsed citation opens or continues: the note's first citation, printed,
 * naming its author, or a work listed after it; either citing no page (a list of one author's books, as
 * `Isaac Deutscher, The Prophet Armed (Oxford, 1954); The Prophet Unarmed (Oxford, 1959)`).
 */
function opensList(before: ParsedCitation | undefined, first: boolean): boolean {
  const c = before?.citation;
  return c?.kind === 'printed' && c.pages === undefined && (before?.listed === true || (first && (c.author !== undefined || c.editor !== undefined)));
}

/** The citations of a note, read as matching reads text (see text/matchingText): `raw` is composed, without invisible characters. */
export function parseNote(written: string, writtenEmphasis: readonly MarkupSpan[] = [], options: ArchivalOptions = {}): ParsedCitation[] {
  const read = matchingText(written);
  const { text, emphasis } = collapseSpaces(read.text, writtenEmphasis.map(span => read.map.spanToRewritten(span)));
  const parsed: ParsedCitation[] = [];
  const push = (citation: Citation, continuation = false, publication?: boolean, listed?: boolean) =>
    parsed.push({ citation: tidyCitation(citation), continuation, publication, ...(listed && { listed }) });
  const pieces = mergePieces(text, splitNote(text, emphasis), options);
  pieces.forEach((cut, k) => {
    const raw = text.slice(cut.start, cut.end);
    const last = parsed[parsed.length - 1];
    const inList = k > 0 && opensList(last, parsed.length === 1) && text.slice(pieces[k - 1].end, cut.start).trim() === ';';
    const italic = emphasis.some(span => span.start === cut.start);
    // `…; The Prophet Unarmed: Trotsky 1921-1929, Oxford, 1959`: an English title, before its imprint or in italics, in
    // a list of works.
    const titled = inList && (parseImprinted(raw, true) !== undefined || (italic && parseShortTitle(raw)?.title !== undefined));
    const piece = cut.shape === 'prose' && titled ? { ...cut, shape: 'fragment' as const } : cut;
    const quoted = ['prose', 'fragment', 'printed'].includes(piece.shape) ? citedIn(raw) : undefined;
    if (quoted) {
      if (piece.shape !== 'prose') push(parseReference(quoted.before, hasImprint(quoted.before) ? 'printed' : 'fragment'));
      push(quoted.citation);
      return;
    }
    if (piece.shape === 'prose') return;
    const carried = ['fragment', 'printed', 'archival'].includes(piece.shape) && last?.citation.kind === 'archival' ? parseCompactAfter(raw, last.citation, options) : [];
    if (carried.length) {
      for (const c of carried) push(c);
      return;
    }
    const nextIssue = ['fragment', 'printed'].includes(piece.shape) ? issueOfPeriodicalBefore(raw, last?.citation) : undefined;
    if (nextIssue) push(nextIssue, true);
    else if (piece.shape === 'ibid') push(parseIbid(raw));
    else if (piece.shape === 'op-cit') push(parseOpCit(raw) ?? { kind: 'other', raw });
    else if (piece.shape === 'archival') {
      const publication = publicationAt(raw);
      const reading = parseArchival(publication ? raw.slice(0, publication.index) : raw, options);
      const after = last?.citation.kind;
      const printedBefore = printedAround(raw);
      if (printedBefore) push(printedBefore);
      const context = after === 'archival' || after === 'ibid';
      if (reading && (!reading.needsContext || context)) {
        // A file cited without its archive, with none before it in the note's references: the archive an earlier
        // sentence names, said to be inferred.
        const named = reading.continuation && !context ? archiveNamedBefore(text.slice(Math.max(0, piece.start - NAMED_BEFORE_WINDOW), piece.start), options) : undefined;
        const citations = named ? reading.citations.map(c => (c.archive ? c : { ...c, ...named, inferredReading: c.inferredReading ?? ARCHIVE_BEFORE })) : reading.citations;
        for (const c of citations) push(c, reading.continuation && context);
        if (publication) {
          // The publication the document is printed in: `TsDAHOU 1/20/6275 (1933), 182–6, in ibid., 833–5`.
          const cited = raw.slice(publication.index + publication.length);
          push(ibidAt(cited) ? parseIbid(cited) : parseReference(cited, hasImprint(cited) ? 'printed' : 'fragment'), false, true);
        }
      } else if (!isCommentary(raw)) push(parseReference(raw, hasImprint(raw) ? 'printed' : 'fragment'));
    } else {
      const reference = parseReference(raw, piece.shape, inList);
      push(reference, false, undefined, inList && sharesAuthor(reference, italic));
    }
  });
  return parsed;
}
