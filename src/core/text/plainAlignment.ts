// Maps a block's plain text (inline markup removed: emphasis marks, note references, escapes, link targets) back
// to its Markdown source. The plain text is, whitespace aside, a subsequence of the source, so a greedy walk that
// skips what the plain text lacks lands on the right source character. A character the rest of the source lacks
// (an entity decoded, `&#8212;` → `—`) is mapped to where the walk stands and consumes nothing, so what follows
// still lines up.

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** For each unit of `plain`, the offset (relative to `source`) of the source character it came from. */
export function alignPlainToSource(source: string, plain: string): Int32Array {
  const at = new Int32Array(plain.length);
  let j = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    const space = isSpace(code);
    let k = j;
    while (k < source.length && !(space ? isSpace(source.charCodeAt(k)) : source.charCodeAt(k) === code)) k++;
    if (k < source.length) {
      at[i] = k;
      j = k + 1;
    } else {
      at[i] = Math.min(j, source.length);
    }
  }
  return at;
}

/** Source offset (relative to `source`) just after the first `plainOffset` units of `plain`. */
export function plainToSource(source: string, plain: string, plainOffset: number): number {
  const length = Math.min(plainOffset, plain.length);
  if (length <= 0) return 0;
  return Math.min(source.length, alignPlainToSource(source, plain.slice(0, length))[length - 1] + 1);
}
