// A piece of an over-long paragraph or note with no letter, digit or footnote mark (100,000 `[` then as many `]`)
// holds nothing Opis reads, yet the parser spends on a run of marks many times what it spends on prose of the same
// length (each `]` looks back over the piece for its opening `[`). Such a piece is read as plain text, its marks as
// written (an emphasis or code span of marks alone keeps its asterisks or backticks): the parser is given the piece
// with each mark replaced by a letter, so lines, breaks and positions come out as written, and the marks are put
// back into the text it returns. A backslash escapes what follows it, so a piece with one is parsed as written.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { interruptsParagraph } from './longBlocks';

const PARSED = /[\p{L}\p{N}^\\]/u;
const MASK = 'x';

/**
 * Whether `piece`, a piece that continues a cut block, may be read as marks alone; not when it has a word, a footnote
 * mark or an escape, or a line of it could start a block of its own.
 */
export function readAsMarks(piece: string): boolean {
  if (PARSED.test(piece)) return false;
  const later = piece.split(/\r\n?|\n/).slice(1);
  // a piece cut at the start of a line ends with a line break, not a blank line
  if (later.at(-1) === '') later.pop();
  return !later.some(line => line.trim() === '' || interruptsParagraph(line));
}

/** What the parser is given for such a piece: a letter for each mark, white space as it is. */
export function maskMarks(piece: string): string {
  return piece.replace(/\S/g, MASK);
}

/**
 * Puts the marks of `original` back into the text nodes of `tree`, parsed from its masked form: every character
 * but white space was masked, so the k-th letter of a text node stands for its slice's k-th non-space character.
 */
export function unmaskMarks(tree: Root, original: string): void {
  visit(tree, 'text', node => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    const marks = original.slice(start.offset, end.offset).replace(/\s/g, '');
    let k = 0;
    node.value = node.value.replace(/\S/g, () => marks[k++] ?? '');
  });
}
