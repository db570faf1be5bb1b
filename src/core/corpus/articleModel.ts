// What the importer reads out of the raw extraction before deciding paragraphs and writing Markdown.

/** How a piece attaches to the one before it in its block. */
export type Glue =
  /** Same printed line, after a change of font: no space unless the font change fell at a line end. */
  | 'frame'
  /** The next printed line. */
  | 'line';

export type Atom =
  | { kind: 'text'; text: string; italic: boolean; glue: Glue }
  | { kind: 'ref'; n: number; glue: Glue };

export type Block =
  /** Body text: one or more paragraphs, split later where a printed line is visibly short. */
  | { kind: 'flow'; atoms: Atom[] }
  | { kind: 'quote'; atoms: Atom[] }
  | { kind: 'heading'; text: string }
  | { kind: 'break' };

export interface Note {
  n: number;
  atoms: Atom[];
}

export interface RawArticle {
  /** The capitals of the title block: the author's line first, then the title's lines. */
  titleLines: string[];
  blocks: Block[];
  /** Note texts in the order found, each complete (continuations already attached). */
  notes: Note[];
  /** Reference numbers in the order they occur in the body. */
  refs: number[];
}
