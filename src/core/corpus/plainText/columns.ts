// Reading order of a `pdftotext -layout` page set in two columns. The gutter is a character position in the middle
// of the page that almost no written line crosses while text stands on both sides of it; the page is then read
// band by band (a band ends at a line that spans the gutter, such as a running head or a title), each band's left
// column before its right one. A centred line standing alone (a page number) is read where it stands.

import { largest, smallest, pushAll } from './manyItems';
import { lastIndexWhere } from './lastIndex';
import { mostCommon } from './mostCommon';
import { SENTENCE_END } from './lines';

/** Share of written lines that may cross the gutter (a running head, a title set across both columns). */
const CROSSING = 0.1;
/** Each side of a gutter holds at least this many lines (the last page's second column may be short). */
const SIDE_LINES = 3;
/** A column's full lines are at least as long as this share of its lines. */
const FULL_SHARE = 0.9;
/** A right column's line moved left is about as long as its full lines: within this share of them either way. */
const SHIFTED_SHARE = 0.8;
/** A right column's line moved left starts at least this many characters before the column's edge. */
const MIN_SHIFT = 4;
/** A shifted row lies among the columns' rows: one of these next rows is one. */
const ROWS_BELOW = 3;

/** A line of the page in reading order; `region` numbers the column or band it was read from. */
export interface ColumnLine {
  text: string;
  region: number;
  /** 0 for the left column, 1 for the right one; absent for a line across the page. */
  column?: number;
}

export function readColumns(read: string[]): ColumnLine[] {
  const gutter = findGutter(read);
  if (gutter === undefined) return read.map(text => ({ text, region: 0 }));
  const lines = unshiftRows(read, gutter);
  const width = largest(lines.map(l => l.length));
  const spans = (index: number) => (crosses(lines[index], gutter) && !jammed(lines, index, gutter)) || centredAlone(lines, index, width, gutter);
  const result: ColumnLine[] = [];
  let region = 0;
  let band: string[] = [];
  const closeBand = () => {
    // Empty lines across the whole band's top and foot part it from the lines spanning the gutter.
    const first = band.findIndex(l => l.trim() !== '');
    const last = lastIndexWhere(band, l => l.trim() !== '');
    const inner = first < 0 ? [] : band.slice(first, last + 1);
    pushAll(result, band.slice(0, Math.max(first, 0)).map(() => ({ text: '', region })));
    [inner.map(l => l.slice(0, gutter)), inner.map(l => l.slice(gutter))].forEach((side, column) => {
      pushAll(result, unindent(side).map(text => ({ text, region, column })));
      region++;
    });
    if (first >= 0) pushAll(result, band.slice(last + 1).map(() => ({ text: '', region: region - 1 })));
    band = [];
  };
  lines.forEach((line, index) => {
    if (!spans(index)) {
      band.push(line);
      return;
    }
    closeBand();
    result.push({ text: line, region: region++ });
  });
  closeBand();
  return result;
}

/** The position with the fewest crossing lines in the middle half of the page, when it separates two columns. */
function findGutter(lines: string[]): number | undefined {
  const written = lines.filter(l => l.trim() !== '');
  const width = largest(written.map(l => l.length), 0);
  let best: { at: number; crossing: number } | undefined;
  for (let at = Math.floor(width * 0.25); at <= Math.ceil(width * 0.75); at++) {
    const crossing = written.filter(l => crosses(l, at)).length;
    if (!best || crossing < best.crossing) best = { at, crossing };
  }
  if (!best || best.crossing > CROSSING * written.length) return undefined;
  const { at } = best;
  const sides = written.filter(l => !crosses(l, at));
  const left = sides.filter(l => l.slice(0, at).trim() !== '').length;
  const right = sides.filter(l => l.slice(at).trim() !== '').length;
  const both = sides.filter(l => l.slice(0, at).trim() !== '' && l.slice(at).trim() !== '').length;
  return left >= SIDE_LINES && right >= SIDE_LINES && both >= SIDE_LINES ? at : undefined;
}

/**
 * Rows where pdftotext wrote the right column's line to the left of the gutter: beside a heading set larger in the
 * left column, its characters' cells are wider, so the row's other text moves left (`ChK/GPU and the local “opposi-
 * uro leaders. Policy disputes …`, then `tions”` and the next line of the right column). Such a row parts at a gap of
 * two spaces or more, or at a line-end hyphen and one space, into a left part that fits the left column and a right
 * part as long as the right column's full lines that runs past the gutter; a row of columns follows within a few
 * rows (a title across the page stands apart). The right part is set at the right column's edge again.
 */
function unshiftRows(lines: string[], gutter: number): string[] {
  const sides = lines.filter(l => l.trim() !== '' && !crosses(l, gutter) && l.slice(gutter).trim() !== '');
  const rightFull = quantile(sides.map(l => l.slice(gutter).trim().length), FULL_SHARE);
  const edges = sides.map(l => l.length - l.slice(gutter).trimStart().length);
  const edge = mostCommon(edges);
  const columnsBelow = (i: number) =>
    lines.slice(i + 1, i + 1 + ROWS_BELOW).some(l => l.trim() !== '' && !crosses(l, gutter) && (l.length - l.trimStart().length >= gutter || l.slice(gutter).trim() !== ''));
  const shifted = (line: string, i: number): string | undefined => {
    const at = rightFull === undefined ? undefined : splitBefore(line, gutter);
    if (at === undefined || rightFull === undefined || line.trimEnd().length <= gutter) return undefined;
    const [left, right] = [line.slice(0, at).trimEnd(), line.slice(at).trim()];
    const fits = left.length < gutter - 1 && at <= edge - MIN_SHIFT && !/ {2}/.test(right) && right.length >= rightFull * SHIFTED_SHARE && right.length <= rightFull / SHIFTED_SHARE;
    // A right part alone is a running line unless written rows stand right above and below it.
    const among = left !== '' || [lines[i - 1], lines[i + 1]].every(l => !!l && l.trim() !== '');
    return fits && among && columnsBelow(i) ? left.padEnd(edge) + right : undefined;
  };
  return lines.map((line, i) => shifted(line, i) ?? line);
}

/** Where a row parts before the gutter: after its last gap of two spaces, or after a line-end hyphen and one space. */
function splitBefore(line: string, gutter: number): number | undefined {
  let found: number | undefined;
  for (const m of line.slice(0, gutter).matchAll(/ {2,}(?=\S)|(?<=\p{L}-) (?=\p{Ll})/gu)) found = m.index + m[0].length;
  return found;
}

const quantile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.floor(values.length * share)];

/**
 * A line crosses a position unless it ends before it or a gap of two spaces or more touches it: a single space
 * is a gap between words of one line (a running head set across the columns).
 */
function crosses(line: string, at: number): boolean {
  if (at >= line.length) return false;
  const space = (i: number) => line[i] === ' ';
  return !((space(at - 1) && (space(at - 2) || space(at))) || (space(at) && space(at + 1)));
}

/**
 * Two columns' lines that pdftotext set one space apart at the gutter (a full line of notes beside the text), between
 * lines with text on both sides of it: no line across the page.
 */
function jammed(lines: string[], index: number, gutter: number): boolean {
  const line = lines[index];
  const twoSided = (text: string | undefined) => !!text && text.slice(0, gutter).trim() !== '' && text.slice(gutter).trim() !== '';
  const besideColumns = [lines[index - 1], lines[index + 1]].some(l => twoSided(l) && !crosses(l ?? '', gutter));
  return (line[gutter - 1] === ' ' || line[gutter] === ' ') && twoSided(line) && besideColumns;
}

/**
 * A short line alone between empty lines (or the page's edge) whose middle is the page's: a page number. Text on
 * both sides of the gutter is two columns' lines, whatever their middle.
 */
function centredAlone(lines: string[], index: number, width: number, gutter: number): boolean {
  const line = lines[index];
  const text = line.trim();
  if (text === '' || (line.slice(0, gutter).trim() !== '' && line.slice(gutter).trim() !== '') || (lines[index - 1] ?? '').trim() !== '' || (lines[index + 1] ?? '').trim() !== '') return false;
  const middle = line.length - line.trimStart().length + text.length / 2;
  return Math.abs(middle - width / 2) < width * 0.1;
}

/**
 * A column's lines with the column's own left edge as indentation zero, without the empty lines above and below
 * it (space left by the other column's title or foot, not a break in the text), nor those inside a sentence or
 * between lines on alternate rows: the other column's larger type (a title) or offset lines space the rows.
 */
function unindent(lines: string[]): string[] {
  const indents = lines.filter(l => l.trim() !== '').map(l => l.length - l.trimStart().length);
  const edge = smallest(indents);
  const column = lines.map(l => l.slice(edge).trimEnd());
  const first = column.findIndex(l => l !== '');
  const last = lastIndexWhere(column, l => l !== '');
  return first < 0 ? [] : column.slice(first, last + 1).filter((line, i, kept) => line !== '' || !(runsOn(kept[i - 1], kept[i + 1]) || alternates(kept, i)));
}

/**
 * An empty row in a run where the column's lines stand on every other row: the other column, set on baselines
 * between this one's, gave each line a row of its own. Such rows part nothing; a paragraph's end is read from
 * its lines.
 */
const alternates = (rows: string[], i: number) => !!rows[i - 1] && !!rows[i + 1] && rows[i - 2] === '' && rows[i + 2] === '' && !!rows[i - 3] && !!rows[i + 3];

/** A line that ends no sentence (`From`, a heading) goes on after the gap at the same left edge. */
const indentOf = (line: string) => line.length - line.trimStart().length;
const runsOn = (above: string | undefined, below: string | undefined) =>
  !!above && !!below && !SENTENCE_END.test(above) && indentOf(above) === indentOf(below);
