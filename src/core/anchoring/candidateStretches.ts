// Where in a text a match of a pattern with at most k edits can end, by two necessary conditions on the trigrams
// the match keeps (the q-gram lemma: an edit touches at most three of them, so at least m − 2 − 3k survive):
// 1. their alignment: every surviving trigram sits on a diagonal (text position − pattern position) of the match's
//    path, and k edits move that path across at most k + 1 diagonals, so one band of k + 1 diagonals ending near
//    the end holds them all. The hits are read from an index of the text's trigram positions, so the work grows
//    with the pattern's occurrences in the text, not with the text: a quote whose letters are gone costs almost
//    nothing, and a passage whose words were reordered keeps its trigrams but scatters their diagonals;
// 2. their count in the m + k units before the end, whatever their order, counted only inside the stretches the
//    first condition leaves.
// Trigrams are compared by a 16-bit hash, which can only add hits, so no match is ever ruled out.

/** Length of the grams counted: with errors up to a quarter of a pattern, trigrams still leave a positive bound. */
const Q = 3;
const BUCKETS = 1 << 16;

/** The trigrams of a text: the bucket at each position, and the positions of each bucket, ascending. */
interface TextGrams {
  text: string;
  buckets: Uint16Array;
  /** Positions of bucket b are positions[starts[b]] … positions[starts[b + 1] − 1]. */
  starts: Int32Array;
  positions: Int32Array;
}

/** The last text searched: every quote anchored in one text shares its index. */
let indexed: TextGrams | undefined;
/** Scratch tables by bucket (see PatternGrams): a bit set, left empty between searches, and slots valid where it is set. */
let member: Int32Array | undefined;
let slotOf: Int32Array | undefined;
/** Scratch tables of condition 1: differences of counts by band start, and by blocks of 2^BLOCK_BITS band starts runs and differences. */
let startDifferences = new Int32Array(0);
let runsByBlock = new Int32Array(0);
let differencesByBlock = new Int32Array(0);
const BLOCK_BITS = 4;

/**
 * Stretches [lo, hi) of text[from, to) that hold every end of a match with at most `maxErrors` edits, each with room
 * before its first such end for a whole match, so that scanning them finds exactly what scanning text[from, to)
 * would.
 */
export function stretchesToScan(text: string, pattern: string, maxErrors: number, from: number, to: number): [number, number][] {
  const needed = pattern.length - Q + 1 - maxErrors * Q;
  const span = pattern.length + maxErrors;
  if (needed <= 0 || to - from <= span) return [[from, to]];
  const grams = textGrams(text);
  const own = new PatternGrams(pattern);
  const stretches: [number, number][] = [];
  // A match ending in an aligned stretch starts inside it, so each stretch is counted on its own.
  for (const [lo, hi] of stretchesByDiagonal(grams, own, needed, maxErrors, from, to)) stretches.push(...stretchesByCount(grams.buckets, own, needed, span, lo, hi));
  own.release();
  return stretches;
}

/** Collects the ends that pass a condition into stretches, each widened back by `span` for a whole match. */
class Stretches {
  readonly list: [number, number][] = [];
  private firstEnd = -1;

  constructor(
    private readonly from: number,
    private readonly span: number,
  ) {}

  /** Ends first … last pass; runs must be given in increasing order of their first end. */
  add(first: number, last: number): void {
    const lo = Math.max(this.from, first - this.span);
    const previous = this.list[this.list.length - 1];
    if (previous && lo <= previous[1]) previous[1] = Math.max(previous[1], last);
    else this.list.push([lo, last]);
  }

  /** Whether one end passes; ends must be given in increasing order. */
  mark(end: number, passes: boolean): void {
    if (passes) {
      if (this.firstEnd < 0) this.firstEnd = end;
    } else if (this.firstEnd >= 0) {
      this.add(this.firstEnd, end - 1);
      this.firstEnd = -1;
    }
  }

  done(to: number): [number, number][] {
    if (this.firstEnd >= 0) this.add(this.firstEnd, to);
    return this.list;
  }
}

/**
 * The pattern's distinct trigrams (by bucket) numbered as slots, with their counts and positions. A text's trigram
 * is looked up first in a bit set of the pattern's buckets, small enough to stay in the processor's nearest cache,
 * so the many trigrams absent from the pattern cost one bit test; the per-slot tables are as small.
 */
class PatternGrams {
  readonly length: number;
  /** Per slot, its bucket, how often the pattern holds it, and its first position. */
  readonly buckets: number[] = [];
  readonly counts: Int32Array;
  readonly first: Int32Array;
  /** Per pattern position, the next position with the same slot, or −1. */
  readonly next: Int32Array;
  private readonly member: Int32Array;
  private readonly slotOf: Int32Array;

  constructor(pattern: string) {
    this.length = pattern.length;
    this.member = member ??= new Int32Array(BUCKETS >> 5);
    this.slotOf = slotOf ??= new Int32Array(BUCKETS);
    const positions = Math.max(0, pattern.length - Q + 1);
    this.next = new Int32Array(positions);
    const counts = new Int32Array(positions);
    const first = new Int32Array(positions);
    for (let i = positions - 1; i >= 0; i--) {
      const b = bucketOf(pattern, i);
      let slot = this.slot(b);
      if (slot < 0) {
        this.member[b >> 5] |= 1 << (b & 31);
        this.slotOf[b] = slot = this.buckets.push(b) - 1;
        first[slot] = -1;
      }
      counts[slot]++;
      this.next[i] = first[slot];
      first[slot] = i;
    }
    this.counts = counts.subarray(0, this.buckets.length);
    this.first = first.subarray(0, this.buckets.length);
  }

  /** The slot of a bucket, or −1 when the pattern has no trigram in it. */
  slot(bucket: number): number {
    return this.member[bucket >> 5] & (1 << (bucket & 31)) ? this.slotOf[bucket] : -1;
  }

  /** Leaves the shared bit set empty for the next pattern. */
  release(): void {
    for (const b of this.buckets) this.member[b >> 5] = 0;
  }
}

/**
 * Condition 1: at least `needed` pattern positions i with a trigram hit (a text position j with the same trigram)
 * whose diagonal j − i lies in one band [d, d + k], where d is at least end − m − k and at most end − m (the path's
 * diagonal at the pattern's end); a position counts once however many hits it has there. Only trigrams inside
 * text[from, to) are counted. Each hit makes its position count for the band starts d in [j − i − k, j − i]; these
 * runs, one per position once merged, are added as differences, and counted by blocks of band starts too, so that
 * only the blocks that some `needed` runs reach are summed start by start.
 */
function stretchesByDiagonal(grams: TextGrams, own: PatternGrams, needed: number, k: number, from: number, to: number): [number, number][] {
  const m = own.length;
  const { starts, positions } = grams;
  // Each slot's first hit inside text[from, to); a band holds no more positions than have any hit, so a passage whose
  // trigrams are mostly gone is ruled out here, before any table is cleared or scanned.
  const firstHit = new Int32Array(own.buckets.length);
  let hitPositions = 0;
  for (let slot = 0; slot < own.buckets.length; slot++) {
    const b = own.buckets[slot];
    firstHit[slot] = firstAtLeast(positions, starts[b], starts[b + 1], from);
    if (firstHit[slot] < starts[b + 1] && positions[firstHit[slot]] + Q <= to) hitPositions += own.counts[slot];
  }
  if (hitPositions < needed) return [];
  // Band start d at index d + offset: the bands that can end at from + Q … to start at indices Q … to − from + k,
  // and the hits reach index to − from + m + k − Q.
  const offset = m + k - from;
  const size = to - from + m + k + 2;
  const blocks = (size >> BLOCK_BITS) + 1;
  if (startDifferences.length < size) startDifferences = new Int32Array(size * 2);
  if (runsByBlock.length < blocks) {
    runsByBlock = new Int32Array(blocks * 2);
    differencesByBlock = new Int32Array(blocks * 2);
  }
  const differences = startDifferences.fill(0, 0, size);
  const runs = runsByBlock.fill(0, 0, blocks);
  const blockDifferences = differencesByBlock.fill(0, 0, blocks);
  // Per pattern position, the last band start its runs so far cover.
  const covered = new Int32Array(own.next.length).fill(-1);
  const { first: firstOf, next } = own;
  for (let slot = 0; slot < own.buckets.length; slot++) {
    const b = own.buckets[slot];
    for (let at = firstHit[slot], stop = firstAtLeast(positions, at, starts[b + 1], to - Q + 1); at < stop; at++) {
      const diagonal = positions[at] + offset;
      for (let i = firstOf[slot]; i >= 0; i = next[i]) {
        const last = diagonal - i;
        const first = Math.max(last - k, covered[i] + 1);
        covered[i] = last;
        differences[first]++;
        differences[last + 1]--;
        blockDifferences[first >> BLOCK_BITS]++;
        blockDifferences[(last + 1) >> BLOCK_BITS]--;
        runs[first >> BLOCK_BITS]++;
      }
    }
  }
  const stretches = new Stretches(from, m + k);
  const lastStart = to - from + k;
  // Positions counting at the start of block c, then at each band start d of it.
  let atBlock = 0;
  for (let c = 0; c << BLOCK_BITS <= lastStart; c++) {
    // No more positions count anywhere in the block than at its start and by the runs that start in it.
    if (atBlock + runs[c] >= needed) {
      let counted = atBlock;
      for (let d = c << BLOCK_BITS; d <= Math.min(lastStart, ((c + 1) << BLOCK_BITS) - 1); d++) {
        counted += differences[d];
        // A band starting at diagonal d − offset admits the ends d − offset + m … d − offset + m + k.
        if (counted >= needed && d >= Q) stretches.add(Math.max(from + Q, d - offset + m), Math.min(to, d - offset + m + k));
      }
    }
    atBlock += blockDifferences[c];
  }
  return stretches.list;
}

/**
 * Condition 2: at least `needed` of the pattern's trigrams, at distinct positions among the `span` units before
 * the end; a position counts at most as often as the pattern holds its trigram (or any trigram of the same bucket).
 */
function stretchesByCount(buckets: Uint16Array, own: PatternGrams, needed: number, span: number, from: number, to: number): [number, number][] {
  const counts = own.counts;
  const window = new Int32Array(counts.length);
  const stretches = new Stretches(from, span);
  let kept = 0;
  // End e (exclusive) sees the trigrams starting in [max(from, e − span), e − Q].
  for (let e = from + Q; e <= to; e++) {
    const added = own.slot(buckets[e - Q]);
    if (added >= 0 && window[added]++ < counts[added]) kept++;
    if (e - span - 1 >= from) {
      const dropped = own.slot(buckets[e - span - 1]);
      if (dropped >= 0 && --window[dropped] < counts[dropped]) kept--;
    }
    stretches.mark(e, kept >= needed);
  }
  return stretches.done(to);
}

/** The first index in [lo, hi) of the ascending `values` whose value is at least `target`, or hi. */
function firstAtLeast(values: Int32Array, lo: number, hi: number, target: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function textGrams(text: string): TextGrams {
  if (indexed?.text !== text) {
    const buckets = new Uint16Array(Math.max(0, text.length - Q + 1));
    const starts = new Int32Array(BUCKETS + 1);
    for (let i = 0; i < buckets.length; i++) starts[(buckets[i] = bucketOf(text, i)) + 1]++;
    for (let b = 0; b < BUCKETS; b++) starts[b + 1] += starts[b];
    // A counting sort by bucket, filling each bucket's positions in ascending order.
    const filled = starts.slice(0, BUCKETS);
    const positions = new Int32Array(buckets.length);
    for (let i = 0; i < buckets.length; i++) positions[filled[buckets[i]]++] = i;
    indexed = { text, buckets, starts, positions };
  }
  return indexed;
}

function bucketOf(s: string, i: number): number {
  return Math.imul((s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) * 31 + s.charCodeAt(i + 2), 0x9e3779b1) >>> 16;
}
