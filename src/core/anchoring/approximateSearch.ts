// Approximate substring search with Myers' bit-parallel edit-distance algorithm (blocked for patterns
// longer than 32 units): O(text length × pattern blocks), whatever the error budget, so searching a whole
// article stays in milliseconds. Callers cap the errors; a match's start is recovered by a second,
// start-anchored scan backwards from its end.

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
 * Edit distance between the whole pattern and text ending at each scanned position. Scans text[from, to)
 * forwards, or backwards when `backwards` is set (then the pattern must be given reversed). With
 * `anchored`, matches must begin at the first scanned unit; otherwise they may begin anywhere.
 */
function editDistances(p: BitPattern, text: string, from: number, to: number, backwards: boolean, anchored: boolean): Int32Array {
  const n = to - from;
  const out = new Int32Array(n);
  const blocks = p.blocks;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  let score = p.pattern.length;
  for (let j = 0; j < n; j++) {
    const masks = p.masksOf(text.charCodeAt(backwards ? to - 1 - j : from + j));
    // Row 0 of the edit-distance matrix is all zeros when matches may start anywhere, 0,1,2… when anchored.
    let carry = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const high = b === blocks - 1 ? p.lastBit : 0x80000000 | 0;
      let eq = masks.length ? masks[b] : 0;
      const pvb = pv[b];
      const mvb = mv[b];
      const xv = eq | mvb;
      if (carry < 0) eq |= 1;
      const xh = ((((eq & pvb) + pvb) | 0) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      const out1 = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      carry = out1;
    }
    score += carry;
    out[j] = score;
  }
  return out;
}

/**
 * Non-overlapping matches of `pattern` in text[from, to) with at most `maxErrors` edits, best first
 * (fewest errors, then earliest). Empty patterns match nothing.
 */
export function approximateSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproximateMatch[] {
  if (!pattern.length || from >= to) return [];
  const forward = new BitPattern(pattern);
  const ends = editDistances(forward, text, from, to, false, false);
  const reversed = new BitPattern(reverse(pattern));
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
      const end = from + t + 1;
      const start = startOf(reversed, text, Math.max(from, end - pattern.length - maxErrors), end, pattern.length);
      if (!chosen || Math.abs(end - start - pattern.length) < Math.abs(chosen.end - chosen.start - pattern.length)) chosen = { start, end, errors: fewest };
    }
    if (chosen) matches.push(chosen);
  }
  return matches.sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/** Start of the best match ending at `end`: scans back from it with the reversed pattern, anchored at `end`. */
function startOf(reversed: BitPattern, text: string, windowStart: number, end: number, patternLength: number): number {
  const costs = editDistances(reversed, text, windowStart, end, true, true);
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
