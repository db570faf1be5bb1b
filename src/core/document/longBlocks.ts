// Where an over-long paragraph or note is cut into pieces. micromark resolves the inline text of a paragraph
// with array splices whose cost grows with the square of its tokens: one paragraph of 100,000 footnote
// references took minutes. A long block is therefore parsed a piece at a time, each piece starting at a word
// (so it opens no list, quote or heading), preferably at a sentence, which emphasis and links rarely span.

/** A paragraph or note longer than this (characters) is parsed in pieces, and reported. */
export const LONG_BLOCK = 8000;
/**
 * Pieces of an over-long block are about this long: a piece of 2,000 characters of dense footnote references held
 * the host's thread for 60–80 ms in VS Code before the parser's code was optimised (the first article the host
 * parses itself, after the worker thread indexed the corpus), one of 1,000 for 74–95 ms on a busy machine, and each
 * piece is parsed alone.
 */
export const BLOCK_PIECE = 500;
/** Each kind of cut is looked for within this many characters before the next kind is tried. */
const WINDOW = BLOCK_PIECE;

const CUTS = [
  /(?<=[.!?]["'”»’)]?\s)(?=\p{Lu})/gu,
  /(?<=\s)(?=\p{L})/gu,
  // Before a footnote reference, which cannot be read as the start of a block.
  /(?<![\\[])(?=\[\^[^\]\s]{1,64}\](?!:))/gu,
  // Inside a run of letters with no other place in reach (a word of 200,000 letters was parsed whole): between two
  // letters with at least 64 more after them, so never inside a footnote label.
  /(?<=\p{L})(?=\p{L}{64})/gu,
  // Last, in a run of marks with no word in reach (100,000 `[` and as many `]`, `[a](` written 50,000 times: the
  // parser's cost grew with the square of the run, minutes for one file): before any character that opens no block,
  // neither escaped nor inside a footnote reference's brackets. What is read there is no prose anyway.
  /(?<!\\|\[\^[^\]\s]{0,64})(?=[^\s#>*+\-=_~`<|\d^\\])/gu,
];
/** Characters before a window that the look-behinds of CUTS may need (a footnote reference's `[^` and label). */
const LOOK_BEHIND = 66;

/**
 * The first place at or after `from` and before `to` where a long block may be cut, or undefined. Each window is
 * searched on its own, so the whole search is linear in what it passes over.
 */
export function nextCut(text: string, from: number, to: number): number | undefined {
  for (let start = from; start < to; start += WINDOW) {
    const sliceStart = Math.max(0, start - LOOK_BEHIND);
    const window = text.slice(sliceStart, Math.min(start + WINDOW, to));
    for (const cut of CUTS) {
      cut.lastIndex = start - sliceStart;
      const found = cut.exec(window);
      if (found) return sliceStart + found.index;
    }
  }
  return undefined;
}

const DEFINITION_CONTENT = /^ {0,3}\[\^[^\]\r\n]+\]:[ \t]*/;

/**
 * What a block whose first line is `line` is, for cutting: a paragraph, a note (footnote definition) whose text
 * is a paragraph, or something else (list, quote, table, code…), which is never cut.
 */
export function cuttableKind(line: string): 'paragraph' | 'note' | undefined {
  const definition = DEFINITION_CONTENT.exec(line);
  if (definition) return opensParagraph(line.slice(definition[0].length)) || line.length === definition[0].length ? 'note' : undefined;
  return /^ {0,3}\S/.test(line) && opensParagraph(line.trimStart()) ? 'paragraph' : undefined;
}

/** True when text starting here is a paragraph's, not a list item, quote, heading, fence, HTML or definition. */
function opensParagraph(text: string): boolean {
  return /^(?:\p{L}|\d(?!\d{0,8}[.)](?:\s|$))|["'“«„‘(]|[*_]+[^\s*_]|\[(?![^\]]*\]:))/u.test(text);
}

/** A line that, inside a paragraph, starts another block or turns the paragraph into a heading or table. */
export function interruptsParagraph(line: string): boolean {
  if (/^ {0,3}(?:[>#<|`~]|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$))/.test(line)) return true;
  // A setext underline, a thematic break or a table's delimiter row.
  return /^[-=:|\s]+$/.test(line) && /[-=]/.test(line);
}
