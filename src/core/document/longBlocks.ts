// Where an over-long paragraph or note is cut into pieces. micromark resolves the inline text of a paragraph
// with array splices whose cost grows with the square of its tokens: one paragraph of 100,000 footnote
// references took minutes. A long block is therefore parsed a piece at a time, each piece starting at a word
// (so it opens no list, quote or heading), preferably at a sentence, which emphasis and links rarely span.

/** A paragraph or note longer than this (characters) is parsed in pieces, and reported. */
export const LONG_BLOCK = 8000;
/**
 * So is one with more marks than this. The parser's cost grows with the square of the marks it cannot pair in a
 * paragraph (an unopened `]` looks back over all of it): 8,000 `]` took 400 ms, `*a` written 4,000 times 230 ms,
 * prose of the same length 5 ms. A paragraph of prose has a few dozen marks; a table of links, a few hundred.
 */
export const MARK_LIMIT = 1000;
const MARKS = new Set([...'[]*_`\\<(!'].map(mark => mark.charCodeAt(0)));

/** The marks in `text` whose pairing the parser resolves by looking back (brackets, emphasis, code, escapes…). */
export function countMarks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (MARKS.has(text.charCodeAt(i))) count++;
  return count;
}

/** Why a block was parsed in pieces, for reports: `a paragraph ${LONG_BLOCK_REASON}`. */
export const LONG_BLOCK_REASON = `over ${LONG_BLOCK.toLocaleString('en')} characters or ${MARK_LIMIT.toLocaleString('en')} Markdown marks`;
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
  // In a run of marks with no word in reach (100,000 `[` and as many `]`, `[a](` written 50,000 times, `*_`
  // written 50,000 times: the parser's cost grew with the square of the run, minutes for one file): before any
  // character that opens no block, neither escaped nor inside a footnote reference's brackets; or before a mark that
  // opens one only before white space or more of itself (`* ` a list item, `***` a rule, `## ` a heading). What is
  // read there is no prose anyway.
  /(?<!\\|\[\^[^\]\s]{0,64})(?=[^\s#>*+\-=_~`<|\d^\\]|([#*+\-=_~])(?!\s|\1|$))/gu,
];
/** Characters before a window that the look-behinds of CUTS may need (a footnote reference's `[^` and label). */
const LOOK_BEHIND = 66;

/**
 * The first place at or after `from` and before `to` where a long block may be cut, or undefined. Each window is
 * searched on its own, so the whole search is linear in what it passes over.
 */
export function nextCut(text: string, pieceStart: number, from: number, to: number): number | undefined {
  for (let start = from; start < to; start += WINDOW) {
    const sliceStart = Math.max(0, start - LOOK_BEHIND);
    const end = Math.min(start + WINDOW, to);
    const window = text.slice(sliceStart, end);
    for (const cut of CUTS) {
      cut.lastIndex = start - sliceStart;
      const found = cut.exec(window);
      if (found) return sliceStart + found.index;
    }
    const inBackslashes = backslashCut(text, pieceStart, start, end);
    if (inBackslashes !== undefined) return inBackslashes;
  }
  return undefined;
}

/**
 * Last, inside a run of backslashes (200,000 of them were parsed whole, seconds of a held thread), which pair off
 * from the run's start, each escaping the next: a cut an even number of backslashes into the run keeps every pair,
 * so the mark after the run is escaped or not as before. A piece that starts inside a run was cut there so too.
 */
function backslashCut(text: string, pieceStart: number, start: number, end: number): number | undefined {
  const from = Math.max(start - 1, pieceStart);
  const found = text.slice(from, end).indexOf('\\\\');
  if (found < 0) return undefined;
  const pair = from + found;
  let runStart = pair;
  while (runStart > pieceStart && text[runStart - 1] === '\\') runStart--;
  const at = Math.max(start, pair + 1);
  const even = at + ((at - runStart) % 2);
  return even < end && text[even] === '\\' && text[even - 1] === '\\' ? even : undefined;
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
