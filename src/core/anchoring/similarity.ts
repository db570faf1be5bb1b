// Similarity of short strings (quote context is 32 characters a side), as 1 − normalised edit distance.

let row = new Int32Array(64);

/** Levenshtein distance; quadratic, so only for short strings such as a quote's prefix or suffix. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Common ends cost nothing, and after a small edit they are most of the string.
  let lo = 0;
  while (lo < a.length && lo < b.length && a.charCodeAt(lo) === b.charCodeAt(lo)) lo++;
  let ha = a.length;
  let hb = b.length;
  while (ha > lo && hb > lo && a.charCodeAt(ha - 1) === b.charCodeAt(hb - 1)) {
    ha--;
    hb--;
  }
  const n = hb - lo;
  if (ha === lo || n === 0) return Math.max(ha - lo, n);
  if (row.length <= n) row = new Int32Array(2 * (n + 1));
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= ha - lo; i++) {
    let diagonal = row[0];
    row[0] = i;
    const ca = a.charCodeAt(lo + i - 1);
    for (let j = 1; j <= n; j++) {
      const above = row[j];
      const substitute = diagonal + (ca === b.charCodeAt(lo + j - 1) ? 0 : 1);
      const skip = (above < row[j - 1] ? above : row[j - 1]) + 1;
      row[j] = substitute < skip ? substitute : skip;
      diagonal = above;
    }
  }
  return row[n];
}

/** 1 for equal strings, 0 for entirely different ones. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
