// Archival references written as bare numbers after an archive siglum: dotted `RGASPI 558.11.27.129`, slashed
// `GARF, 9401/1a/141` (and `… 552 and 64`, `… and 9401/12/319`, `TsDAHOU 1/20/5254 (1932), 1–16`), comma-numeric
// `GARF 9401, 2, 99, 386`: fond, opis', delo and, when there is a fourth number, the folio. Without a siglum before them such numbers may be
// dates or pages, so they are not read.
import { readArchive, type ArchivalOptions } from './archive';
import type { Citation } from './types';

const PART = String.raw`(?:\p{Lu}{1,3}-?)?\d+(?:\p{Ll}(?!\p{L}))?`;
const FOLIO = String.raw`\d+(?: ?[-–] ?\d+)?`;
/** Slashes and dots after any siglum; bare commas only after one the glossary knows (`TASS, 1, 2, 3` is no file). */
const FORMS = [
  { sep: '/', known: false },
  { sep: '\\.', known: false },
  { sep: ', ?', known: true },
].map(({ sep, known }) => ({
  known,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}/.])(${PART})${sep}(${PART})${sep}(${PART})(?:${sep}(${FOLIO}))?(?![\\p{N}/]|\\.\\d)`, 'gu'),
}));
/** `… and 64`: another file of the same fond and opis'. */
const AND_FILE = /^ and (\d+)(?![\d/]|\.\d)/;

/** `12.03.1937`, `12/3/1937`: a date, not a file. */
function isDate(m: RegExpExecArray): boolean {
  return /^(?:1[6-9]|20)\d\d$/.test(m[3]) && Number(m[1]) <= 31 && Number(m[2]) <= 12;
}

/** `GARF, 9401/1/713 (1937), 12–14, in …`: the year of the document, then its folios. */
const FOLIOS_AFTER = /^(?: \((?:1[6-9]|20)\d\d(?:[-–]\d{2,4})?\))?, (\d+(?: ?[-–] ?\d+)?)(?=$|[,.;] |[.;]$)/;

function fileOf(m: RegExpExecArray, base: Partial<Citation>, folios = m[4]): Citation {
  return { kind: 'archival', raw: m[0], ...base, fond: m[1], opis: m[2], delo: m[3], folios: folios?.replace(/ ?[-–] ?/, '-') };
}

export function readCompact(raw: string, options: ArchivalOptions): Citation[] {
  for (const { pattern, known } of FORMS) {
    const citations: Citation[] = [];
    let base: Partial<Citation> | undefined;
    for (const m of raw.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (isDate(m)) continue;
      // The first reference needs its siglum right before it; later ones in the note share it.
      const archive = base ?? readArchive(raw.slice(Math.max(0, start - 60), start), true, options);
      if (!archive.archive || (known && !options.knownArchive?.(archive.archive))) continue;
      base = archive;
      const end = start + m[0].length;
      const after = m[4] ? undefined : FOLIOS_AFTER.exec(raw.slice(end, end + 40));
      const file = fileOf(m, base, after?.[1]);
      citations.push(file);
      const more = AND_FILE.exec(raw.slice(end, end + 12));
      if (more) citations.push({ ...file, raw: more[0].trim(), delo: more[1], folios: undefined });
    }
    if (citations.length) {
      citations[0] = { ...citations[0], raw };
      return citations;
    }
  }
  return [];
}
