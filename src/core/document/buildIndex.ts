// Builds a DocumentIndex with unified + remark-parse + remark-gfm. Large texts are parsed piece by piece
// (see ./chunks); the async build yields to the event loop between pieces so an editor stays responsive.
import type { Nodes, FootnoteDefinition as MdFootnoteDefinition, Paragraph as MdParagraph } from 'mdast';
import { LineIndex } from '../text/range';
import { consumeChunks, consumeChunksAsync, definedLabels, normalizeLabel, parseChunk, type Chunk, type ChunkConsumer } from './chunks';
import { DocumentIndex } from './documentIndex';
import { noteContent } from './noteContent';
import { plainText } from './plainText';
import type { FootnoteDefinition, FootnoteReference, LongBlock, Paragraph, Section } from './types';

/** `[^label]` left as text: GFM only makes a reference of it when the label is defined. */
const UNDEFINED_REFERENCE = /\[\^([^\]\s]+)\]/g;

interface Heading {
  title: string;
  level: number;
  start: number;
  end: number;
}

class IndexBuilder implements ChunkConsumer<DocumentIndex> {
  private readonly lines: LineIndex;
  private readonly defined: Set<string>;
  private readonly headings: Heading[] = [];
  private readonly paragraphs: Omit<Paragraph, 'footnotes'>[] = [];
  private readonly references: FootnoteReference[] = [];
  private readonly definitions: FootnoteDefinition[] = [];
  private readonly longBlocks: Omit<LongBlock, 'range'>[] = [];
  /** Text offset of tree offset 0 in the piece being walked, and the tree offsets that are the piece's own. */
  private base = 0;
  private from = 0;
  private limit = 0;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
    this.defined = definedLabels(text);
  }

  addChunk(chunk: Chunk): void {
    const { tree, from, to } = parseChunk(this.text, chunk, this.defined);
    this.base = chunk.start - from;
    this.from = from;
    this.limit = to;
    tree.children.forEach((node, i) => this.walk(node, false, i === 0 ? chunk.continues : undefined));
  }

  private span(node: Nodes): { start: number; end: number } | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // past the piece (the stubs), or wholly before it (a cut table's header, parsed again with each piece)
    if (start === undefined || end === undefined || start >= this.limit || (start < this.from && end <= this.from)) return undefined;
    return { start: this.base + Math.max(start, this.from), end: this.base + Math.min(end, this.limit) };
  }

  /** `continues`: the node is the rest of the last paragraph or note, cut off by an over-long block's piece. */
  private walk(node: Nodes, inDefinition: boolean, continues?: Chunk['continues']): void {
    const at = this.span(node);
    if (!at) return;
    switch (node.type) {
      case 'heading':
        this.headings.push({ title: plainText(node).trim(), level: node.depth, ...at });
        break;
      case 'paragraph':
        if (continues?.kind === 'paragraph') this.continueParagraph(node, at);
        else if (!inDefinition) this.paragraphs.push({ range: this.lines.rangeOf(at.start, at.end), text: plainText(node), ...at });
        break;
      case 'footnoteDefinition':
        if (continues?.kind === 'note') this.continueDefinition(node, at);
        else this.definitions.push(this.definition(node, at));
        break;
      case 'footnoteReference':
        this.references.push({
          label: node.label ?? node.identifier,
          identifier: normalizeLabel(node.identifier),
          range: this.lines.rangeOf(at.start, at.end),
          defined: true,
          ...at,
        });
        return;
      case 'text':
        this.undefinedReferences(node.value, at.start);
        return;
    }
    if ('children' in node) for (const child of node.children) this.walk(child, inDefinition || node.type === 'footnoteDefinition');
  }

  /** What stood between two pieces of a block: the cut is after a space or line break, or before a reference. */
  private joiner(at: number, lineBreak: string): string {
    const before = this.text[at - 1];
    return before === '\n' || before === '\r' ? lineBreak : /\s/.test(before ?? '') ? ' ' : '';
  }

  private continueParagraph(node: MdParagraph, at: { start: number; end: number }): void {
    const last = this.paragraphs[this.paragraphs.length - 1];
    if (!last) return;
    last.text += this.joiner(at.start, '\n') + plainText(node);
    last.end = at.end;
    last.range = this.lines.rangeOf(last.start, last.end);
    this.markLong('paragraph', last);
  }

  private continueDefinition(node: MdFootnoteDefinition, at: { start: number; end: number }): void {
    const last = this.definitions[this.definitions.length - 1];
    if (!last) return;
    const more = noteContent(node);
    const join = this.joiner(at.start, ' ');
    const shift = last.text.length + join.length;
    last.emphasis.push(...more.emphasis.map(e => ({ start: e.start + shift, end: e.end + shift })));
    last.text += join + more.text;
    last.markdown += join + more.markdown;
    last.end = at.end;
    last.range = this.lines.rangeOf(last.start, last.end);
    this.markLong('note', last);
  }

  private markLong(kind: LongBlock['kind'], block: { start: number; end: number }): void {
    const last = this.longBlocks[this.longBlocks.length - 1];
    if (last?.start === block.start) last.end = block.end;
    else this.longBlocks.push({ kind, start: block.start, end: block.end });
  }

  private definition(node: MdFootnoteDefinition, at: { start: number; end: number }): FootnoteDefinition {
    const close = this.text.indexOf(']:', at.start);
    const labelEnd = close === -1 || close > at.end ? at.start : close + 1;
    return {
      label: node.label ?? node.identifier,
      identifier: normalizeLabel(node.identifier),
      range: this.lines.rangeOf(at.start, at.end),
      labelRange: this.lines.rangeOf(at.start, labelEnd),
      ...noteContent(node),
      ...at,
    };
  }

  /** Text nodes map 1:1 to the source unless they hold escapes or entities; only exact matches are kept. */
  private undefinedReferences(value: string, start: number): void {
    if (!value.includes('[^')) return;
    for (const m of value.matchAll(UNDEFINED_REFERENCE)) {
      const guess = this.text.indexOf(m[0], start + (m.index ?? 0));
      if (guess === -1) continue;
      this.references.push({
        label: m[1],
        identifier: normalizeLabel(m[1]),
        range: this.lines.rangeOf(guess, guess + m[0].length),
        start: guess,
        end: guess + m[0].length,
        defined: false,
      });
    }
  }

  finish(): DocumentIndex {
    const ends = sectionEnds(this.headings, this.text.length);
    const sections: Section[] = this.headings.map((h, i) => {
      const end = ends[i];
      return {
        title: h.title,
        level: h.level,
        headingRange: this.lines.rangeOf(h.start, h.end),
        range: this.lines.rangeOf(h.start, end),
        start: h.start,
        end,
      };
    });
    this.references.sort((a, b) => a.start - b.start);
    let r = 0;
    const paragraphs: Paragraph[] = this.paragraphs.map(p => {
      while (r < this.references.length && this.references[r].start < p.start) r++;
      const footnotes: string[] = [];
      for (let i = r; i < this.references.length && this.references[i].start < p.end; i++) footnotes.push(this.references[i].identifier);
      return { ...p, footnotes };
    });
    const longBlocks = this.longBlocks.map(b => ({ ...b, range: this.lines.rangeOf(b.start, b.end) }));
    return new DocumentIndex(this.text, this.lines, sections, paragraphs, this.references, this.definitions, longBlocks);
  }
}

/** Where each heading's section ends: at the next heading of the same or a higher level (one pass, a stack). */
function sectionEnds(headings: readonly Heading[], textEnd: number): number[] {
  const ends = headings.map(() => textEnd);
  const open: number[] = [];
  headings.forEach((h, i) => {
    while (open.length && headings[open[open.length - 1]].level >= h.level) ends[open.pop() as number] = h.start;
    open.push(i);
  });
  return ends;
}

/** `pieceSize` (characters) is for tests: pieces are planned at about this size. */
export function buildDocumentIndex(text: string, pieceSize?: number): DocumentIndex {
  return consumeChunks(text, new IndexBuilder(text), pieceSize);
}

/** Same result as buildDocumentIndex without blocking the event loop; undefined once `cancelled()` holds. */
export function buildDocumentIndexAsync(text: string): Promise<DocumentIndex>;
export function buildDocumentIndexAsync(text: string, cancelled: () => boolean): Promise<DocumentIndex | undefined>;
export function buildDocumentIndexAsync(text: string, cancelled?: () => boolean): Promise<DocumentIndex | undefined> {
  return consumeChunksAsync(text, new IndexBuilder(text), cancelled);
}
