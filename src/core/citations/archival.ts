// Reads archival references: `[Archive name (SIGLUM),] f. 17 Name, op. 3 1927 Name, d. 677 Title, t. 1, ch. 2, ll. 82-85`.
// A locator mark counts only at the start or after `,` `;` `(` or `) `, so `i t. d. 1921 g.` inside a file title
// is not read as a new delo.
import { formatFolios, readFolios } from './folios';
import type { Citation } from './types';

type Mark = 'f' | 'op' | 'd' | 'dd' | 't' | 'ch' | 'l' | 'll';

const MARK = /(?<=^|[,;(]\s*|\)\s+)(f|op|dd|d|t|ch|ll|l)\.\s*(?=(?:\p{Lu}{1,3}-)?\d)/gu;
const NUMBER = /^(?:\p{Lu}{1,3}-)?\d+(?:[-/]?\p{Ll}{1,3}(?![\p{L}]))?/u;
const YEAR = /^(1[6-9]\d\d|20\d\d)\b/;

export interface ArchivalOptions {
  /** The canonical siglum for a siglum a glossary knows (`GA RF` → `GARF`), undefined for unknown ones. */
  knownArchive?: (siglum: string) => string | undefined;
}

export interface Locators {
  fields: Partial<Citation>;
  /** Offset of the first locator mark, -1 when there is none. */
  first: number;
  firstMark?: Mark;
}

/** Trims separators and the sentence's full stop (not an abbreviation's: `1921 g.`). */
function tidy(text: string): string | undefined {
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,;]+$/g, '')
    .replace(/(?<!\b(?:g|gg|dr|etc|ed|t|ch|ob))\.$/, '');
  return /[\p{L}\p{N}]/u.test(t) ? t : undefined;
}

/** Every locator mark of the text and what follows each one. */
export function readLocators(text: string): Locators {
  const marks = [...text.matchAll(MARK)];
  const fields: Partial<Citation> = {};
  marks.forEach((m, i) => {
    const mark = m[1] as Mark;
    const from = (m.index ?? 0) + m[0].length;
    const body = text.slice(from, i + 1 < marks.length ? marks[i + 1].index : text.length);
    if (mark === 'l' || mark === 'll') {
      const { items } = readFolios(body);
      if (items.length) fields.folios = fields.folios ? `${fields.folios}, ${formatFolios(items)}` : formatFolios(items);
      return;
    }
    const number = NUMBER.exec(body)?.[0] ?? '';
    const rest = body.slice(number.length);
    if (mark === 'f') {
      fields.fond = number;
      fields.fondName = tidy(rest);
    } else if (mark === 'op') {
      fields.opis = number;
      const year = YEAR.exec(rest.trimStart())?.[1];
      fields.opisYear = year;
      fields.opisName = tidy(year ? rest.trimStart().slice(year.length) : rest);
    } else if (mark === 'd' || mark === 'dd') {
      fields.delo = number;
      fields.deloTitle = tidy(rest);
    } else if (mark === 't') {
      fields.tom = number;
    } else {
      fields.chast = number;
    }
  });
  return { fields, first: marks[0]?.index ?? -1, firstMark: marks[0]?.[1] as Mark | undefined };
}

/** Tokens of a siglum carry at least two capitals (TsDOO, SO, SPb, RGASPI). */
const SIGLUM_TOKEN = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}-]+$/u;

/** The archive named just before the first locator: `Full Name (SIGLUM)`, a known siglum, or a siglum-shaped tail. */
function readArchive(prefix: string, shapeAllowed: boolean, options: ArchivalOptions): Partial<Citation> {
  const head = prefix.replace(/[\s,]+$/, '');
  const canonical = (s: string) => options.knownArchive?.(s) ?? s;
  const tokens = head.split(/\s+/);
  for (let k = Math.min(3, tokens.length); k >= 1; k--) {
    const candidate = tokens.slice(-k).join(' ');
    const known = options.knownArchive?.(candidate);
    if (known) return { archive: known };
  }
  if (!shapeAllowed) return {};
  const named = /((?:\p{Lu}[\p{L}’'-]*\s+)*(?:\p{Lu}[\p{L}’'-]*))\s*\(([^()]+)\)$/u.exec(head);
  if (named && named[2].split(/\s+/).every(t => SIGLUM_TOKEN.test(t))) {
    const archiveName = named[1].split(/\s+/).length > 1 ? named[1] : undefined;
    return { archive: canonical(named[2].trim()), archiveName };
  }
  const tail: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && SIGLUM_TOKEN.test(tokens[i]); i--) tail.unshift(tokens[i]);
  return tail.length ? { archive: canonical(tail.join(' ')) } : {};
}

/** Whether the text holds a fond, opis' or delo mark (a full archival reference or a continuation of one). */
export function hasArchivalMarks(text: string): boolean {
  return readLocators(text).first !== -1;
}

export interface ArchivalReading {
  citation: Citation;
  /** No archive and no fond: a `d. 109 …` that continues the previous citation of the note. */
  continuation: boolean;
}

export function parseArchival(raw: string, options: ArchivalOptions = {}): ArchivalReading | undefined {
  const { fields, first, firstMark } = readLocators(raw);
  if (first === -1) return undefined;
  const archive = readArchive(raw.slice(0, first), firstMark === 'f', options);
  const citation: Citation = { kind: 'archival', raw, ...archive, ...fields };
  return { citation, continuation: !citation.archive && !citation.fond };
}
