// Splits a Markdown text into pieces that parse the same alone as in the whole, so a large file is parsed
// piece by piece (the async build yields between pieces) and parsing cost stays linear in the file size.
// A piece starts at a non-indented line after a blank line, outside fenced code and HTML comments: there no
// list item, footnote definition or block quote can still be open. Nor does it start at a `---` rule, which the
// parser would take for the opening of front matter at the top of a piece.
import type { Root } from 'mdast';
import { BLOCK_PIECE, countMarks, cuttableKind, interruptsParagraph, LONG_BLOCK, MARK_LIMIT, nextCut } from './longBlocks';
import { parseMarkdown } from './markdownParser';
import { isTableRow, opensTable } from './longTables';
import { CodeAndComments } from './codeAndComments';
import { maskMarks, readAsMarks, unmaskMarks } from './wordlessPieces';
import { turn } from '../text/eventLoop';

export interface Chunk {
  start: number;
  end: number;
  /**
   * Set when the piece starts inside an over-long paragraph or note cut at a word (see ./longBlocks), or at a row
   * of a long table, whose header and delimiter rows end at `headEnd` (see ./longTables).
   */
  continues?: { kind: 'paragraph' | 'note'; blockStart: number } | { kind: 'table'; blockStart: number; headEnd: number };
  /** Set when such a piece holds marks alone and is read as plain text (see ./wordlessPieces). */
  wordless?: true;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** How far a piece of marks alone (see ./wordlessPieces) runs on before it is cut. */
const WORDLESS_PIECE = 8 * BLOCK_PIECE;
const FRONT_MATTER_FENCE = /^-{3}\s*$/;
/** A footnote definition interrupts any block but HTML, so a piece may start at one without a blank line. */
const DEFINITION_LINE = /^ {0,3}\[\^[^\]\r\n]+\]:/;

/** Case-folds a footnote label the way GFM matches references to definitions. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

/** A run of lines between blank lines (or definitions) that may be cut if it grows over-long. */
interface Block {
  start: number;
  kind: 'paragraph' | 'note' | undefined;
  /** Marks seen so far (see countMarks): a block dense in them is cut like a long one. */
  marks: number;
}

export function planChunks(text: string, target = 48 * 1024): Chunk[] {
  return [...plannedChunks(text, target)];
}

/** The pieces of planChunks one after the other, planned as they are taken (the host plans between its turns too). */
export function* plannedChunks(text: string, target = 48 * 1024): Generator<Chunk, void, undefined> {
  if (text.length <= Math.min(target, LONG_BLOCK) && countMarks(text) <= MARK_LIMIT) {
    yield { start: 0, end: text.length };
    return;
  }
  let chunk: Chunk = { start: 0, end: 0 };
  const code = new CodeAndComments();
  let inHtml = false;
  let previousBlank = true;
  let block: Block | undefined;
  /** The table being read, while its rows are written with a leading pipe (see ./longTables). */
  let table: { blockStart: number; headEnd: number } | undefined;
  let previousLine = { start: 0, text: '' };
  let lineStart = 0;
  const breaks = /\r\n?|\n/g;
  while (lineStart < text.length) {
    breaks.lastIndex = lineStart;
    const lineBreak = breaks.exec(text);
    const lineEnd = lineBreak ? lineBreak.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    const open = code.open;
    const definition = open && !inHtml && DEFINITION_LINE.test(line);
    const blockStart = open && previousBlank && !blank && !/^\s/.test(line) && !FRONT_MATTER_FENCE.test(line);
    if (table && !isTableRow(line)) table = undefined;
    if ((blockStart || definition || table) && lineStart - chunk.start >= target) {
      yield { ...chunk, end: lineStart };
      chunk = { start: lineStart, end: 0, ...(table && !blockStart && !definition && { continues: { kind: 'table' as const, ...table } }) };
    }
    const lineAfter = lineBreak ? lineEnd + lineBreak[0].length : text.length;
    if (open && !inHtml && block?.start === previousLine.start && opensTable(previousLine.text, line)) table = { blockStart: block.start, headEnd: lineAfter };
    if (blank || !open) block = undefined;
    else if (definition || (previousBlank && !block)) block = { start: lineStart, kind: cuttableKind(line), marks: 0 };
    else if (block && interruptsParagraph(block.kind === 'note' ? line.replace(/^ {1,4}/, '') : line)) block.kind = undefined;
    const long = block?.kind !== undefined && lineEnd - block.start > LONG_BLOCK;
    // marks are counted only while the block is short: a long one is cut anyway
    if (block?.kind && !long) block.marks += countMarks(line);
    if (block?.kind && (long || block.marks > MARK_LIMIT)) {
      // Searched from this line on: the lines before it had no place to cut.
      for (let at = nextCut(text, chunk.start, Math.max(chunk.start + BLOCK_PIECE, block.start + BLOCK_PIECE, lineStart), lineEnd); at !== undefined; ) {
        const wordless = chunk.continues !== undefined && readAsMarks(text.slice(chunk.start, at));
        // a piece of marks alone is read as plain text at a fraction of the parser's cost: it runs on over more cuts
        for (let further = at; wordless && at - chunk.start < WORDLESS_PIECE; at = further) {
          further = nextCut(text, at, at + BLOCK_PIECE, lineEnd) ?? at;
          if (further === at || !readAsMarks(text.slice(chunk.start, further))) break;
        }
        yield { ...chunk, end: at, ...(wordless && { wordless: true as const }) };
        chunk = { start: at, end: 0, continues: { kind: block.kind, blockStart: block.start } };
        at = nextCut(text, at, at + BLOCK_PIECE, lineEnd);
      }
    }
    // other HTML (a comment closed on its line too) opens a block that runs to the next blank line
    if (open && !FENCE.test(line) && /^ {0,3}</.test(line) && !(/^ {0,3}<!--/.test(line) && !line.includes('-->'))) inHtml = true;
    code.advance(line);
    if (blank) inHtml = false;
    previousBlank = blank;
    previousLine = { start: lineStart, text: line };
    lineStart = lineAfter;
  }
  yield { ...chunk, end: text.length };
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

/** What a piece continuing a note is parsed after, so that its text is read as the note's. */
const NOTE_CONTINUED = '[^continued]: ';

export interface ParsedChunk {
  tree: Root;
  /** Tree offset of the piece's first character (a continued note is parsed after a definition marker). */
  from: number;
  /** Tree offset just past the piece: nodes from there on come from the stubs. */
  to: number;
}

/** The syntax tree of one piece; tree offset `o` is text offset `chunk.start + o - from`. */
export function parseChunk(text: string, chunk: Chunk, defined: Set<string>): ParsedChunk {
  const piece = text.slice(chunk.start, chunk.end);
  const prefix = chunk.continues?.kind === 'note' ? NOTE_CONTINUED : chunk.continues?.kind === 'table' ? text.slice(chunk.continues.blockStart, chunk.continues.headEnd) : '';
  if (!chunk.wordless) return { tree: parseMarkdown(prefix + piece + stubDefinitions(prefix + piece, defined)), from: prefix.length, to: prefix.length + piece.length };
  const tree = parseMarkdown(prefix + maskMarks(piece));
  unmaskMarks(tree, prefix + piece);
  return { tree, from: prefix.length, to: prefix.length + piece.length };
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
 * What is parsed between two turns of the event loop is measured in time, not characters: the cost of a character
 * varies tenfold (dense footnote references and definitions cost several times plain prose, and the first pieces
 * the host parses run before the parser's code is optimised, two to four times slower). The text is planned in
 * small pieces, and consecutive pieces that start at a block are parsed together (as a larger plan would cut them)
 * up to the characters the last group's pace gives for TURN_MS (at most half as much again as the last group: the
 * next pieces may be denser, and a host under load runs at a fraction of the pace measured). The plan itself is
 * made as the pieces are taken.
 */
const PLAN_PIECE = 1024;
const TURN_MS = 6;
/** The first group, before any pace is known: small enough for code not yet optimised. */
const FIRST_GROUP = 1024;
const MAX_GROUP = 32 * 1024;

/**
 * Same result as consumeChunks, yielding to the event loop before each group of pieces. Undefined when
 * `cancelled()` turns true (a newer version of the document arrived), so stale work stops early. `pieceSize`
 * (tests) plans pieces of about this size and parses each alone.
 */
export function consumeChunksAsync<T>(text: string, consumer: ChunkConsumer<T>, cancelled?: undefined, pieceSize?: number): Promise<T>;
export function consumeChunksAsync<T>(text: string, consumer: ChunkConsumer<T>, cancelled?: () => boolean, pieceSize?: number): Promise<T | undefined>;
export async function consumeChunksAsync<T>(
  text: string,
  consumer: ChunkConsumer<T>,
  cancelled: () => boolean = () => false,
  pieceSize?: number,
): Promise<T | undefined> {
  const pieces = plannedChunks(text, pieceSize ?? PLAN_PIECE);
  let budget = pieceSize === undefined ? FIRST_GROUP : 0;
  for (let next = pieces.next(); !next.done; ) {
    await turn();
    if (cancelled()) return undefined;
    const started = performance.now();
    const group: Chunk = { ...next.value };
    // a piece that continues a cut block starts a group of its own, as a larger plan would start it; the rows of a
    // table read the same whole or cut
    for (next = pieces.next(); !next.done && next.value.continues?.kind !== 'paragraph' && next.value.continues?.kind !== 'note' && next.value.end - group.start <= budget; next = pieces.next()) group.end = next.value.end;
    consumer.addChunk(group);
    if (pieceSize !== undefined) continue;
    const size = group.end - group.start;
    const pace = size / Math.max(performance.now() - started, 1);
    budget = Math.max(PLAN_PIECE, Math.min(MAX_GROUP, 1.5 * size, pace * TURN_MS));
  }
  return consumer.finish();
}
