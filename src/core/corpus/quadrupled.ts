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

/** Three or more letters in a row each written four times: the trace of an undecoded heading. */
export const QUADRUPLED_RUN = /(?:(\p{L})\1{3}){3,}/gu;
