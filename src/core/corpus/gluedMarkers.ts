// Later in the extraction a note marker is glued to the word or punctuation before it (`growth.42`,
// `reversal.”45`, `50%.87`). Only the expected next number is looked for, so real numbers nearby
// (`6.5 million`, `1928-1929`) are left alone; `1935.62` is a year followed by marker 62.

const DIGIT_RUN = /\d+/g;
const YEAR = /^(1[0-9]|20)\d\d$/;

/** Start offset of marker `n` glued into `text`, or -1. */
export function findGluedMarker(text: string, n: number): number {
  const wanted = String(n);
  for (const match of text.matchAll(DIGIT_RUN)) {
    if (match[0] !== wanted) continue;
    const start = match.index;
    const end = start + wanted.length;
    if (start === 0 || /\s/.test(text[start - 1])) continue;
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) continue;
    if (isPartOfNumber(text, start)) continue;
    return start;
  }
  return -1;
}

/** True when the digits at `start` continue a number: a decimal (`6.5`), a range (`1936-38`), `1,300`. */
function isPartOfNumber(text: string, start: number): boolean {
  const joiner = text[start - 1];
  if (!/[.,\-\u2013/]/.test(joiner)) return /\d/.test(joiner);
  const before = /(\d+)$/.exec(text.slice(0, start - 1));
  if (!before) return false;
  // After a full stop, a year ends its sentence (`in 1935.62`); any other number is a decimal.
  return !(joiner === '.' && YEAR.test(before[1]));
}
