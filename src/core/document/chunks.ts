// Splits a Markdown text into pieces that parse the same alone as in the whole, so a large file is parsed
// piece by piece (the async build yields between pieces) and parsing cost stays linear in the file size.
// A piece starts at a non-indented line after a blank line, outside fenced code and HTML comments: there no
// list item, footnote definition or block quote can still be open. Nor does it start at a `---` rule, which the
// parser would take for the opening of front matter at the top of a piece.
import type { Root } from 'mdast';
import { parseMarkdown } from './markdownParser';

export interface Chunk {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_MATTER_FENCE = /^-{3}\s*$/;

/** Case-folds a footnote label the way GFM matches references to definitions. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

export function planChunks(text: string, target = 48 * 1024): Chunk[] {
  if (text.length <= target) return [{ start: 0, end: text.length }];
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let fence: string | undefined;
  let inComment = false;
  let previousBlank = false;
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    const safe = !fence && !inComment && previousBlank && !blank && !/^\s/.test(line) && !FRONT_MATTER_FENCE.test(line);
    if (safe && lineStart - chunkStart >= target) {
      chunks.push({ start: chunkStart, end: lineStart });
      chunkStart = lineStart;
    }
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (marker) {
      fence = marker;
    } else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) {
      inComment = true;
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

const DEFINITION = /^ {0,3}\[\^([^\]\r\n]+)\]:/gm;
const REFERENCE = /\[\^([^\]\s]+)\]/g;

/** Labels of every footnote definition in the text, case-folded. */
export function definedLabels(text: string): Set<string> {
  const labels = new Set<string>();
  for (const m of text.matchAll(DEFINITION)) labels.add(normalizeLabel(m[1]));
  return labels;
}

/**
 * Stub definitions to append after a piece so that its references to notes defined in other pieces parse as
 * references. Everything the parser makes of the stubs lies past the piece's end and is dropped.
 */
export function stubDefinitions(piece: string, defined: Set<string>): string {
  const wanted = new Set<string>();
  for (const m of piece.matchAll(REFERENCE)) if (defined.has(normalizeLabel(m[1]))) wanted.add(m[1]);
  if (wanted.size === 0) return '';
  return '\n\n' + [...wanted].map(label => `[^${label}]: .`).join('\n\n') + '\n';
}

/** The syntax tree of one piece, offsets relative to its start; nodes at or past `length` come from the stubs. */
export function parseChunk(text: string, chunk: Chunk, defined: Set<string>): { tree: Root; length: number } {
  const piece = text.slice(chunk.start, chunk.end);
  return { tree: parseMarkdown(piece + stubDefinitions(piece, defined)), length: piece.length };
}

/** What is built from a text piece by piece: the pieces in order, then the result. */
export interface ChunkConsumer<T> {
  addChunk(chunk: Chunk): void;
  finish(): T;
}

/** `pieceSize` (characters) is for tests: pieces are planned at about this size. */
export function consumeChunks<T>(text: string, consumer: ChunkConsumer<T>, pieceSize?: number): T {
  for (const chunk of planChunks(text, pieceSize)) consumer.addChunk(chunk);
  return consumer.finish();
}

/**
 * Same result as consumeChunks, yielding to the event loop before each piece. Undefined when `cancelled()` turns
 * true (a newer version of the document arrived), so stale work stops early.
 */
export function consumeChunksAsync<T>(text: string, consumer: ChunkConsumer<T>, cancelled?: undefined, pieceSize?: number): Promise<T>;
export function consumeChunksAsync<T>(text: string, consumer: ChunkConsumer<T>, cancelled?: () => boolean, pieceSize?: number): Promise<T | undefined>;
export async function consumeChunksAsync<T>(
  text: string,
  consumer: ChunkConsumer<T>,
  cancelled: () => boolean = () => false,
  pieceSize?: number,
): Promise<T | undefined> {
  for (const chunk of planChunks(text, pieceSize)) {
    await new Promise<void>(resolve => setImmediate(resolve));
    if (cancelled()) return undefined;
    consumer.addChunk(chunk);
  }
  return consumer.finish();
}
