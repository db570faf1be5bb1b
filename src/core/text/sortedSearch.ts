// Binary search over ascending numbers (offsets), for the maps between a text and its source.

/** First index in [from, to) whose value is at least `value` (`to` when none is). */
export function firstAtOrAfter(sorted: ArrayLike<number>, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
