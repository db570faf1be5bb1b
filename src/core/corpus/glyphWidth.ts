// Approximate printed width of a line, in ems of a Times-like face. Character counts are too rough to tell
// a justified full line from a paragraph's last line; proportional widths separate them cleanly.

const WIDTHS: Record<string, number> = {
  ' ': 250, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278,
  m: 778, n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500,
  z: 444, A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611,
  M: 889, N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722,
  Z: 611, '.': 250, ',': 250, ':': 278, ';': 278, '!': 333, '?': 444, "'": 180, '"': 408, '(': 333, ')': 333,
  '-': 333, '\u2013': 500, '\u2014': 1000, '\u2018': 333, '\u2019': 333, '\u201c': 444, '\u201d': 444,
  '/': 278, '[': 333, ']': 333, '%': 833, '&': 778, '*': 500,
};
const DEFAULT_WIDTH = 500;
/** Superscript note numbers are set smaller than the text. */
const SUPERSCRIPT_SCALE = 0.6;

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDTHS[ch] ?? DEFAULT_WIDTH;
  return width / 1000;
}

export function superscriptWidth(digits: string): number {
  return textWidth(digits) * SUPERSCRIPT_SCALE;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
