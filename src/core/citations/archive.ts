// The archive named just before an archival reference: `Full Name (SIGLUM),` or `Full Name [SIGLUM, translation],`, a
// siglum with or without a comma or full stop (`RGASPI,` `RGIA` `ГАРФ.` `ЦА ФСБ РФ,`), inside a parenthesis
// (`(RGASPI, f. 558`), or a full name alone (`Presidential Archive of the Russian Federation,`). The archive stays as
// written; the glossary may add the name the archive has now.
import { lastIndexWhere } from '../corpus/plainText/lastIndex';
import { ARCHIVE_WORD, isSiglumToken } from './marks';
import { trimEnd } from './tidy';
import type { Citation } from './types';

export interface ArchivalOptions {
  /** The glossary's name for a siglum it knows (`GA RF` → `GARF`), undefined for unknown ones. */
  knownArchive?: (siglum: string) => string | undefined;
  /** Whether the glossary knows the word as something other than an archive (`TASS`, `NKVD`). */
  otherTerm?: (word: string) => boolean;
}

type ArchiveFields = Pick<Citation, 'archive' | 'archiveName' | 'archiveCurrent'>;

/** Words that lead into a reference and are not part of an archive's name (`Quoted in Arkhiv …`). */
const LEAD_WORDS = new Set(
  'see also for example cf cf. e.g. is are was were found here in at quoted cited vgl. siehe zit. nach im aus zob. por. cyt. za w voir cité citée dans см. ср.'.split(' '),
);
/**
 * The siglum a note defines in the parenthesis after the full name, after a translation of it: `(Presidential
 * Archive of the Republic of Kazakhstan; hereafter APRK)`, `(далее — ГАНО)`.
 */
const HEREAFTER = /(?:^|[;,] ?)(?:hereafter|henceforth|hereinafter|further|далее)[:,]? ?(?:[—–-] ?)?([^;,()]{1,40})$/iu;
/** The siglum first and a translation of the name after it: `[GARF, the State Archive of the Russian Federation]`. */
const TRANSLATED = /^([^;,()]{1,20})[;,] (?=.*\b(?:archive|archives|arkhiv|centre|center)\b)/iu;
/** The A of arkhiv, archive, archyvas, архив in an archive's siglum (GASPI, TsDAHOU, ЦДАГО); TsK, NKVD, USSR have none. */
export const ARCHIVE_LETTER = /[AА]/u;
const MAX_NAME_WORDS = 12;
/** A place in parentheses after an archive's name: `(Moscow)`, `(St. Petersburg)`, `(Москва)`. */
const PLACE = /^\p{Lu}\p{Ll}+\.?(?: \p{Lu}\p{Ll}+)?$/u;
/** Words a parenthesis after a name may hold that are no siglum: `(sic)`. */
const REMARKS = new Set(['sic', 'ibid', 'see', 'cf', 'etc', 'here', 'now', 'former', 'formerly']);
/** The state a siglum may be followed by, as Russian and Ukrainian notes write it (`ЦА ФСБ России`, `ЦДАГО України`, `ЦГА Узбекистана`): any republic of the former USSR. */
const STATE =
  /^(?:России|Росії|Украины|України|Ukrainy|Ukraïny|Беларуси|Білорусі|Казахстана|Литвы|Латвии|Эстонии|Грузии|Армении|Азербайджана|Узбекистана|Кыргызстана|Киргизии|Таджикистана|Туркменистана|Туркмении|Молдовы|Молдавии)$/u;

function withCurrent(archive: string, options: ArchivalOptions): ArchiveFields {
  const current = options.knownArchive?.(archive);
  return current && current !== archive ? { archive, archiveCurrent: current } : { archive };
}

/**
 * The words of the clause that ends the prefix: back to `,` `;` `:` `(`, the `//` or the closing quote after a document's
 * title (`«On holding a competition» Nat. Arch. Rep. of Bel.`) or the start, lead-in words dropped.
 */
function clauseWords(head: string): string[] {
  const words = head.split(' ');
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < MAX_NAME_WORDS; i--) {
    const word = words[i];
    if (!word || word === '//' || /[,;:(]$/.test(word) || (out.length && /[»”]$/.test(word)) || LEAD_WORDS.has(word.toLowerCase())) break;
    out.unshift(word);
  }
  return out;
}

function fullName(clause: string[]): string | undefined {
  // A name has no number: `… armies 14 January 1941 Russian State Archive of …` names the archive after the date.
  const after = clause.slice(lastIndexWhere(clause, w => /\d/.test(w)) + 1);
  const words = after.slice(Math.max(0, after.findIndex(w => /^\p{Lu}/u.test(w))));
  const name = words.join(' ');
  return words.length > 1 && /^\p{Lu}/u.test(name) && ARCHIVE_WORD.test(name) ? name : undefined;
}

/** A siglum the glossary knows, with the state after it kept as written: `ЦДАГО України` is the glossary's `ЦДАГО`. */
function knownSiglum(tokens: readonly string[], options: ArchivalOptions): ArchiveFields | undefined {
  const state = tokens.length > 1 && STATE.test(tokens[tokens.length - 1]) ? tokens[tokens.length - 1] : undefined;
  for (const list of state ? [tokens, tokens.slice(0, -1)] : [tokens]) {
    for (let k = Math.min(3, list.length); k >= 1; k--) {
      const candidate = list.slice(-k).join(' ');
      const current = options.knownArchive?.(candidate);
      if (!current) continue;
      const archive = list === tokens ? candidate : `${candidate} ${state}`;
      return current === archive ? { archive } : { archive, archiveCurrent: current };
    }
  }
  return undefined;
}

/**
 * `RGASPI, KPSS fond 558`, `GARF, NKVD SSSR f. 9401`: words between the siglum and the fond that name no archive (the
 * glossary knows them as something else, or they lack an archive's A) say whose fond it is; the archive is the siglum
 * before their comma.
 */
function archiveBeforeBody(tokens: readonly string[], options: ArchivalOptions): string | undefined {
  const noArchive = (word: string) => isSiglumToken(word) && (options.otherTerm?.(word) === true || (!options.knownArchive?.(word) && !ARCHIVE_LETTER.test(word)));
  let i = tokens.length - 1;
  while (i > 0 && noArchive(tokens[i])) i--;
  const siglum = tokens[i].replace(/,$/, '');
  if (i === tokens.length - 1 || siglum === tokens[i] || !isSiglumToken(siglum)) return undefined;
  return options.knownArchive?.(siglum) !== undefined || ARCHIVE_LETTER.test(siglum) ? siglum : undefined;
}

/**
 * A full name that opens with the archive, after at most two words that say which (`Архив УФСБ по Свердловской обл.`,
 * `Державний архів Одеської обл.`, `Национальный архив Республики Татарстан`, `National Archives of Estonia`): it names
 * an archive even before a file cited without a fond, where other words do not.
 */
const OPENS_AS_ARCHIVE = /^(?!(?:The|A|An) )(?:\p{L}+ ){0,2}(?:Архив|архив|Архів|архів|Arkhiv|arkhiv|Archives?|archives?)(?= )/u;
/** An abbreviation whose full stop closes an archive's full name: `обл.`, `р-на`, `им.`, `Витебск.обл.`. */
const CLOSING_ABBREVIATION = /(?:^|[ .-])(?:обл|окр|р-на|им|г|obl|okr|im)$/u;

/**
 * The name with the full stop of the abbreviation that closes it, as the prefix writes it: `обл.`, or the last word of a
 * name written in abbreviations (`Nat. Arch. Rep. of Bel.`).
 */
function closedName(name: string, prefix: string): string {
  const abbreviation = CLOSING_ABBREVIATION.test(name) || /\p{L}\. /u.test(name);
  return abbreviation && trimEnd(prefix, ' ,:(–—').endsWith(`${name}.`) ? `${name}.` : name;
}

/**
 * What may stand unread between an archive and its first mark: items whose marks no table holds (`Инв. 1503, 1953. `,
 * `С.42. `) or the year of the records (`, 1956 г., `).
 */
const UNREAD_ITEMS = /(?:[.,] ((?:\p{L}{1,6}\. ?\d+(?:, ?\d+)*\. ?){1,2})|, ((?:1[6-9]|20)\d\d(?: ?гг?\.| ?gg?\.)?),? )$/u;

/**
 * `РФ ИЯЛИ НАН КР. Инв. 1503, 1953. Л. 87`, `ГАООМог. С.42. Оп. 42`, `Архив Министерства совхозов КазССР, 1956 г., оп.
 * 1`: the archive before them (a siglum with an archive's A, or a full name); the items are left unread.
 */
export function archiveBeforeUnread(prefix: string, options: ArchivalOptions): (ArchiveFields & { unread: string }) | undefined {
  const m = UNREAD_ITEMS.exec(prefix);
  if (!m) return undefined;
  const fields = readArchive(prefix.slice(0, m.index), true, options);
  const archive = fields.archive ?? '';
  if (!(options.knownArchive?.(archive) || ARCHIVE_LETTER.test(archive) || ARCHIVE_WORD.test(archive))) return undefined;
  return { ...fields, unread: m[1] ? trimEnd(m[1], ' .') : m[2] };
}

/** `RGVA, NKO Order of July 27, 1940, f. 37837`: the archive's siglum, then the document cited, before the fond. */
const SIGLUM_THEN_DOCUMENT = /^([^\s,]+), (\p{Lu}[^;]*?),? ?$/u;

/** The siglum opening a reference whose document is described before its fond (the description is left unread). */
export function archiveBeforeDocument(prefix: string, options: ArchivalOptions): (ArchiveFields & { unread: string }) | undefined {
  const m = SIGLUM_THEN_DOCUMENT.exec(prefix);
  if (!m || !isSiglumToken(m[1]) || !(options.knownArchive?.(m[1]) || ARCHIVE_LETTER.test(m[1]))) return undefined;
  return { ...withCurrent(m[1], options), unread: trimEnd(m[2], ' ,') };
}

/** A remark on the archive's other name after it: `РЦХИДНИ (ныне РГАСПИ)`, `TsGAOR (now GARF)`, `(formerly TsPA)`. */
const OTHER_NAME = / ?\((?:ныне|теперь|бывш\.|бывший|прежде|now|today|formerly)[ :][^()]{1,60}\)$/u;

export function readArchive(prefix: string, shapeAllowed: boolean, options: ArchivalOptions): ArchiveFields {
  // `… от 1935 года//РГАЛИ`: a `//` run into the words around it still parts the description from the archive.
  const head = trimEnd(trimEnd(prefix, ' ,.:(–—').replace(OTHER_NAME, ''), ' ,.:').replace(/(?<=[\p{L}\d.)»”"])\/\/(?=\p{L})/gu, ' // ');
  const tokens = head.split(' ').map(t => t.replace(/^[(«“"]+/, ''));
  const known = knownSiglum(tokens, options);
  if (known) return known;
  if (!shapeAllowed) {
    const name = fullName(clauseWords(head));
    return name && OPENS_AS_ARCHIVE.test(name) && name.split(' ').length >= 3 ? { archive: closedName(name, prefix) } : {};
  }
  const after = archiveBeforeBody(tokens, options);
  if (after) return withCurrent(after, options);
  const named = /[([]([^()[\]]{1,120})[)\]]$/.exec(head);
  const siglum = named && (HEREAFTER.exec(named[1])?.[1] ?? TRANSLATED.exec(named[1])?.[1] ?? (named[1].length <= 40 ? named[1] : undefined))?.trim();
  if (named && siglum) {
    const before = trimEnd(head.slice(0, named.index), ' ');
    const archiveName = fullName(clauseWords(before));
    // A siglum written in lower case, as Georgian ones are transliterated (`… of Georgia (sšsa)`), after a name that names an archive.
    const lowerCase = archiveName !== undefined && /^\p{Ll}[\p{L}-]{1,11}$/u.test(siglum) && !REMARKS.has(siglum);
    if (siglum.split(' ').every(isSiglumToken) || lowerCase) return { ...withCurrent(siglum, options), archiveName };
    // `DAOO (State Archive of Odesa Oblast), f. R-1234`: the siglum, then the archive's name in parentheses.
    const translated = fullName(named[1].split(' '));
    const last = before.split(' ').pop() ?? '';
    if (translated && isSiglumToken(last)) return { ...withCurrent(last, options), archiveName: translated };
    // `Arkhiv NIPTs Memorial (Moscow), f. 1`: the place after a full name is no siglum; the name is the archive.
    return archiveName && PLACE.test(named[1]) ? { archive: closedName(archiveName, before) } : {};
  }
  const tail: string[] = [];
  const last = tokens.length > 1 && STATE.test(tokens[tokens.length - 1]) ? tokens.length - 2 : tokens.length - 1;
  for (let i = last; i >= 0 && tail.length < 4 && isSiglumToken(tokens[i]); i--) tail.unshift(tokens[i]);
  // `УФСБ по МО. Ф. 9`: the office's siglum before its region's (`по`) is part of the archive.
  const office = tail.length ? last - tail.length : -1;
  if (office > 0 && tokens[office] === 'по' && isSiglumToken(tokens[office - 1])) tail.unshift(tokens[office - 1], tokens[office]);
  const name = fullName(clauseWords(head));
  if (tail.length) {
    const siglum = tokens.slice(last - tail.length + 1).join(' ');
    // `Партархив Чувашского обкома КПСС. ф. 1`: a siglum without an archive's A closing a full name that names an
    // archive is the name's last word, not the archive.
    // So is one closing a name that opens with the word archive (`Архив АН СССР`: the Academy's archive, not the Academy).
    const inName =
      name !== undefined && name !== siglum && name.endsWith(siglum) && !options.knownArchive?.(siglum) && (!ARCHIVE_LETTER.test(siglum) || OPENS_AS_ARCHIVE.test(name));
    return inName ? { archive: closedName(name, prefix) } : withCurrent(siglum, options);
  }
  if (name) return { archive: closedName(name, prefix) };
  // `Memorial Archive, Moscow, f. 1`: the place after a full name is no part of it.
  const place = /, \p{Lu}\p{Ll}+$/u.exec(head);
  const beforePlace = place ? fullName(clauseWords(head.slice(0, place.index))) : undefined;
  return beforePlace ? { archive: beforePlace } : {};
}

/**
 * The label a record's archival reference opens with, as memorial lists and books of remembrance print it: `Арх.дело:`,
 * `Архивное дело:`, `Архивно-следственное дело в …`. What follows it up to the first mark is the archive, whatever its
 * shape (`ГУ СБУ в Крыму, д. 018317`).
 */
export const REFERENCE_LABEL = /^(?:Арх\. ?дело|Архивное дело|Архивно-следственное дело)(?: ?:\s*| в (?=\p{Lu}))/iu;
/** Words of an archive's name with its place: sigla and capitalised words, `в`, `по`, `обл.`, `области`, `края`. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}.’'-]*|в|по|им\.|обл\.?|области|края|кр\.|р-на|района|г\.)$/u;
const PLACE_WORD = /^(?:в|по|обл\.?|области|края|кр\.|р-на|района)$/u;

/**
 * A clause that is an archive's name as written: a siglum or a name with its place (`ГУ СБУ в Крыму`, `УФСБ РФ по
 * Пензенской области`, `ГА Винницкой обл.`, `Гос.архив СБУ`). After a record's label any such clause is (`КГБ РБ`);
 * elsewhere it must show itself an archive: an archive's word, a siglum the glossary knows or with an archive's A, or a
 * place.
 */
export function archiveClause(clause: string, labelled: boolean, options: ArchivalOptions): string | undefined {
  const name = trimEnd(clause.trim(), ' ,;:.');
  const words = name.split(' ');
  if (!name || words.length > 7 || /\d/.test(name) || !words.every(w => NAME_WORD.test(w))) return undefined;
  const first = words[0].replace(/\.$/, '');
  const shown = ARCHIVE_WORD.test(name) || options.knownArchive?.(first) !== undefined || (isSiglumToken(first) && (ARCHIVE_LETTER.test(first) || words.some(w => PLACE_WORD.test(w))));
  if (!(labelled ? isSiglumToken(first) || shown : shown)) return undefined;
  return CLOSING_ABBREVIATION.test(name) ? `${name}.` : name;
}

/** `…, д.7711 / ГА Винницкой обл.`, `АСД № 5557, УФСБ РФ по Пензенской области`, `дело №11110 в УФСБ по Рязанской обл.`: the archive after the address. */
const ARCHIVE_AFTER = /(?: \/ |, | в )([^,;/]+)$/u;

/** The archive named after a reference's last locator, and where it begins. */
export function archiveAfter(text: string, options: ArchivalOptions): { archive: string; at: number } | undefined {
  const m = ARCHIVE_AFTER.exec(trimEnd(text, ' '));
  const archive = m ? archiveClause(m[1], false, options) : undefined;
  return m && archive ? { archive, at: m.index } : undefined;
}

/** Where a clause of the note may end: after a parenthesis, or at a comma, semicolon or full stop before a space. */
const CLAUSE_END = /\)|[.,;](?=\s|$)/g;

/**
 * The archive an earlier sentence of the note names for a file cited without one (`… kept in the Russian State Archive of
 * Socio-Political History (RGASPI). See f. 17, …`): the last clause that ends with a siglum defined after a full name, a
 * full name, or a siglum the glossary knows.
 */
export function archiveNamedBefore(text: string, options: ArchivalOptions): ArchiveFields | undefined {
  let found: ArchiveFields | undefined;
  for (const m of text.matchAll(CLAUSE_END)) {
    const end = (m.index ?? 0) + (m[0] === ')' ? 1 : 0);
    const read = readArchive(text.slice(0, end), true, options);
    const archive = read.archive ?? '';
    if (read.archiveName || ARCHIVE_WORD.test(archive) || (archive && options.knownArchive?.(archive))) found = read;
  }
  return found;
}

/**
 * `КГБ РБ – 30018-с`, `ГА РФ П-51957`, `20956 – УСБУ в Одесской обл.`, `П-15975 / УФСБ Ростовской обл.`: a record's file
 * number and the archive that keeps it.
 */
const NUMBER_AND_ARCHIVE = /^(?:(?<archive>[^–—]+?)(?: [–—/-] |, | )(?<number>\p{Lu}{0,2}-?\d[\p{L}\d-]*)|(?<first>\p{Lu}{0,2}-?\d[\p{L}\d-]*)(?: [–—/-] |, )(?<name>[^–—]+?))\.?$/u;

/** A record's label, then its file's number and archive with no mark (`Арх.дело: КГБ РБ – 30018-с`). */
function readLabelledFile(raw: string, options: ArchivalOptions): Citation | undefined {
  const label = REFERENCE_LABEL.exec(raw);
  const groups = label ? NUMBER_AND_ARCHIVE.exec(raw.slice(label[0].length).trim())?.groups : undefined;
  const archive = groups ? archiveClause(groups.archive ?? groups.name, true, options) : undefined;
  return archive ? { kind: 'archival', raw, ...withCurrent(archive, options), delo: groups?.number ?? groups?.first } : undefined;
}

/** An item of a collection no mark table holds, closing the reference: `box 234`, `folder 5`, `reel 3`; no page, volume or issue of a publication. */
const UNMARKED_ITEM = /^(?!(?:pp?|s|с|str|стр|vols?|t|т|tom|том|vyp|вып|no|nos|nr|issue|part|ch|chapter|kn|kniga|книга|bd|band|heft)\.? )\p{L}{2,10}\.? [\dA-Z][\w./-]*$/iu;

/**
 * `Hoover Institution Archives, Nicolaevsky Collection, box 234, folder 5`: an archive named in full (or a siglum the
 * glossary knows) opening a reference whose last clause is an item no mark table holds. The archive is read; what
 * follows it is left unparsed.
 */
export function readUnmarked(raw: string, options: ArchivalOptions): Citation | undefined {
  const labelled = readLabelledFile(raw, options);
  if (labelled) return labelled;
  const clauses = trimEnd(raw, ' .').split(', ');
  // The name is one clause: `Georgian Archive. Harvard University, Reel 74` is no such reference.
  if (clauses.length < 2 || !UNMARKED_ITEM.test(clauses[clauses.length - 1]) || /\p{L}{2}\. /u.test(clauses[0])) return undefined;
  const words = clauseWords(clauses[0]);
  const name = fullName(words);
  const siglum = words.length === 1 && options.knownArchive?.(words[0]) ? words[0] : undefined;
  const archive = name ?? siglum;
  if (!archive) return undefined;
  return { kind: 'archival', raw, ...withCurrent(archive, options), unparsed: clauses.slice(1).join(', ') };
}
