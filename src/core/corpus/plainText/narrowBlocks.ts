// pdftotext without -layout keeps no positions, but writes each column's text in blocks of its own (parted by
// empty lines). On a page set in columns of unequal widths, a block of the narrower column is set to a measure
// of its own: its lines, far shorter than the page's full lines, are neither headings nor paragraph ends for that.
import { largest } from './manyItems';
import { textWidth } from '../glyphWidth';
import { splitBlocks } from './blockOrder';
import type { Page } from './pages';

/** A block whose widest line falls below this share of the text's measure is set in a narrower column. */
const NARROW = 0.85;
/** A block of fewer lines does not show its measure (a heading, a paragraph's last lines). */
const MIN_LINES = 3;
/** Lines wider than this share of the measure hold two printed lines pdftotext joined at a hyphen. */
const OVERFULL = 1.3;

/** Marks the lines of each narrow block with a column of their own (1), all others with the main one (0). */
export function markNarrowBlocks(pages: Page[]): void {
  const widths = pages.flatMap(page => page.lines.filter(l => l.text !== '').map(l => textWidth(l.text))).sort((a, b) => a - b);
  const measure = widths[Math.floor(widths.length * 0.9)] ?? 0;
  for (const page of pages) {
    for (const block of splitBlocks(page.lines)) {
      const full = block.map(l => textWidth(l.text)).filter(w => w <= measure * OVERFULL);
      const narrow = full.length >= MIN_LINES && largest(full) < measure * NARROW;
      for (const line of block) line.column = narrow ? 1 : 0;
    }
  }
}
