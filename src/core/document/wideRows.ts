// A table row of thousands of cells costs the parser time and memory far beyond prose of its length (a table of
// three rows of 100,000 cells, 1.2 MB, took 35 s and 3 GB), and one row cannot be parsed in pieces. No article
// prints a table of more than a few dozen columns: past MAX_CELLS pipes in a line, each further pipe is read as a
// broken bar `¦`, one character for one, so every position is kept and the rest of the row is text of its last cell.

export const MAX_CELLS = 256;
const WIDE_LINE = new RegExp(String.raw`^(?:[^|\n\r]*\|){${MAX_CELLS + 1}}`, 'gm');

/** `text` with the pipes past MAX_CELLS in a line read as broken bars; the same text when no line has so many. */
export function narrowRows(text: string): string {
  WIDE_LINE.lastIndex = 0;
  if (!WIDE_LINE.test(text)) return text;
  return text.replace(/^[^\n\r]*/gm, line => {
    let pipes = 0;
    return line.includes('|') ? line.replace(/\|/g, pipe => (++pipes > MAX_CELLS ? '¦' : pipe)) : line;
  });
}
