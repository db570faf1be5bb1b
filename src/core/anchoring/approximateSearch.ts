// Approximate substring search with Myers' bit-parallel edit-distance algorithm (blocked for patterns
// longer than 32 units): O(text length × pattern blocks), whatever the error budget. A trigram count over the
// text (kept for the last text searched, so every quote anchored in one text shares it) first rules out the
// stretches where no match can end, so a quote that is gone costs one linear pass of small integer steps rather
// than the full scan. Callers cap the errors; a match's start is recovered by a second, start-anchored scan
// backwards from its end.

export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

const WORD = 32;
const NO_BITS = new Int32Array(0);
/** Equally good ends of one match considered when choosing its bounds. */
const MAX_TIED_ENDS = 8;
/** Length of the grams counted: with errors up to a quarter of a pattern, trigrams still leave a positive bound. */
const Q = 3;
const BUCKETS = 1 << 16;

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
  const reversed = new BitPattern(reverse(pattern));
  const matches: ApproximateMatch[] = [];
  for (const [lo, hi] of stretchesToScan(text, pattern, maxErrors, from, to)) {
    matches.push(...matchesIn(editDistances(forward, text, lo, hi, false, false), lo, text, pattern, maxErrors, from, reversed));
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

/** Trigram buckets of the last text searched, by start position. */
let indexed: { text: string; buckets: Uint16Array } | undefined;
/** Scratch tables by bucket: the pattern's count of trigrams, and the count in the sliding window. */
let patternCounts: Int32Array | undefined;
let windowCounts: Int32Array | undefined;

/**
 * Stretches [lo, hi) of text[from, to) that hold every end of a match with at most `maxErrors` edits, each with room
 * before its first such end for a whole match, so that scanning them finds exactly what scanning text[from, to)
 * would. By the q-gram lemma a match keeps at least m − Q + 1 − maxErrors·Q of the pattern's trigrams, at distinct
 * positions among the m + maxErrors units before its end; a position counts at most as often as the pattern holds
 * its trigram (or any trigram of the same bucket).
 */
export function stretchesToScan(text: string, pattern: string, maxErrors: number, from: number, to: number): [number, number][] {
  const needed = pattern.length - Q + 1 - maxErrors * Q;
  const span = pattern.length + maxErrors;
  if (needed <= 0 || to - from <= span) return [[from, to]];
  const buckets = trigramBuckets(text);
  const own = (patternCounts ??= new Int32Array(BUCKETS));
  const seen = (windowCounts ??= new Int32Array(BUCKETS));
  const patternBuckets: number[] = [];
  for (let i = 0; i + Q <= pattern.length; i++) {
    const b = bucketOf(pattern, i);
    if (own[b]++ === 0) patternBuckets.push(b);
  }
  const stretches: [number, number][] = [];
  let kept = 0;
  let firstEnd = -1;
  const close = (lastEnd: number) => {
    const lo = Math.max(from, firstEnd - span);
    const previous = stretches[stretches.length - 1];
    if (previous && lo <= previous[1]) previous[1] = lastEnd;
    else stretches.push([lo, lastEnd]);
    firstEnd = -1;
  };
  // End e (exclusive) sees the trigrams starting in [max(from, e − span), e − Q].
  for (let e = from + Q; e <= to; e++) {
    const b = buckets[e - Q];
    if (own[b] > 0 && seen[b]++ < own[b]) kept++;
    const dropped = e - span - 1;
    if (dropped >= from) {
      const d = buckets[dropped];
      if (own[d] > 0 && --seen[d] < own[d]) kept--;
    }
    if (kept >= needed) {
      if (firstEnd < 0) firstEnd = e;
    } else if (firstEnd >= 0) close(e - 1);
  }
  if (firstEnd >= 0) close(to);
  for (const b of patternBuckets) own[b] = seen[b] = 0;
  return stretches;
}

function trigramBuckets(text: string): Uint16Array {
  if (indexed?.text !== text) {
    const buckets = new Uint16Array(Math.max(0, text.length - Q + 1));
    for (let i = 0; i < buckets.length; i++) buckets[i] = bucketOf(text, i);
    indexed = { text, buckets };
  }
  return indexed.buckets;
}

function bucketOf(s: string, i: number): number {
  return Math.imul((s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) * 31 + s.charCodeAt(i + 2), 0x9e3779b1) >>> 16;
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
