// Archival references written as bare numbers after an archive siglum: dotted `RGASPI 558.11.27.129` (or hyphenated,
// `GARF 7523c-149a-2.1–6`), slashed `GARF, 9401/1a/141` (and `… 552 and 64`, `… and 9401/12/319`,
// `TsDAHOU 1/20/5254 (1932), 1–16`), comma-numeric `GARF 9401, 2, 99, 386`: fond, opis', delo and, when there is a
// fourth number, the folio; three numbers and a dashed range (`558.4.2–7`) are a range of files; the Estonian reference
// code joins the siglum with a dot (`ERA.R-1.2.3`); numbers with their marks after them (`LVVA, 1022. f., 1. apr.`) are
// read in postfixed.ts. Without a siglum before them such numbers may be dates or pages, so they are not read.
import { ARCHIVE_LETTER, readArchive, type ArchivalOptions } from './archive';
import { findMarks } from './marks';
import { nameInParentheses } from './nameInParentheses';
import { readPostfixed } from './postfixed';
import { trimStart } from './tidy';
import type { Citation } from './types';

const PART = String.raw`(?:\p{Lu}{1,3}-?)?\d+(?:\p{Ll}(?!\p{L}))?`;
const FOLIO = String.raw`\d+(?: ?[-–] ?\d+)?`;
/** Slashes, and dots or hyphens, after any siglum; bare commas after one the glossary knows (`TASS, 1, 2, 3` is no file) or one that opens the reference. */
const FORMS = [
  { sep: '/', folioSep: '/', known: false },
  { sep: '[.-]', folioSep: '\\.', known: false },
  { sep: ', ?', folioSep: ', ?', known: true },
].map(({ sep, folioSep, known }) => ({
  known,
  // One separator throughout (`\k<sep>`), the folio also after a dot (`7523c-149a-2.1–6`).
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}/-])(?<!(?<!\\p{Lu})\\.)(?<fond>${PART})(?<sep>${sep})(?<opis>${PART})\\k<sep>(?<delo>${PART})` +
      `(?:(?:\\k<sep>|${folioSep})(?<folio>${FOLIO})|(?<range>[-–—]\\d+))?(?![\\p{N}/]|\\.\\d)`,
    'gu',
  ),
}));

/**
 * Bare commas after a siglum the glossary does not know: only where the siglum opens the reference and is followed by
 * a space alone, with four numbers, the folio included (`GASPI 558, 11, 727, 38–57`), and the glossary knows it as
 * nothing else. `TASS, 12, 14, 16`, `NKVD 1, 2, 3, 4`, `see GASPI 17, 2, 575` or three numbers alone stay unread.
 */
function opensReference(raw: string, start: number, siglum: string, parts: Parts, options: ArchivalOptions): boolean {
  return (
    parts.folio !== undefined &&
    ARCHIVE_LETTER.test(siglum) &&
    !options.otherTerm?.(siglum) &&
    trimStart(raw.slice(0, start), '(') === `${siglum} `
  );
}

/** The comma-numeric reading after an unknown siglum: numbers taken for fond, opis', delo and folio by their place. */
export const BY_PLACE = "fond, opis', delo and folio read by their place: the glossary does not know the archive and the notes do not cite it with f.";

/** Whether the text cites the siglum with a fond mark (`GASPI, f. 558`, `ГАСПИ. Ф. 558`): then it names an archive. */
export function citedWithMarks(text: string, siglum: string): boolean {
  for (let at = text.indexOf(siglum); at !== -1; at = text.indexOf(siglum, at + 1)) {
    const end = at + siglum.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const after = text.slice(end, end + 24).replace(/^[,.]? ?/, '');
    const first = findMarks(after)[0];
    if (first?.start === 0 && first.level === 'f') return true;
  }
  return false;
}

/** `… and 64`: another file of the same fond and opis'. */
const AND_FILE = /^ and (\d+)(?![\d/]|\.\d)/;

/** `12.03.1937`, `12/3/1937`: a date, not a file. */
function isDate({ fond, opis, delo }: Parts): boolean {
  return /^(?:1[6-9]|20)\d\d$/.test(delo) && Number(fond) <= 31 && Number(opis) <= 12;
}

/** `GARF, 9401/1/713 (1937), 12–14, in …`: the year of the document, then its folios. */
const FOLIOS_AFTER = /^(?: \((?:1[6-9]|20)\d\d(?:[-–]\d{2,4})?\))?, (\d+(?: ?[-–] ?\d+)?)(?=$|[,.;] |[.;]$)/;

interface Parts {
  fond: string;
  opis: string;
  delo: string;
  folio?: string;
  range?: string;
}

function fileOf(raw: string, { fond, opis, delo, folio, range }: Parts, base: Partial<Citation>, folios = folio): Citation {
  const files = range ? `${delo}-${range.slice(1)}` : delo;
  return { kind: 'archival', raw, ...base, fond, opis, delo: files, folios: folios?.replace(/ ?[-–] ?/, '-') };
}

export function readCompact(raw: string, options: ArchivalOptions, inherited?: Partial<Citation>): Citation[] {
  for (const { pattern, known } of inherited ? FORMS.filter(f => !f.known) : FORMS) {
    const citations: Citation[] = [];
    let base: Partial<Citation> | undefined = inherited;
    for (const m of raw.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (inherited && start > 0 && !citations.length) break;
      const parts = m.groups as unknown as Parts;
      if (isDate(parts)) continue;
      // The first reference needs its siglum right before it; later ones in the note share it.
      const archive = base ?? readArchive(raw.slice(Math.max(0, start - 60), start), true, options);
      const byPlace = known && !options.knownArchive?.(archive.archive ?? '');
      if (!archive.archive || (byPlace && !opensReference(raw, start, archive.archive, parts, options))) continue;
      base = byPlace ? { ...archive, inferredReading: BY_PLACE } : archive;
      const end = start + m[0].length;
      const after = parts.folio || parts.range ? undefined : FOLIOS_AFTER.exec(raw.slice(end, end + 40));
      const titled = parts.folio || parts.range || after ? undefined : nameInParentheses(raw.slice(end));
      // A siglum in parentheses names an archive, not the file (`… 9401/1/2 (GARF)`).
      const deloTitle = titled && !/^\p{Lu}+$/u.test(titled.name) ? titled.name : undefined;
      const file = fileOf(m[0], parts, base, after?.[1]);
      citations.push(deloTitle ? { ...file, deloTitle } : file);
      const more = AND_FILE.exec(raw.slice(end, end + 12));
      if (more) citations.push({ ...file, raw: more[0].trim(), delo: more[1], folios: undefined });
    }
    if (citations.length) {
      citations[0] = { ...citations[0], raw };
      return citations;
    }
  }
  return inherited ? [] : (fondAndOpis(raw, options) ?? readPostfixed(raw, options));
}

/** `RGASPI, 17/3.`: a fond and its opis' slashed, no file, closing the reference. */
const FOND_AND_OPIS = new RegExp(String.raw`(?<![\p{L}\p{N}/.-])(?<fond>${PART})/(?<opis>${PART})(?=\.?$|[;)])`, 'u');

/** A fond and opis' without a file, read only after a siglum of an archive: `3/4` alone may be anything. */
function fondAndOpis(raw: string, options: ArchivalOptions): Citation[] | undefined {
  const m = FOND_AND_OPIS.exec(raw.trimEnd());
  if (!m?.groups || /^(?:1[6-9]|20)\d\d$/.test(m.groups.fond)) return undefined;
  const archive = readArchive(raw.slice(Math.max(0, m.index - 60), m.index), true, options);
  const siglum = archive.archive;
  if (!siglum || !(options.knownArchive?.(siglum) || (ARCHIVE_LETTER.test(siglum) && !options.otherTerm?.(siglum)))) return undefined;
  return [{ kind: 'archival', raw, ...archive, fond: m.groups.fond, opis: m.groups.opis }];
}
