// Turns a footnote definition's Markdown tree into plain text (for the citation parser) and into Markdown that
// is safe to render (for hovers). Emphasis is kept in both: as spans over the plain text, because italics
// mark titles that the citation splitter must not cut, and as `*…*` in the safe Markdown.
import type { FootnoteDefinition, Nodes } from 'mdast';
import { escapeMarkdown } from './escapeMarkdown';
import { isHtmlComment } from './plainText';
import type { MarkupSpan } from './types';

export interface NoteContent {
  text: string;
  emphasis: MarkupSpan[];
  markdown: string;
}

/**
 * Line breaks with the spaces around them become one space. Split and trimmed rather than matched with
 * `[ \t]*\n[ \t]*`, which rescans a long run of spaces from each of them.
 */
function flattenLines(value: string): string {
  const lines = value.split(/\r\n?|\n/);
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  return lines
    .map((line, i) => {
      let start = 0;
      let end = line.length;
      if (i > 0) while (start < end && blank(line[start])) start++;
      if (i < lines.length - 1) while (end > start && blank(line[end - 1])) end--;
      return line.slice(start, end);
    })
    .join(' ');
}

const WRAPS: Record<string, string> = { emphasis: '*', strong: '**', delete: '~~' };

class ContentWriter {
  text = '';
  /** The safe Markdown in parts: emphasis rewrites only its own parts, not everything written before it. */
  readonly markdown: string[] = [];
  readonly emphasis: MarkupSpan[] = [];

  private afterComment = false;

  literal(value: string): void {
    let flat = flattenLines(value.replace(/\u00a0/g, ' '));
    if (this.afterComment && flat.startsWith(' ') && /\s/.test(this.text.at(-1) ?? '')) flat = flat.slice(1);
    this.afterComment = false;
    this.text += flat;
    this.markdown.push(escapeMarkdown(flat));
  }

  inline(node: Nodes): void {
    const wrap = WRAPS[node.type];
    if (wrap && 'children' in node) {
      this.wrapped(node.children, wrap);
    } else if (node.type === 'footnoteReference') {
      this.literal(`[^${node.label ?? node.identifier}]`);
    } else if (node.type === 'image') {
      this.literal(node.alt ?? '');
    } else if (node.type === 'break') {
      this.literal(' ');
    } else if (isHtmlComment(node)) {
      // an HTML comment (an importer's `<!-- p. 21 -->`) renders as nothing: no part of the note, nor the space
      // after it when one stood before it
      this.afterComment = true;
    } else if ('children' in node) {
      for (const child of node.children) this.inline(child);
    } else if ('value' in node) {
      this.literal(node.value);
    }
  }

  /** Emphasis around escaped content; surrounding spaces stay outside the markers so they still render. */
  private wrapped(children: Nodes[], wrap: string): void {
    const textStart = this.text.length;
    const markdownStart = this.markdown.length;
    for (const child of children) this.inline(child);
    this.emphasis.push({ start: textStart, end: this.text.length });
    const inner = this.markdown.splice(markdownStart).join('');
    const core = inner.trim();
    if (!core) {
      this.markdown.push(inner);
      return;
    }
    const lead = inner.slice(0, inner.indexOf(core));
    const trail = inner.slice(lead.length + core.length);
    this.markdown.push(lead + wrap + core + wrap + trail);
  }

  block(node: Nodes): void {
    if (this.text) {
      this.text += '\n\n';
      this.markdown.push('\n\n');
    }
    if (node.type === 'list' || node.type === 'blockquote') {
      node.children.forEach((child, i) => {
        if (i > 0) this.literal(' ');
        this.inline(child);
      });
    } else {
      this.inline(node);
    }
  }
}

export function noteContent(definition: FootnoteDefinition): NoteContent {
  const writer = new ContentWriter();
  for (const child of definition.children) writer.block(child);
  return { text: writer.text, emphasis: writer.emphasis, markdown: writer.markdown.join('') };
}
