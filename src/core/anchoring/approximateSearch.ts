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
const NO_BITS = new Int32Array(0);
/** Equally good ends of one match considered when choosing its bounds. */
const MAX_TIED_ENDS = 8;

/** The pattern as one bit mask per character and block: bit i set where pattern[block * 32 + i] is that char. */
class BitPattern {
  readonly blocks: number;
  readonly lastBit: number;
  // Int32 rather than Uint32 storage keeps every value a small integer for the engine (no boxed doubles).
  private readonly masks = new Map<number, Int32Array>();

  constructor(readonly pattern: string) {
    this.blocks = Math.ceil(pattern.length / WORD);
    this.lastBit = 1 << ((pattern.length - 1) % WORD);
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let mask = this.masks.get(code);
      if (!mask) this.masks.set(code, (mask = new Int32Array(this.blocks)));
      mask[(i / WORD) | 0] |= 1 << i % WORD;
    }
  }

  masksOf(code: number): Int32Array {
    return this.masks.get(code) ?? NO_BITS;
  }
}

/**
 * Edit distance between the whole pattern, given reversed, and text[from, end) read backwards from `end`, for each
 * length read: matches must end exactly at `end`.
 */
function distancesBackFrom(p: BitPattern, text: string, from: number, end: number): Int32Array {
  const n = end - from;
  const out = new Int32Array(n);
  const pv = new Int32Array(p.blocks).fill(-1);
  const mv = new Int32Array(p.blocks);
  let score = p.pattern.length;
  for (let j = 0; j < n; j++) {
    const masks = p.masksOf(text.charCodeAt(end - 1 - j));
    // Row 0 of the edit-distance matrix is 0, 1, 2…: the match is anchored at its first unit read.
    let carry = 1;
    for (let b = 0; b < p.blocks; b++) carry = advanceBlock(p, pv, mv, b, masks, carry);
    score += carry;
    out[j] = score;
  }
  return out;
}

/**
 * Edit distance between the whole pattern and text[from, to) ending at each position, matches starting anywhere,
 * computed only over the blocks of the pattern that can still hold a value of at most `maxErrors` (Ukkonen's
 * cut-off in Myers' blocked algorithm): where the text does not match, a long pattern's lower blocks are skipped.
 * Ends needing more errors read maxErrors + 1.
 */
function endDistances(p: BitPattern, text: string, from: number, to: number, maxErrors: number): Int32Array {
  const n = to - from;
  const out = new Int32Array(n);
  const pv = new Int32Array(p.blocks).fill(-1);
  const mv = new Int32Array(p.blocks);
  const rows = (b: number) => (b === p.blocks - 1 ? p.pattern.length - WORD * b : WORD);
  // The value at the bottom row of each computed block; before any text, a row's value is its number.
  const bottom = new Int32Array(p.blocks);
  let last = Math.min(p.blocks, Math.ceil((maxErrors + 1) / WORD)) - 1;
  for (let b = 0; b <= last; b++) bottom[b] = WORD * b + rows(b);
  for (let j = 0; j < n; j++) {
    const masks = p.masksOf(text.charCodeAt(from + j));
    let carry = 0;
    for (let b = 0; b <= last; b++) {
      carry = advanceBlock(p, pv, mv, b, masks, carry);
      bottom[b] += carry;
    }
    // A value within the budget can reach the block below only through its first row, by a match or a falling carry.
    if (last < p.blocks - 1 && bottom[last] - carry <= maxErrors && ((masks.length ? masks[last + 1] : 0) & 1 || carry < 0)) {
      last++;
      pv[last] = -1;
      mv[last] = 0;
      bottom[last] = bottom[last - 1] - carry + rows(last) + advanceBlock(p, pv, mv, last, masks, carry);
    } else {
      // A block whose bottom exceeds the budget by its height holds no value within it.
      while (last > 0 && bottom[last] >= maxErrors + rows(last)) last--;
    }
    out[j] = last === p.blocks - 1 && bottom[last] <= maxErrors ? bottom[last] : maxErrors + 1;
  }
  return out;
}

/**
 * One column step of block b: updates its vertical deltas from the character's masks and the horizontal delta
 * entering at its top (carry), and returns the horizontal delta leaving at its bottom.
 */
function advanceBlock(p: BitPattern, pv: Int32Array, mv: Int32Array, b: number, masks: Int32Array, carry: number): number {
  const high = b === p.blocks - 1 ? p.lastBit : 0x80000000 | 0;
  let eq = masks.length ? masks[b] : 0;
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
  const forward = new BitPattern(pattern);
  const reversed = new BitPattern(reverse(pattern));
  const matches: ApproximateMatch[] = [];
  for (const [lo, hi] of stretchesToScan(text, pattern, maxErrors, from, to)) {
    matches.push(...matchesIn(endDistances(forward, text, lo, hi, maxErrors), lo, text, pattern, maxErrors, from, reversed));
  }
  return matches.sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/** The matches whose ends lie in `ends` (edit distances at text positions lo + 1, lo + 2, …), each start no earlier than `from`. */
function matchesIn(ends: Int32Array, lo: number, text: string, pattern: string, maxErrors: number, from: number, reversed: BitPattern): ApproximateMatch[] {
  const matches: ApproximateMatch[] = [];
  // A run of acceptable end positions is one match seen from neighbouring ends: keep its fewest-error end,
  // and among equally good ends the one whose match is closest to the pattern's length.
  let j = 0;
  while (j < ends.length) {
    if (ends[j] > maxErrors) {
      j++;
      continue;
    }
    let fewest = ends[j];
    const tied: number[] = [];
    for (; j < ends.length && ends[j] <= maxErrors; j++) {
      if (ends[j] < fewest) tied.length = 0;
      if (ends[j] <= fewest) {
        fewest = ends[j];
        if (tied.length < MAX_TIED_ENDS) tied.push(j);
      }
    }
    let chosen: ApproximateMatch | undefined;
    for (const t of tied) {
      const end = lo + t + 1;
      const start = startOf(reversed, text, Math.max(from, end - pattern.length - maxErrors), end, pattern.length);
      if (!chosen || Math.abs(end - start - pattern.length) < Math.abs(chosen.end - chosen.start - pattern.length)) chosen = { start, end, errors: fewest };
    }
    if (chosen) matches.push(chosen);
  }
  return matches;
}

/** Start of the best match ending at `end`: scans back from it with the reversed pattern, anchored at `end`. */
function startOf(reversed: BitPattern, text: string, windowStart: number, end: number, patternLength: number): number {
  const costs = distancesBackFrom(reversed, text, windowStart, end);
  let length = 0;
  for (let c = 1; c < costs.length; c++) {
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
