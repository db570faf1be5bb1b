// Approximate substring search with Myers' bit-parallel edit-distance algorithm (blocked for patterns
// longer than 32 units): at most O(text length × pattern blocks), whatever the error budget, and only the
// blocks that can still hold a value within the budget are computed. The trigrams a match must keep first rule
// out the stretches where no match can end (candidateStretches.ts), so a quote that is gone costs a linear pass
// of small integer steps rather than a full scan.
// Callers cap the errors; a match's start is recovered by a second scan, backwards from its end.
import { stretchesToScan } from './candidateStretches';

export { stretchesToScan };

export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

const WORD = 32;
/** Equally good ends of one match considered when choosing its bounds. */
const MAX_TIED_ENDS = 8;
/**
 * Scratch table by UTF-16 unit: the unit's slot among the pattern's distinct units (1, 2, … in order of first
 * appearance), 0 for units the pattern lacks. Filled for one search and emptied after it, so finding a text unit's
 * masks costs one array read, not a Map lookup.
 */
let slotByUnit: Int32Array | undefined;

/**
 * The pattern as bit masks per distinct unit and block: bit i of block b set where pattern[b * 32 + i] is that unit.
 * Slot 0 holds the empty masks of every unit the pattern lacks. Also the column state of a scan, reused by each.
 */
class BitPattern {
  readonly blocks: number;
  readonly lastBit: number;
  // Int32 rather than Uint32 storage keeps every value a small integer for the engine (no boxed doubles).
  readonly masks: Int32Array;
  /** Vertical deltas of each block (positive, negative), and the value at each block's bottom row. */
  readonly pv: Int32Array;
  readonly mv: Int32Array;
  readonly bottom: Int32Array;

  constructor(
    readonly pattern: string,
    private readonly slots: Int32Array,
    distinct: number,
  ) {
    this.blocks = Math.ceil(pattern.length / WORD);
    this.lastBit = 1 << ((pattern.length - 1) % WORD);
    this.masks = new Int32Array((distinct + 1) * this.blocks);
    for (let i = 0; i < pattern.length; i++) this.masks[slots[pattern.charCodeAt(i)] * this.blocks + ((i / WORD) | 0)] |= 1 << i % WORD;
    this.pv = new Int32Array(this.blocks);
    this.mv = new Int32Array(this.blocks);
    this.bottom = new Int32Array(this.blocks);
  }

  /** Where the masks of a text unit start. */
  masksOf(code: number): number {
    return this.slots[code] * this.blocks;
  }

  /** Rows of block b. */
  rows(b: number): number {
    return b === this.blocks - 1 ? this.pattern.length - WORD * b : WORD;
  }
}

/** Numbers the pattern's distinct units in the scratch table; `releaseSlots` empties it again. */
function unitSlots(pattern: string): { slots: Int32Array; distinct: number } {
  const slots = (slotByUnit ??= new Int32Array(0x10000));
  let distinct = 0;
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (slots[code] === 0) slots[code] = ++distinct;
  }
  return { slots, distinct };
}

function releaseSlots(slots: Int32Array, pattern: string): void {
  for (let i = 0; i < pattern.length; i++) slots[pattern.charCodeAt(i)] = 0;
}

/**
 * Edit distance between the whole pattern, given reversed, and text[from, end) read backwards from `end`, for each
 * length read, into out[0, end − from): matches must end exactly at `end`.
 */
function distancesBackFrom(p: BitPattern, text: string, from: number, end: number, out: Int32Array): void {
  p.pv.fill(-1);
  p.mv.fill(0);
  let score = p.pattern.length;
  for (let j = 0; j < end - from; j++) {
    const masks = p.masksOf(text.charCodeAt(end - 1 - j));
    // Row 0 of the edit-distance matrix is 0, 1, 2…: the match is anchored at its first unit read.
    let carry = 1;
    for (let b = 0; b < p.blocks; b++) carry = advanceBlock(p, b, masks, carry);
    score += carry;
    out[j] = score;
  }
}

/**
 * Edit distance between the whole pattern and text[from, to) ending at each position, matches starting anywhere,
 * into out[0, to − from), computed only over the blocks of the pattern that can still hold a value of at most
 * `maxErrors` (Ukkonen's cut-off in Myers' blocked algorithm): where the text does not match, a long pattern's lower
 * blocks are skipped. Ends needing more errors read maxErrors + 1.
 */
function endDistances(p: BitPattern, text: string, from: number, to: number, maxErrors: number, out: Int32Array): void {
  const { pv, mv, bottom } = p;
  pv.fill(-1);
  mv.fill(0);
  // The value at the bottom row of each computed block; before any text, a row's value is its number.
  let last = Math.min(p.blocks, Math.ceil((maxErrors + 1) / WORD)) - 1;
  for (let b = 0; b <= last; b++) bottom[b] = WORD * b + p.rows(b);
  for (let j = 0; j < to - from; j++) {
    const masks = p.masksOf(text.charCodeAt(from + j));
    let carry = 0;
    for (let b = 0; b <= last; b++) {
      carry = advanceBlock(p, b, masks, carry);
      bottom[b] += carry;
    }
    // A value within the budget can reach the block below only through its first row, by a match or a falling carry.
    if (last < p.blocks - 1 && bottom[last] - carry <= maxErrors && (p.masks[masks + last + 1] & 1 || carry < 0)) {
      last++;
      pv[last] = -1;
      mv[last] = 0;
      bottom[last] = bottom[last - 1] - carry + p.rows(last) + advanceBlock(p, last, masks, carry);
    } else {
      // A block whose bottom exceeds the budget by its height holds no value within it.
      while (last > 0 && bottom[last] >= maxErrors + p.rows(last)) last--;
    }
    out[j] = last === p.blocks - 1 && bottom[last] <= maxErrors ? bottom[last] : maxErrors + 1;
  }
}

/**
 * One column step of block b: updates its vertical deltas from the masks of the unit read (starting at `masks`) and
 * the horizontal delta entering at its top (carry), and returns the horizontal delta leaving at its bottom.
 */
function advanceBlock(p: BitPattern, b: number, masks: number, carry: number): number {
  const { pv, mv } = p;
  const high = b === p.blocks - 1 ? p.lastBit : 0x80000000 | 0;
  let eq = p.masks[masks + b];
  const pvb = pv[b];
  const mvb = mv[b];
  const xv = eq | mvb;
  if (carry < 0) eq |= 1;
  const xh = ((((eq & pvb) + pvb) | 0) ^ pvb) | eq;
  let ph = mvb | ~(xh | pvb);
  let mh = pvb & xh;
  const out = ph & high ? 1 : mh & high ? -1 : 0;
  ph <<= 1;
  mh <<= 1;
  if (carry < 0) mh |= 1;
  else if (carry > 0) ph |= 1;
  pv[b] = mh | ~(xv | ph);
  mv[b] = ph & xv;
  return out;
}

/**
 * Non-overlapping matches of `pattern` in text[from, to) with at most `maxErrors` edits, best first
 * (fewest errors, then earliest). Empty patterns match nothing.
 */
export function approximateSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproximateMatch[] {
  if (!pattern.length || from >= to) return [];
  const stretches = stretchesToScan(text, pattern, maxErrors, from, to);
  if (stretches.length === 0) return [];
  const { slots, distinct } = unitSlots(pattern);
  const forward = new BitPattern(pattern, slots, distinct);
  const reversed = new BitPattern(reverse(pattern), slots, distinct);
  const ends = new Int32Array(stretches.reduce((longest, [lo, hi]) => Math.max(longest, hi - lo), 0));
  const back = new Int32Array(pattern.length + maxErrors);
  const matches: ApproximateMatch[] = [];
  for (const [lo, hi] of stretches) {
    endDistances(forward, text, lo, hi, maxErrors, ends);
    matchesIn(ends, hi - lo, lo, text, maxErrors, from, reversed, back, matches);
  }
  releaseSlots(slots, pattern);
  return matches.sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/**
 * Adds to `matches` those whose ends lie in ends[0, count) (edit distances at text positions lo + 1, lo + 2, …), each
 * start no earlier than `from`.
 */
function matchesIn(ends: Int32Array, count: number, lo: number, text: string, maxErrors: number, from: number, reversed: BitPattern, back: Int32Array, matches: ApproximateMatch[]): void {
  const length = reversed.pattern.length;
  // A run of acceptable end positions is one match seen from neighbouring ends: keep its fewest-error end,
  // and among equally good ends the one whose match is closest to the pattern's length.
  let j = 0;
  while (j < count) {
    if (ends[j] > maxErrors) {
      j++;
      continue;
    }
    let fewest = ends[j];
    const tied: number[] = [];
    for (; j < count && ends[j] <= maxErrors; j++) {
      if (ends[j] < fewest) tied.length = 0;
      if (ends[j] <= fewest) {
        fewest = ends[j];
        if (tied.length < MAX_TIED_ENDS) tied.push(j);
      }
    }
    let chosen: ApproximateMatch | undefined;
    for (const t of tied) {
      const end = lo + t + 1;
      const start = startOf(reversed, text, Math.max(from, end - length - maxErrors), end, back);
      if (!chosen || Math.abs(end - start - length) < Math.abs(chosen.end - chosen.start - length)) chosen = { start, end, errors: fewest };
    }
    if (chosen) matches.push(chosen);
  }
}

/** Start of the best match ending at `end`: scans back from it with the reversed pattern, anchored at `end`. */
function startOf(reversed: BitPattern, text: string, windowStart: number, end: number, costs: Int32Array): number {
  const patternLength = reversed.pattern.length;
  distancesBackFrom(reversed, text, windowStart, end, costs);
  let length = 0;
  for (let c = 1; c < end - windowStart; c++) {
    const better = costs[c] < costs[length] || (costs[c] === costs[length] && Math.abs(c + 1 - patternLength) < Math.abs(length + 1 - patternLength));
    if (better) length = c;
  }
  return end - (length + 1);
}

/** Reverses UTF-16 units (not code points): the backwards scan reads the text unit by unit too. */
function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
