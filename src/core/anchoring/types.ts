// What anchoring needs to find a passage again, and what it answers. Offsets are UTF-16 code units of the
// text being searched (JavaScript string indices); callers convert stored code-point offsets at the edge.

/** The quoted passage with the text just before and after it (W3C TextQuoteSelector). */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A quote plus where it was last seen (W3C TextPositionSelector, here in UTF-16 units). */
export interface AnchorTarget extends TextQuote {
  start: number;
  end: number;
}

/** How a passage was found: still at its position, as an exact quote elsewhere, or approximately. */
export type AnchorMethod = 'position' | 'exact' | 'approximate';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number }
  | { status: 'orphaned'; reason: string };

/** One edit of a text: `length` units at `offset` replaced by `text` (as VS Code reports content changes). */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

export interface OffsetRange {
  start: number;
  end: number;
}
