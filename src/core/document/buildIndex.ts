// Builds a DocumentIndex with unified + remark-parse + remark-gfm. Large texts are parsed piece by piece
// (see ./chunks); the async build yields to the event loop between pieces so an editor stays responsive.
import { toString } from 'mdast-util-to-string';
import type { Nodes, FootnoteDefinition as MdFootnoteDefinition } from 'mdast';
import { LineIndex } from '../text/range';
import { consumeChunks, consumeChunksAsync, definedLabels, normalizeLabel, parseChunk, type Chunk, type ChunkConsumer } from './chunks';
import { DocumentIndex } from './documentIndex';
import { noteContent } from './noteContent';
import type { FootnoteDefinition, FootnoteReference, Paragraph, Section } from './types';

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
  private base = 0;
  private limit = 0;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
    this.defined = definedLabels(text);
  }

  addChunk(chunk: Chunk): void {
    const { tree, length } = parseChunk(this.text, chunk, this.defined);
    this.base = chunk.start;
    this.limit = length;
    for (const node of tree.children) this.walk(node, false);
  }

  private span(node: Nodes): { start: number; end: number } | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || start >= this.limit) return undefined;
    return { start: this.base + start, end: this.base + Math.min(end, this.limit) };
  }

  private walk(node: Nodes, inDefinition: boolean): void {
    const at = this.span(node);
    if (!at) return;
    switch (node.type) {
      case 'heading':
        this.headings.push({ title: toString(node), level: node.depth, ...at });
        break;
      case 'paragraph':
        if (!inDefinition) this.paragraphs.push({ range: this.lines.rangeOf(at.start, at.end), text: toString(node), ...at });
        break;
      case 'footnoteDefinition':
        this.definitions.push(this.definition(node, at));
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
    const sections: Section[] = this.headings.map((h, i) => {
      const next = this.headings.slice(i + 1).find(o => o.level <= h.level);
      const end = next ? next.start : this.text.length;
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
    return new DocumentIndex(this.text, this.lines, sections, paragraphs, this.references, this.definitions);
  }
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
