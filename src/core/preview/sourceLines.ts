// Source lines in a rendered page: the Markdown preview's renderer marks each block with the first line of its
// source (`data-line`, 0-based). A line between two blocks' lines is placed in proportion between their tops, as
// VS Code's preview does to scroll with the editor, so a page can be scrolled to a line and can say which line is
// at its top.

/** A marked block of the page: its first source line, its top (page offset, px) and its height. */
export interface LineBlock {
  line: number;
  top: number;
  height: number;
}

/**
 * The blocks usable as landmarks, in page order: each with a line and a top beyond those of the blocks kept
 * before it. A block nested in another at the same line (a list item's paragraph), or out of order (notes moved
 * to the end of the page from the middle of the source), would make the mapping go backwards.
 */
export function landmarks(blocks: readonly LineBlock[]): LineBlock[] {
  const kept: LineBlock[] = [];
  for (const block of blocks) {
    if (!Number.isFinite(block.line) || !Number.isFinite(block.top)) continue;
    const last = kept[kept.length - 1];
    if (!last || (block.line > last.line && block.top >= last.top)) kept.push(block);
  }
  return kept;
}

/** Index of the last landmark whose `key` is at most `value`, or -1. */
function lastAtOrBefore(marks: readonly LineBlock[], key: 'line' | 'top', value: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid][key] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The page offset at which source line `line` (fractional within a block) is shown; 0 without landmarks. */
export function offsetOfLine(marks: readonly LineBlock[], line: number): number {
  const i = lastAtOrBefore(marks, 'line', line);
  if (i < 0) return 0;
  const block = marks[i];
  const next = marks[i + 1];
  if (next) return block.top + ((line - block.line) / (next.line - block.line)) * (next.top - block.top);
  return block.top + Math.min(1, line - block.line) * block.height;
}

/** The source line (fractional) shown at page offset `offset`; 0 above the first landmark or without any. */
export function lineAtOffset(marks: readonly LineBlock[], offset: number): number {
  const i = lastAtOrBefore(marks, 'top', offset);
  if (i < 0) return 0;
  const block = marks[i];
  const next = marks[i + 1];
  if (next && next.top > block.top) return block.line + ((offset - block.top) / (next.top - block.top)) * (next.line - block.line);
  if (next) return block.line;
  return block.line + (block.height > 0 ? Math.min(1, (offset - block.top) / block.height) : 0);
}
