// The text a reader sees in the rendered article, as one string with the source offset of each of its units:
// headings and paragraphs in document order, then the notes in the order the preview numbers them (by first
// reference), without note references or the notes' links back, every run of white space one space and one
// space between blocks. The preview's script reads the same text from the page (src/webview/readingText.ts), so a
// passage is described alike on both sides; what the index does not hold (code blocks, tables, raw HTML) only
// shifts positions, which anchoring on the quote and its context absorbs.
import type { OffsetRange } from '../anchoring';
import type { DocumentIndex } from '../document';
import { alignPlainToSource } from '../text/plainAlignment';
import { firstAtOrAfter } from '../text/sortedSearch';

export interface ReadingBlock {
  /** Span in the reading text. */
  start: number;
  end: number;
  /** Span in the source. */
  sourceStart: number;
  sourceEnd: number;
}

export interface ReadingText {
  text: string;
  /** Source offset of each unit of `text`; ascending within each block. */
  source: Int32Array;
  /** The blocks in reading order. */
  blocks: readonly ReadingBlock[];
}

/** The white space the page's script collapses too (JavaScript's `\s`). */
export const READING_SPACE = /\s/;

interface Block {
  plain: string;
  sourceStart: number;
  sourceEnd: number;
}

export function readingText(index: DocumentIndex): ReadingText {
  const { text, lines } = index;
  const body: Block[] = [
    ...index.sections.map(s => ({ plain: s.title, sourceStart: s.start, sourceEnd: lines.offsetAt(s.headingRange.end) })),
    ...index.paragraphs.map(p => ({ plain: p.text, sourceStart: p.start, sourceEnd: p.end })),
  ].sort((a, b) => a.sourceStart - b.sourceStart);
  // A note's text starts after its `[^label]:` marker, which its first digits must not be matched in.
  const notes: Block[] = notesInPreviewOrder(index).map(d => ({ plain: d.text, sourceStart: Math.min(d.end, lines.offsetAt(d.labelRange.end) + 1), sourceEnd: d.end }));

  let out = '';
  const source: number[] = [];
  const blocks: ReadingBlock[] = [];
  for (const block of [...body, ...notes]) {
    const aligned = alignPlainToSource(text.slice(block.sourceStart, block.sourceEnd), block.plain);
    let piece = '';
    const at: number[] = [];
    let space = true;
    for (let i = 0; i < block.plain.length; i++) {
      const ch = block.plain[i];
      const isSpace = READING_SPACE.test(ch);
      if (isSpace && space) continue;
      piece += isSpace ? ' ' : ch;
      at.push(block.sourceStart + aligned[i]);
      space = isSpace;
    }
    if (space && piece) {
      piece = piece.slice(0, -1);
      at.pop();
    }
    if (!piece) continue;
    if (out) {
      out += ' ';
      source.push(at[0]);
    }
    blocks.push({ start: out.length, end: out.length + piece.length, sourceStart: block.sourceStart, sourceEnd: block.sourceEnd });
    out += piece;
    for (const offset of at) source.push(offset);
  }
  return { text: out, source: Int32Array.from(source), blocks };
}

/** The notes the preview lists: those referenced, in the order of their first reference (markdown-it-footnote). */
function notesInPreviewOrder(index: DocumentIndex) {
  const seen = new Set<string>();
  const notes = [];
  for (const ref of index.references) {
    if (!ref.defined || seen.has(ref.identifier)) continue;
    seen.add(ref.identifier);
    const definition = index.definition(ref.identifier);
    if (definition) notes.push(definition);
  }
  return notes;
}

/** The span of the reading text that shows source[start, end), or undefined when none of it is shown. */
export function readingRange(reading: ReadingText, start: number, end: number): OffsetRange | undefined {
  let from = Infinity;
  let to = -1;
  for (const b of reading.blocks) {
    if (b.sourceEnd <= start || b.sourceStart >= end) continue;
    const first = firstAtOrAfter(reading.source, start, b.start, b.end);
    const last = firstAtOrAfter(reading.source, end, b.start, b.end);
    if (first >= last) continue;
    from = Math.min(from, first);
    to = Math.max(to, last);
  }
  while (to > from && reading.text[from] === ' ') from++;
  while (to > from && reading.text[to - 1] === ' ') to--;
  return to > from ? { start: from, end: to } : undefined;
}

/** The source span that text[start, end) of the reading text shows. */
export function sourceRange(reading: ReadingText, start: number, end: number): OffsetRange {
  const from = reading.source[start];
  const to = reading.source[Math.max(start, end - 1)] + 1;
  return { start: from, end: Math.max(from + 1, to) };
}
