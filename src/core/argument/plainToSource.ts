// Maps an offset in a paragraph's plain text (inline markup removed) back to its Markdown source. The plain
// text is, whitespace aside, a subsequence of the source, so a greedy walk that skips what the plain text
// lacks (emphasis marks, note references, escapes) lands on the right source character.

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** Source offset (relative to `source`) just after the first `plainOffset` units of `plain`. */
export function plainToSource(source: string, plain: string, plainOffset: number): number {
  let j = 0;
  for (let i = 0; i < plainOffset && i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    const space = isSpace(code);
    while (j < source.length && !(space ? isSpace(source.charCodeAt(j)) : source.charCodeAt(j) === code)) j++;
    if (j >= source.length) return source.length;
    j++;
  }
  return j;
}
