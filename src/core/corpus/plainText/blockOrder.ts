// Reading order of a page that pdftotext without -layout read in two columns. It keeps no positions and writes
// the blocks of both columns (text parted by empty lines) by their height on the page, interleaved. The order is
// inferred from the text: note markers follow one another (1, 2, 3…), a block that stops inside a sentence goes on
// in one that opens in lower case, and each column's blocks were written in the order of their height. The page's
// body blocks are split between a left and a right column, each in the order read, the left read first. A page is
// reordered only when its markers are out of sequence or a sentence breaks off as read, and another split breaches
// less, with the markers in sequence.
import { largest } from './manyItems';
import { textWidth } from '../glyphWidth';
import { findGluedMarker } from '../gluedMarkers';
import { SENTENCE_END, type TextLine } from './lines';

/** Beyond this many blocks a page is not searched (2^n splits); pages in columns have far fewer. */
const MAX_BLOCKS = 14;
/** A line shorter than this share of the measure is not a full line cut off inside a sentence. */
const FULL_LINE = 0.6;

interface Block {
  lines: TextLine[];
  markers: number[];
  opensLower: boolean;
  endsOpen: boolean;
  /** Its first line is a full one: body text, set from the column's top (a title in larger type is set lower). */
  opensFull: boolean;
}

/**
 * The page's body lines in reading order, and whether they were reordered. `notes` are the numbers whose
 * markers may stand on the page; `endsOpen` tells whether the text before the page stopped inside a sentence.
 */
export function orderColumnBlocks(lines: TextLine[], notes: number[], endsOpen: boolean): { lines: TextLine[]; reordered: boolean } {
  const measure = largest(lines.map(l => textWidth(l.text)), 0);
  const blocks = splitBlocks(lines).map(block => describe(block, notes, measure));
  const unchanged = { lines, reordered: false };
  const asRead = cost(blocks, blocks, endsOpen);
  // Two blocks are swapped only where their markers are out of sequence as read.
  if (blocks.length < 2 || (blocks.length === 2 && inversions(blocks) === 0) || blocks.length > MAX_BLOCKS || asRead === 0) return unchanged;
  let best = { cost: asRead, order: blocks };
  // Bit i set: block i is in the right column.
  for (let mask = 1; mask < 2 ** blocks.length - 1; mask++) {
    const left = blocks.filter((_, i) => (mask & (2 ** i)) === 0);
    const right = blocks.filter((_, i) => (mask & (2 ** i)) !== 0);
    const order = [...left, ...right];
    const c = cost(order, blocks, endsOpen, left, right);
    if (c < best.cost) best = { cost: c, order };
  }
  if (best.order === blocks || inversions(best.order) > 0) return unchanged;
  // A sentence broken at a column's foot goes on in the block that opens in lower case: no break between them.
  const runsOn = (i: number) => i > 0 && best.order[i - 1].endsOpen && best.order[i].opensLower;
  const ordered = best.order.flatMap((block, i) => (i === 0 || runsOn(i) ? block.lines : [blank(block.lines[0]), ...block.lines]));
  return { lines: ordered, reordered: true };
}

const blank = (line: TextLine): TextLine => ({ ...line, text: '', indent: 0 });

/** The runs of written lines between empty lines. */
export function splitBlocks(lines: TextLine[]): TextLine[][] {
  const blocks: TextLine[][] = [];
  let current: TextLine[] = [];
  for (const line of lines) {
    if (line.text !== '') current.push(line);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function describe(lines: TextLine[], notes: number[], measure: number): Block {
  const text = lines.map(l => l.text).join('\n');
  const markers = notes.map(n => ({ n, at: findGluedMarker(text, n) })).filter(m => m.at >= 0).sort((a, b) => a.at - b.at).map(m => m.n);
  const last = lines[lines.length - 1].text;
  return {
    lines,
    markers,
    opensLower: /^\p{Ll}/u.test(lines[0].text),
    endsOpen: !SENTENCE_END.test(last) && textWidth(last) >= measure * FULL_LINE,
    opensFull: textWidth(lines[0].text) >= measure * FULL_LINE,
  };
}

function inversions(order: Block[]): number {
  const markers = order.flatMap(b => b.markers);
  let count = 0;
  for (let i = 0; i < markers.length; i++) for (let j = i + 1; j < markers.length; j++) if (markers[i] > markers[j]) count++;
  return count;
}

/**
 * Breaches of the order: markers out of sequence weigh most, then sentences broken between blocks that do not go
 * on, then blocks written out of the order of their height (each column's lines counted from its top, the left
 * column's block first at the same height).
 */
function cost(order: Block[], read: Block[], endsOpen: boolean, left = order, right: Block[] = []): number {
  let breaks = 0;
  order.forEach((block, i) => {
    const before = i === 0 ? endsOpen : order[i - 1].endsOpen;
    if (before !== block.opensLower) breaks++;
  });
  const top = new Map<Block, number>();
  for (const column of [left, right]) {
    let y = 0;
    for (const block of column) {
      top.set(block, y);
      y += block.lines.length + 1;
    }
  }
  let heights = 0;
  let ties = 0;
  for (let i = 1; i < read.length; i++) {
    const [above, below] = [top.get(read[i - 1]) ?? 0, top.get(read[i]) ?? 0];
    if (below < above) heights++;
    // At the same height the left column's body text is written first; counted lines only estimate heights.
    else if (below === above && read[i].opensFull && left.includes(read[i]) && right.includes(read[i - 1])) ties++;
  }
  return inversions(order) * 1000 + breaks * 100 + heights * 10 + ties;
}
