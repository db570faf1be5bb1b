// Reading order on a page set in columns. A gutter is a vertical strip in the middle of the text that almost no
// body-size item crosses while text stands on both sides of it; the page is then read band by band (a band ends
// at a row that spans the gutter, such as a title), each band's left column before its right one.
import type { PdfTextItem } from './textItems';

/** Share of the body's rows that may cross the gutter (a running head, a title set across both columns). */
const CROSSING = 0.1;
/** Each side of a gutter holds at least this many rows (the last page's second column may be short). */
const SIDE_ROWS = 3;
/**
 * A gutter is at least this share of an em wide: LaTeX's default is one em of a 10pt text (`\columnsep` 10pt), and
 * no strip half as wide runs clear down a column of justified lines.
 */
const GUTTER = 0.6;
/** The column beyond a line run into the gutter stands this many body sizes above and below it at most. */
const OVERRUN_GAP = 1.5;

/** The page's items in reading order, as regions each read top to bottom: a column or a spanning band. */
export function readingRegions(items: PdfTextItem[], body: number): PdfTextItem[][] {
  const gutter = findGutter(items, body);
  if (gutter === undefined) return [items];
  const written = items.filter(i => i.text.trim() !== '');
  // A line that runs on into the gutter while the column beyond goes on right above and below it (TeX's overfull
  // line: a long web address) is its own column's, not a row across both.
  const beside = (i: PdfTextItem, j: PdfTextItem) => (i.x < gutter ? j.x >= gutter : j.x + j.width <= gutter) && Math.abs(j.y - i.y) <= OVERRUN_GAP * body;
  const overrun = (i: PdfTextItem) => i.size <= body && written.some(j => j.y > i.y && beside(i, j)) && written.some(j => j.y < i.y && beside(i, j));
  const spans = (i: PdfTextItem) => i.x < gutter && i.x + i.width > gutter && i.text.trim() !== '' && !overrun(i);
  const spanning = items.filter(spans);
  // Each spanning row closes a band; bands run from the top of the page down.
  const cuts = [...new Set(spanning.map(i => i.y))].sort((a, b) => b - a);
  const regions: PdfTextItem[][] = [];
  let top = Infinity;
  for (const cut of [...cuts, -Infinity]) {
    const band = items.filter(i => !spans(i) && i.y < top && i.y >= cut);
    regions.push(band.filter(i => i.x + i.width / 2 < gutter), band.filter(i => i.x + i.width / 2 >= gutter));
    const row = spanning.filter(i => i.y === cut);
    // Rows across the gutter with no column text between them (a title's lines and its byline) are one region.
    const previous = regions.filter(r => r.length > 0).at(-1);
    if (band.length === 0 && previous?.some(spans)) previous.push(...row);
    else regions.push(row);
    top = cut;
  }
  return regions.filter(r => r.length > 0);
}

function findGutter(items: PdfTextItem[], body: number): number | undefined {
  const text = items.filter(i => i.text.trim() !== '' && i.size >= body * 0.7);
  if (text.length === 0) return undefined;
  const left = Math.min(...text.map(i => i.x));
  const right = Math.max(...text.map(i => i.x + i.width));
  const rowCount = new Set(text.map(i => Math.round(i.y))).size;
  let best: { from: number; to: number } | undefined;
  let run: { from: number; to: number } | undefined;
  for (let x = left + (right - left) * 0.25; x <= left + (right - left) * 0.75; x += 1) {
    const crossing = text.filter(i => i.x < x && i.x + i.width > x).length;
    if (crossing <= CROSSING * rowCount) {
      run = run ? { from: run.from, to: x } : { from: x, to: x };
      if (!best || run.to - run.from > best.to - best.from) best = run;
    } else run = undefined;
  }
  if (!best || best.to - best.from < GUTTER * body) return undefined;
  const at = (best.from + best.to) / 2;
  const rowsOf = (side: PdfTextItem[]) => new Set(side.map(i => Math.round(i.y))).size;
  const enough = rowsOf(text.filter(i => i.x + i.width <= at)) >= SIDE_ROWS && rowsOf(text.filter(i => i.x >= at)) >= SIDE_ROWS;
  return enough ? at : undefined;
}
