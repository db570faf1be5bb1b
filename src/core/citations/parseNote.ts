// A note's text → its citations. Sentences of commentary are left out; a fragment that is neither commentary
// nor a readable reference stays as an `other` citation with its raw text.
import type { MarkupSpan } from '../document/types';
import { parseArchival, readLocators, type ArchivalOptions } from './archival';
import { hasImprint, parseOpCit, parsePrinted, readPages } from './printed';
import { isProse } from './prose';
import { splitNote, type Segment } from './splitNote';
import type { Citation } from './types';

export interface ParsedCitation {
  citation: Citation;
  /** A bare `d. 109 …` or `ch. 2, l. 54` that continues the note's previous archival citation. */
  continuation: boolean;
}

type Shape = 'ibid' | 'op-cit' | 'archival' | 'printed' | 'prose' | 'fragment';

const IBID = /^(?:(?:see|cf\.)\s+)?ibid\b\.?/i;
const FULL_MARKS = new Set(['f', 'op', 'd', 'dd']);
const FIELD_ORDER: (keyof Citation)[] = [
  'kind', 'raw', 'archive', 'archiveName', 'fond', 'fondName', 'opis', 'opisYear', 'opisName', 'delo', 'deloTitle',
  'tom', 'chast', 'folios', 'author', 'title', 'volume', 'published', 'date', 'pages',
];

/** The citation with its fields in a stable order and absent ones dropped (the JSON form). */
export function tidyCitation<T extends Citation>(c: T): T {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (c[key] !== undefined && c[key] !== '') out[key] = c[key];
  for (const [key, value] of Object.entries(c)) if (!(key in out) && value !== undefined && !FIELD_ORDER.includes(key as keyof Citation)) out[key] = value;
  return out as T;
}

function shapeOf(text: string): Shape {
  if (IBID.test(text)) return 'ibid';
  if (/\bop\.\s*cit\b/i.test(text)) return 'op-cit';
  const { first, firstMark } = readLocators(text);
  if (first !== -1 && firstMark && FULL_MARKS.has(firstMark)) return 'archival';
  if (hasImprint(text)) return 'printed';
  if (first !== -1) return 'archival';
  return isProse(text) ? 'prose' : 'fragment';
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
function mergePieces(text: string, segments: Segment[]): Piece[] {
  const pieces: Piece[] = segments.map(s => ({ start: s.start, end: s.end, shape: shapeOf(s.text) }));
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i];
    while (piece.shape === 'fragment' && i + 1 < pieces.length && ['fragment', 'printed'].includes(pieces[i + 1].shape)) {
      i++;
      piece = { start: piece.start, end: pieces[i].end, shape: shapeOf(text.slice(piece.start, pieces[i].end)) };
    }
    const previous = out[out.length - 1];
    if (previous && piece.shape === 'archival' && continuesFileTitle(text, previous, piece)) {
      out[out.length - 1] = { start: previous.start, end: piece.end, shape: 'archival' };
      continue;
    }
    out.push(piece);
  }
  return out;
}

function continuesFileTitle(text: string, previous: Piece, piece: Piece): boolean {
  if (previous.shape !== 'archival') return false;
  const before = readLocators(text.slice(previous.start, previous.end)).fields;
  if (!before.delo || before.folios || before.tom || before.chast) return false;
  const own = text.slice(piece.start, piece.end);
  const { first, firstMark } = readLocators(own);
  return first > 0 && !!firstMark && !FULL_MARKS.has(firstMark) && !isProse(own.slice(0, first));
}

function parseIbid(raw: string): Citation {
  const rest = raw.replace(IBID, '');
  const { fields, first } = readLocators(rest);
  return { kind: 'ibid', raw, ...fields, pages: first === -1 ? readPages(rest) : undefined };
}

export function parseNote(text: string, emphasis: readonly MarkupSpan[] = [], options: ArchivalOptions = {}): ParsedCitation[] {
  const parsed: ParsedCitation[] = [];
  for (const piece of mergePieces(text, splitNote(text, emphasis))) {
    const raw = text.slice(piece.start, piece.end);
    let reading: ParsedCitation | undefined;
    if (piece.shape === 'ibid') reading = { citation: parseIbid(raw), continuation: false };
    else if (piece.shape === 'op-cit') reading = { citation: parseOpCit(raw) ?? { kind: 'other', raw }, continuation: false };
    else if (piece.shape === 'archival') reading = parseArchival(raw, options);
    else if (piece.shape === 'printed') reading = { citation: parsePrinted(raw) ?? { kind: 'other', raw }, continuation: false };
    else if (piece.shape === 'fragment') reading = { citation: { kind: 'other', raw }, continuation: false };
    if (reading) parsed.push({ citation: tidyCitation(reading.citation), continuation: reading.continuation });
  }
  return parsed;
}
