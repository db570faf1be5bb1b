// The W3C TextPositionSelector counts Unicode code points; JavaScript strings (and VS Code) count UTF-16
// units. The two differ only after astral characters (surrogate pairs), so a text without any converts in O(1).

export class CodePointIndex {
  /** UTF-16 offsets of the high surrogate of every pair, ascending. */
  private readonly pairs: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) this.pairs.push(i++);
      }
    }
  }

  /** Code points before a UTF-16 offset (an offset inside a pair counts the pair as before it). */
  toCodePoint(utf16: number): number {
    return utf16 - this.pairsBefore(utf16 - 1);
  }

  /** UTF-16 offset of a code-point offset. */
  toUtf16(codePoint: number): number {
    // Each pair before the target adds one unit; find how many pairs start before the resulting offset.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid] - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }

  /** Number of pairs whose high surrogate lies before `utf16` (exclusive). */
  private pairsBefore(utf16: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid] < utf16) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
