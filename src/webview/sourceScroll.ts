// Scrolling the page by source lines: the blocks the preview's renderer marked with their line (`data-line`),
// measured where they are now, scroll the page to a line or say which line is at its top.
import { landmarks, lineAtOffset, offsetOfLine, type LineBlock } from '../core/preview/sourceLines';

function measured(root: HTMLElement): LineBlock[] {
  const blocks: LineBlock[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-line]')) {
    const box = element.getBoundingClientRect();
    if (box.height === 0 && box.width === 0) continue; // not shown
    blocks.push({ line: Number(element.dataset.line), top: box.top + window.scrollY, height: box.height });
  }
  return landmarks(blocks);
}

// A page not laid out (hidden) has no landmarks: it neither scrolls nor tells a line.

/** Scrolls the page so that source line `line` is at its top. */
export function scrollToLine(root: HTMLElement, line: number): void {
  const marks = measured(root);
  if (marks.length) window.scrollTo(window.scrollX, offsetOfLine(marks, line));
}

/** The source line (fractional) at the top of the page. */
export function lineAtTop(root: HTMLElement): number | undefined {
  const marks = measured(root);
  return marks.length ? lineAtOffset(marks, window.scrollY) : undefined;
}
