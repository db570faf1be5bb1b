// What the document index holds. Ranges are in editor terms (see ../text/range); offsets are UTF-16 indexes
// into the indexed text, kept so lookups by position can binary-search.
import type { Range } from '../text/range';

export interface Section {
  /** Heading text without the `#` marks or inline markup. */
  title: string;
  level: number;
  headingRange: Range;
  /** From the heading to just before the next heading of the same or a higher level. */
  range: Range;
  start: number;
  end: number;
}

export interface Paragraph {
  range: Range;
  start: number;
  end: number;
  /** Plain text, inline markup removed. */
  text: string;
  /** Labels (normalised identifiers) of the footnote references inside, in order. */
  footnotes: string[];
}

export interface FootnoteReference {
  /** The label as written, e.g. `28` for `[^28]`. */
  label: string;
  /** Case-folded label: GFM matches references to definitions case-insensitively. */
  identifier: string;
  /** Range of the whole `[^label]`. */
  range: Range;
  start: number;
  end: number;
  /** False for `[^x]` with no definition anywhere (Markdown renders it as plain text). */
  defined: boolean;
}

/** A span of the note's plain text that sits inside emphasis or strong markup (usually a title). */
export interface MarkupSpan {
  start: number;
  end: number;
}

export interface FootnoteDefinition {
  label: string;
  identifier: string;
  /** The whole definition, every paragraph of it. */
  range: Range;
  start: number;
  end: number;
  /** Range of the `[^label]` marker opening the definition. */
  labelRange: Range;
  /** Plain text; paragraphs separated by a blank line, wrapped lines joined by a space. */
  text: string;
  emphasis: MarkupSpan[];
  /** The note as Markdown that is safe to render: text escaped, emphasis kept, links shown as text. */
  markdown: string;
}

/** A paragraph or note too long to parse whole, parsed in pieces cut at words (see ./longBlocks). */
export interface LongBlock {
  kind: 'paragraph' | 'note';
  range: Range;
  start: number;
  end: number;
}
