// Reads archival references: `[Archive name (SIGLUM),] f. 17 Name, op. 3 1927 Name, d. 677 Title, t. 1, ch. 2,
// ll. 82-85`, in Latin or Cyrillic, with the marks abbreviated or spelled out. A mark at the level of the current
// file or above starts a new citation that keeps what lies above it (`d. 65, l. 58), 335 (d. 57, l. 68)`), so
// two files are never merged and a folio always belongs to the file it follows.
import { archiveAfter, archiveBeforeDocument, archiveBeforeUnread, archiveClause, readArchive, readUnmarked, REFERENCE_LABEL, type ArchivalOptions } from './archive';
import { readCompact } from './compact';
import { formatFolios, readFolios } from './folios';
import { DOCUMENT_NUMBER, nameInParentheses } from './nameInParentheses';
import { findMarks, hyphenated, isSiglumToken, LETTERED, LEVELS, SERIES_KINDS, type Level, type Mark } from './marks';
import { tidyText, trimEnd } from './tidy';
import type { Citation } from './types';

export type { ArchivalOptions } from './archive';

/**
 * `558`, `R-9401`, `Р–9401`, `94-r`, `11a`, `11 a`, `75123-ФП`, `4С/П`, `263/216`, and letters after a space that close
 * the reference (`17761 пф`; not `об`, `ff.`, `etc.`); a delo may be a range (`23–35`).
 */
const NUMBER = new RegExp(
  String.raw`${LETTERED}\d+(?:[-/]?\p{Ll}{1,3}(?!\p{L})|-\p{Lu}{1,3}(?!\p{L})|\p{Lu}{1,2}(?:/\p{Lu}{1,2})?(?!\p{L})|/\d+(?![\d/])| \p{Ll}(?=[,.;)]|$)| (?!об|ob|etc|and|др|ff)\p{Ll}{2,3}(?=[,;)]|\.?$))?`,
  'uy',
);
const RANGE_END = / ?[-–—] ?\d+(?:\p{Ll}(?!\p{L}))?/uy;
const YEAR = /^ ?(1[6-9]\d\d|20\d\d)(?!\d)/;
/**
 * `d. 1552, doc. 14, 19`, `delo 18, June 25, 1988, 63–64`, `spr. 8, od. 75, 27`: the number closing the reference after
 * a document's number, a storage unit's (Ukrainian `од. зб.`, `od.`) or a date is the folio the document stands on, read
 * by its place; the document or unit is left unread.
 */
const DOCUMENT_THEN_FOLIO =
  /^, ?((?:doc|dok|док|od(?:\. ?zb)?|од(?:\. ?зб)?)\. ?\d+|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, (?:1[6-9]|20)\d\d|\d{1,2} \p{Lu}\p{Ll}{2,8} (?:1[6-9]|20)\d\d), ?(\d+(?: ?[-–—] ?\d+)?)\.?$/u;
/** A record's next field after the file's number, no title of it: `Дело: 40039 Дата добавления информации в базу данных: 05.08.2022`. */
const LABELLED = /^ \p{Lu}[\p{L} ]{0,60}: \d/u;
/** `…, Р-5859, оп. 2`: the number right before the first mark, the opis'. */
const FOND_BY_PLACE = new RegExp(String.raw`, (${LETTERED}\d+), ?$`, 'u');
const FOND_BY_PLACE_READING = 'fond read by its place: the unmarked number between the archive and the opis’';
/** The root of the words for archives and archival, as a reference's opening words may hold it. */
const ARCHIVE_ROOT = /архив|архів|архіў|arkhiv|archiv|archive/iu;
/** The marks of a single file in Latin references. */
const LATIN_FILE = new Set(['d', 'delo']);
const FOLIO_AFTER_FILE = 'folio read by its place: the number closing the reference after the file';
const FOLIO_BY_PLACE = 'folio read by its place: the number closing the reference after a document’s or a storage unit’s number or a date';

const FIELDS_OF: Record<Level, (keyof Citation)[]> = {
  f: ['fond', 'fondName'],
  op: ['opis', 'opisYear', 'opisName'],
  d: ['delo', 'deloTitle'],
  t: ['tom'],
  ch: ['chast'],
  l: ['folios'],
};
/** Fields a locator at each level replaces: its own and every narrower one. */
export const ARCHIVAL_LEVELS: (keyof Citation)[][] = [['archive', 'archiveName', 'archiveCurrent'], ...LEVELS.map(l => FIELDS_OF[l])];

function readNumber(body: string, level: Level): { number: string; rest: string } | undefined {
  NUMBER.lastIndex = 0;
  const m = NUMBER.exec(body);
  if (!m) return undefined;
  let end = m[0].length;
  // A letter set apart joins its number (`11 a`: `11a`); letters set apart are a code kept as written (`17761 пф`).
  let number = / \p{Ll}$/u.test(m[0]) ? hyphenated(m[0]).replace(' ', '') : hyphenated(m[0]);
  if (level === 'd') {
    RANGE_END.lastIndex = end;
    const range = RANGE_END.exec(body);
    if (range) {
      number += `-${range[0].replace(/[ \-–—]/g, '')}`;
      end += range[0].length;
    }
  }
  return { number, rest: body.slice(end) };
}

/** A fond written by its name, as marks found it (`f. Karlaga, sv. 27`): the name stands for its number. */
function fondName(body: string): { number: string; rest: string } | undefined {
  const m = /^\p{Lu}\p{Ll}[\p{L}’'-]*(?=,)/u.exec(body);
  return m ? { number: m[0], rest: body.slice(m[0].length) } : undefined;
}

/**
 * A name or title follows its number after a space (`d. 30 Spravki, akty`) or in capitalised parentheses
 * (`f. 5 (Severo-Dvinskii okruzhkom VKP)`); after `,` or `:` it is something else, kept as unparsed when it holds a
 * letter or a digit (`d. 275,1. 3` scanned from `l. 3`), so nothing is dropped.
 */
function nameAfter(rest: string): { name?: string; other?: string } {
  if (/^ [\p{L}“"«‘]/u.test(rest) && !DOCUMENT_NUMBER.test(rest) && !LABELLED.test(rest)) return { name: tidyText(rest) };
  return nameInParentheses(rest) ?? { other: tidyText(rest) };
}

/**
 * An investigative file is named by the person it is on (`АСД № Р–12805 на Кузьмину Ю. И.`): the title ends with the
 * initials, and a capitalised text after them is a document in the file (`Постановление об избрании…`), kept unparsed.
 */
const PERSON_THEN_DOCUMENT = /^(.*?\p{Lu}[\p{Ll}’'–-]+ \p{Lu}\. ?(?:\p{Lu}\.)?(?: и др\.)?) (\p{Lu}\p{Ll}.*)$/u;

function titleOf(name: string | undefined, mark: Mark): { title?: string; rest?: string } {
  const m = name && mark.fileKind ? PERSON_THEN_DOCUMENT.exec(name) : null;
  return m ? { title: m[1], rest: m[2] } : { title: name };
}

interface Reading {
  fields: Partial<Citation>;
  start: number;
  deepest: number;
  unparsed: string[];
  /** Further files listed after the delo's number (`Д. 19-а, 19-б`). */
  more?: string[];
}

/**
 * `, 19-б` or `, 504-511` after a delo's number: another file (or range of files) of the same opis'. A year there (`, 1937`) is a date, and a number
 * with a full stop and a digit after it (`, 1. 3`, a scanned `l. 3`) no file.
 */
const NEXT_FILE = new RegExp(String.raw`(?: ?, ?| and | и )(${LETTERED}\d+(?:[-/]?\p{Ll}{1,3}(?!\p{L})|[-–]\d+)?)(?=[ ,;)]|\.(?! ?\d)|$)`, 'uy');

function listedFiles(rest: string): { files: string[]; rest: string } {
  const files: string[] = [];
  let at = 0;
  for (;;) {
    NEXT_FILE.lastIndex = at;
    const m = NEXT_FILE.exec(rest);
    // A range only goes on a list (`Д. 496, 497, 504-511`); right after the file it is its folios (`spr. 1060, 1–5`).
    if (!m || /^(?:1[6-9]|20)\d\d$/.test(m[1]) || (!files.length && /\d[-–]\d/.test(m[1]))) break;
    files.push(hyphenated(m[1]).replace('–', '-'));
    at = NEXT_FILE.lastIndex;
  }
  return { files, rest: rest.slice(at) };
}

/**
 * `lower`: the mark is written in lower case (`д. 62`), as in references whose marks commas part; a full stop after the
 * file's number then ends the number, not the address, and a capitalised title may follow it (`д. 62. ЦК ВКП(б).
 * Совещание …, л. 7–29`). After `Д. 62.` the next words may be anything, so they stay unread.
 */
function apply(reading: Reading, mark: Mark, body: string, lower = false): void {
  const f = reading.fields;
  const note = (text?: string) => {
    if (text) reading.unparsed.push(text);
  };
  if (mark.level === 'l') {
    const { items, length } = readFolios(body);
    if (items.length) f.folios = formatFolios(items);
    note(/\p{L}/u.test(body.slice(length)) ? tidyText(body.slice(length)) : undefined);
    return;
  }
  const read = readNumber(body, mark.level) ?? (mark.level === 'f' ? fondName(body) : undefined);
  if (!read) return note(tidyText(body));
  if (mark.level === 'f') f.fond = read.number;
  else if (mark.level === 'op') f.opis = read.number;
  else if (mark.level === 'd') f.delo = SERIES_KINDS.has(mark.written) ? `${mark.written.toUpperCase()} ${read.number}` : read.number;
  else if (mark.level === 't') f.tom = read.number;
  else f.chast = read.number;
  let rest = read.rest;
  if (mark.level === 'd') {
    const listed = listedFiles(rest);
    // `d. 381, 51.`: in a Latin reference one bare number closing it after the file is the file's folio, as English notes
    // write it; read so by its place. A list of files (`Д. 174, 194`, `d. 19-a, 19-b`, `dd. 5, 6`) stays files.
    if (LATIN_FILE.has(mark.written) && listed.files.length === 1 && /^\d+$/.test(listed.files[0]) && /^[.\s]*$/.test(listed.rest)) {
      f.folios = listed.files[0];
      f.inferredReading = FOLIO_AFTER_FILE;
      return;
    }
    if (listed.files.length) reading.more = listed.files;
    rest = listed.rest;
    const placed = DOCUMENT_THEN_FOLIO.exec(rest);
    if (placed && !YEAR.test(placed[2])) {
      note(placed[1]);
      f.folios = formatFolios(readFolios(placed[2]).items);
      f.inferredReading = FOLIO_BY_PLACE;
      return;
    }
  }
  if (mark.level === 'op') {
    // `Оп. 1, 2. Д. 35755`: two opisi for one file; which of them holds it cannot be told, so neither is taken. (A number
    // that text follows, `op. 1, 12 Ibid.`, is something else, left as it was.)
    const listed = listedFiles(rest);
    if (listed.files.length && /^[.,;]? *$/.test(listed.rest)) {
      delete f.opis;
      note(tidyText(body.slice(0, body.length - listed.rest.length)));
      rest = listed.rest;
    }
    const year = YEAR.exec(rest);
    if (year) {
      f.opisYear = year[1];
      rest = rest.slice(year[0].length);
    }
  }
  if (mark.level === 'd' && lower && /^\. \p{Lu}/u.test(rest)) rest = rest.slice(1);
  const { name, other } = nameAfter(rest);
  // a fond's name is capitalised (`f. 5 Severo-Dvinskii okruzhkom`); lower-case words after its number are the
  // sentence going on (`Fond 17 of the party archive holds…`), not read
  if (mark.level === 'f') {
    if (name && /^\p{Ll}/u.test(name)) note(name);
    else f.fondName = name;
  }
  else if (mark.level === 'op') f.opisName = name;
  else if (mark.level === 'd') {
    const { title, rest: document } = titleOf(name, mark);
    f.deloTitle = title;
    note(document);
  } else note(name);
  note(other);
}

/**
 * A mark that repeats the level of the one right before it above the file (`op. 17, op 8`, `Оп.25. Оп.2`): not a new
 * reference, as one after `;` is (`op. 3, d. 5; op. 4, d. 6`), but two values for one place in the address.
 */
function conflicting(raw: string, before: Mark, mark: Mark, deepest: number): boolean {
  const level = LEVELS.indexOf(mark.level) + 1;
  return before.level === mark.level && level === deepest && level < LEVELS.indexOf('d') + 1 && !raw.slice(before.end, mark.start).includes(';');
}

/** What a new file inherits from the citation before it: every field above the level of its first mark. */
function inheritAbove(fields: Partial<Citation>, level: number): Partial<Citation> {
  const out: Partial<Citation> = {};
  for (const group of ARCHIVAL_LEVELS.slice(0, level + 1)) for (const key of group) if (fields[key] !== undefined) (out as Record<string, unknown>)[key] = fields[key];
  return out;
}

export interface ArchivalReading {
  citations: Citation[];
  /** No archive: a `d. 109 …` or `f. 17, op. 2, d. 46` that continues the previous citation of the note. */
  continuation: boolean;
  /** Neither archive nor fond: a `d. 109` or `(d. 1937)` is no archival reference without one before it. */
  needsContext: boolean;
}

/** `…, д. 016956, ГУ СБУ в Крыму, д. 02271`: a clause naming another archive between two files, and where it begins. */
const CLAUSE_BEFORE_MARK = /[,;] ([^,;]+?)[,.]? ?$/u;

function archiveBetween(raw: string, before: Mark, mark: Mark, options: ArchivalOptions): { archive: string; at: number } | undefined {
  const between = raw.slice(before.end, mark.start);
  const m = CLAUSE_BEFORE_MARK.exec(between);
  const archive = m && m.index > 0 ? archiveClause(m[1], false, options) : undefined;
  return m && archive ? { archive, at: before.end + m.index } : undefined;
}

/** The archive before the first mark: after a record's label (`Арх.дело: ГУ СБУ в Крыму, д. 018317`) any name is one. */
function archiveBefore(prefix: string, first: Mark, options: ArchivalOptions): ReturnType<typeof readArchive> {
  const label = REFERENCE_LABEL.exec(prefix);
  const head = label ? prefix.slice(label[0].length) : prefix;
  const read = readArchive(head, label !== null || first.level === 'f' || first.fileKind === true, options);
  // The whole clause, not the siglum that closes it: `ГУ СБ Украины в АРК, д. 013115`.
  const named = label ? archiveClause(head, true, options) : undefined;
  return named && named !== read.archive ? { archive: named } : read;
}

/** A record that names its file before the fond and opis' (`Архивное дело 437. Фонд Р-467. Опись 6.`). */
const LABELLED_FILE = new RegExp(String.raw`^(?:Арх\. ?дело|Архивное дело|Архивно-следственное дело) (?:№ ?)?(${LETTERED}\d+)[.,]? ?$`, 'iu');

/**
 * Every locator of the text read into citations, one per file (and per folio list of a file). A file after a clause
 * naming another archive starts afresh in that archive (`ГААРК, ф. р-4808, оп. 1, д. 016956, ГУ СБУ в Крыму, д. 02271`),
 * and an archive named after the last locator (`…, д.7711 / ГА Винницкой обл.`) is the archive of a reference that
 * names none before.
 */
export function readMarked(raw: string, marks: readonly Mark[], options: ArchivalOptions): Citation[] {
  const prefix = raw.slice(0, marks[0].start);
  const read = archiveBefore(prefix, marks[0], options);
  // An archive before items that cannot be read (`РФ ИЯЛИ НАН КР. Инв. 1503, 1953. Л. 87`) or before the document cited
  // (`RGVA, NKO Order of July 27, 1940, f. 37837`) when none is read right before the marks.
  const unreadBefore = read.archive ? undefined : archiveBeforeUnread(prefix, options) ?? (marks[0].level === 'f' ? archiveBeforeDocument(prefix, options) : undefined);
  const { unread, ...archive } = unreadBefore ?? { ...read, unread: '' };
  // `ГА Николаевской обл., Р-5859, оп. 2`: an unmarked number between the archive and the opis' stands in the fond's place.
  const unmarkedFond = marks[0].level === 'op' ? FOND_BY_PLACE.exec(prefix) : null;
  if (unmarkedFond && !YEAR.test(unmarkedFond[1])) {
    const before = archiveBefore(prefix.slice(0, unmarkedFond.index), marks[0], options);
    if (before.archive) Object.assign(archive, before, { fond: hyphenated(unmarkedFond[1]), inferredReading: FOND_BY_PLACE_READING });
  }
  const lastMark = marks[marks.length - 1];
  const after = archive.archive ? undefined : archiveAfter(raw.slice(lastMark.end), options);
  const end = after ? lastMark.end + after.at : raw.length;
  const fresh = marks.map((mark, i) => (i > 0 ? archiveBetween(raw, marks[i - 1], mark, options) : undefined));
  const readings: Reading[] = [];
  let current: Reading = { fields: after ? { archive: after.archive } : { ...archive }, start: 0, deepest: 0, unparsed: unread ? [unread] : [] };
  marks.forEach((mark, i) => {
    const level = LEVELS.indexOf(mark.level) + 1;
    const body = raw.slice(mark.end, fresh[i + 1]?.at ?? (i + 1 < marks.length ? marks[i + 1].start : end));
    const named = fresh[i];
    if (named) {
      readings.push(current);
      current = { fields: { archive: named.archive }, start: named.at + 2, deepest: 0, unparsed: [] };
    } else if (i > 0 && conflicting(raw, marks[i - 1], mark, current.deepest)) {
      // `f. 17, op. 17, op 8, d. 13`: two opisi for one file; which of them holds it cannot be told, so neither is taken.
      for (const key of FIELDS_OF[mark.level]) delete current.fields[key];
      const read = readNumber(body, mark.level);
      const both = tidyText(raw.slice(marks[i - 1].start, mark.end + (read ? body.length - read.rest.length : 0)));
      if (both) current.unparsed.push(both);
      return;
    }
    if (level <= current.deepest) {
      readings.push(current);
      current = { fields: inheritAbove(current.fields, level - 1), start: mark.start, deepest: 0, unparsed: [] };
    }
    current.deepest = level;
    apply(current, mark, body, /\p{Ll}/u.test(raw[mark.start]));
  });
  readings.push(current);
  const labelled = LABELLED_FILE.exec(prefix);
  if (labelled && marks.every(m => LEVELS.indexOf(m.level) < LEVELS.indexOf('d'))) readings[0].fields.delo = hyphenated(labelled[1]);
  return readings.flatMap((r, i) => {
    const end = i + 1 < readings.length ? readings[i + 1].start : raw.length;
    const text = i === 0 ? raw : trimEnd(raw.slice(r.start, end), ' ,;(');
    const citation: Citation = { kind: 'archival', raw: text, ...r.fields, unparsed: r.unparsed.length ? r.unparsed.join('; ') : undefined };
    if (!r.more) return [citation];
    // Files listed after one mark: what follows the list (tom, folios) belongs to the last of them.
    const { tom, chast, folios, unparsed, deloTitle, ...file } = citation;
    const last = { ...file, raw: r.more[r.more.length - 1], delo: r.more[r.more.length - 1], tom, chast, folios, unparsed };
    return [{ ...file, deloTitle }, ...r.more.slice(0, -1).map(delo => ({ ...file, raw: delo, delo })), last];
  });
}

/**
 * `GARF, 9401/1/2, l. 3`: a compact file followed by marked locators below the file level (tom, chast', folios),
 * which belong to the last file; when that file already gave a folio, they are kept as unparsed.
 */
function readCompactThenMarked(raw: string, marks: readonly Mark[], options: ArchivalOptions, inherited?: Partial<Citation>): Citation[] {
  if (LEVELS.indexOf(marks[0].level) <= LEVELS.indexOf('d')) return [];
  const files = readCompact(raw.slice(0, marks[0].start), options, inherited);
  const last = files[files.length - 1];
  if (!last) return [];
  const offset = marks[0].start;
  const rest = raw.slice(offset);
  // The marks as found in the whole reference: an `f.` after the compact file is its folio there, not a fond.
  const shifted = marks.map(m => ({ ...m, start: m.start - offset, end: m.end - offset }));
  const below = last.folios === undefined ? readLocators(rest, shifted) ?? {} : { unparsed: tidyText(rest) };
  return [...files.slice(0, -1), { ...last, ...below, archive: last.archive }].map((c, i) => (i === 0 ? { ...c, raw } : c));
}

/** `; 9414/1/8` or `; 17/3/1004, l. 2` after an archival citation: compact files in that citation's archive. */
export function parseCompactAfter(raw: string, previous: Citation, options: ArchivalOptions): Citation[] {
  if (!previous.archive || !/^(?:\p{Lu}{1,3}-?)?\d/u.test(raw)) return [];
  const { archive, archiveName, archiveCurrent } = previous;
  const inherited = { archive, archiveName, archiveCurrent };
  const marks = findMarks(raw);
  return marks.length ? readCompactThenMarked(raw, marks, options, inherited) : readCompact(raw, options, inherited);
}

/**
 * `The National Archives, Kew, FO 371/24845, f. 12`: a piece of a Western archive, classed and numbered with slashes,
 * then its folio; the `f.` after it is no fond, and such a reference is left unread rather than read as one.
 */
const PIECE_BEFORE = /(?<![\p{L}])\p{Lu}{1,5} ?\d+(?:\/\d+)+,? ?$/u;

/** The archive such a reference opens with (its first clause), the rest as written and unread. */
function westernPiece(raw: string): ArchivalReading | undefined {
  const text = raw.trim().replace(/\.$/, '');
  const comma = text.indexOf(', ');
  if (comma <= 0) return undefined;
  return { citations: [{ kind: 'archival', raw, archive: text.slice(0, comma), unparsed: text.slice(comma + 2) }], continuation: false, needsContext: false };
}

/**
 * `PA AA, R 29742, Bl. 12–14`, `BArch, R 58/3568, Bl. 12`: a siglum, a shelfmark no mark of a fond, opis' or file
 * names, then the folios. The siglum is the archive and the shelfmark is kept unread.
 */
const SIGLUM_AND_SHELFMARK = /^([^,]{2,20}), ([^,]*\d[^,]{0,30}), $/u;

function shelfmarkThenFolios(raw: string, marks: readonly Mark[], options: ArchivalOptions): ArchivalReading | undefined {
  const m = marks[0]?.level === 'l' ? SIGLUM_AND_SHELFMARK.exec(raw.slice(0, marks[0].start)) : null;
  if (!m || !m[1].split(' ').every(isSiglumToken) || /^\d/.test(m[2])) return undefined;
  const folios = readMarked(raw.slice(marks[0].start), findMarks(raw.slice(marks[0].start)), options)[0]?.folios;
  return folios ? { citations: [{ kind: 'archival', raw, archive: m[1], unparsed: m[2], folios }], continuation: false, needsContext: false } : undefined;
}

export function parseArchival(raw: string, options: ArchivalOptions = {}): ArchivalReading | undefined {
  const marks = findMarks(raw);
  if (marks.length === 1 && marks[0].level === 'f' && PIECE_BEFORE.test(raw.slice(0, marks[0].start))) return westernPiece(raw);
  const shelved = shelfmarkThenFolios(raw, marks, options);
  if (shelved) return shelved;
  const mixed = marks.length ? readCompactThenMarked(raw, marks, options) : [];
  const unmarked = marks.length ? undefined : readUnmarked(raw, options);
  const citations = mixed.length ? mixed : marks.length ? readMarked(raw, marks, options) : unmarked ? [unmarked] : readCompact(raw, options);
  if (!citations.length) return undefined;
  // A file named by its kind (`АСД № Р-3454`, `WKP 186`) is archival without an archive before it.
  const named = marks[0]?.fileKind === true;
  // `Гос.архивные данные: Фонд: Р-8065`: words on an archive the reader cannot name; the file is not in the archive before.
  const ownArchive = marks.length > 0 && ARCHIVE_ROOT.test(raw.slice(0, marks[0].start));
  return { citations, continuation: !citations[0].archive && !ownArchive, needsContext: !citations[0].archive && !citations[0].fond && !named };
}

/** The locator fields of a text (`l. 5`, `d. 22861 Delo Sedasheva, ll. 36-37`), as an Ibid. or op. cit. restates them. */
export function readLocators(text: string, found?: readonly Mark[]): Partial<Citation> | undefined {
  const marks = found ?? findMarks(text);
  if (!marks.length) return undefined;
  const fields: Partial<Citation> = { ...readMarked(text, marks, {})[0] };
  delete fields.kind;
  delete fields.raw;
  return fields;
}
