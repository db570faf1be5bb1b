// Headings in the extraction repeat every character four times (`OOOOGGGGPPPPUUUU    aaaannnndddd`).

const TIMES = 4;

/** The heading text if `line` is written with every character four times, else undefined. */
export function decodeQuadrupled(line: string): string | undefined {
  const text = line.trim();
  const chars = Array.from(text);
  if (chars.length < TIMES * 2 || chars.length % TIMES !== 0) return undefined;
  let decoded = '';
  for (let i = 0; i < chars.length; i += TIMES) {
    for (let k = 1; k < TIMES; k++) if (chars[i + k] !== chars[i]) return undefined;
    decoded += chars[i];
  }
  // Four spaces or four dashes alone are rules, not headings.
  return /\p{L}/u.test(decoded) ? decoded : undefined;
}

const LETTER = /\p{L}/u;

/**
 * The runs of three or more letters in a row each written four times (the trace of an undecoded heading), as
 * [start, end) offsets: what `/(?:(\p{L})\1{3}){3,}/gu` matches, read by hand in one pass (the pattern takes a
 * fifth of a microsecond a letter, 40 ms on a word of 200,000 letters).
 */
export function* quadrupledRuns(text: string): Generator<[number, number]> {
  for (let at = 0; at < text.length; ) {
    let end = at;
    let groups = 0;
    for (;;) {
      const c = text.codePointAt(end);
      if (c === undefined) break;
      const width = c > 0xffff ? 2 : 1;
      if (text.codePointAt(end + width) !== c || text.codePointAt(end + 2 * width) !== c || text.codePointAt(end + 3 * width) !== c) break;
      if (!LETTER.test(String.fromCodePoint(c))) break;
      end += TIMES * width;
      groups++;
    }
    if (groups >= 3) {
      yield [at, end];
      at = end;
    } else at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  }
}
