// The raw extraction as a stream of text tokens, each knowing how it is separated from the one before.
// The extractor writes every printed line followed by an empty line, notes and block quotes without that
// empty line, and a change of font (italic run, superscript marker, heading) as the frame "", " ", "".

/** How a token is separated from the previous one. */
export type Gap =
  /** Directly on the next line: a line break inside a note or quotation, a page break or a lost marker. */
  | 'none'
  /** One empty line: the ordinary break between printed lines of the body, or between notes. */
  | 'blank'
  /** Empty, single-space, empty lines: a change of font (or of block) within the flow. */
  | 'frame';

export interface RawToken {
  text: string;
  gap: Gap;
  /** 0-based line of the raw file, for messages. */
  line: number;
}

export function tokenizeRaw(raw: string): RawToken[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const tokens: RawToken[] = [];
  let gap: Gap = 'none';
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === '' && lines[i + 1] === ' ' && lines[i + 2] === '') {
      gap = 'frame';
      i += 3;
    } else if (line === '') {
      // An empty line after a frame belongs to that frame's closing; it does not weaken it.
      if (gap !== 'frame') gap = 'blank';
      i += 1;
    } else {
      // A lone space between two frames is a one-space run in the other font, so it is text.
      tokens.push({ text: repairSpaces(line), gap: tokens.length === 0 ? 'none' : gap, line: i });
      gap = 'none';
      i += 1;
    }
  }
  return tokens;
}

/** U+FFFD stands where the extractor broke a no-break space (`A.\uFFFDI. Busygin`): it becomes a space. */
function repairSpaces(line: string): string {
  return line.replace(/\uFFFD/g, ' ');
}
