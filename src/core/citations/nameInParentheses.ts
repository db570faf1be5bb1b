// A name or title set in parentheses after a fond's or file's number, marked (`f. 5 (Severo-Dvinskii okruzhkom VKP)`)
// or compact (`GARF, 9401/2/199 (Stalin’s personal file)`).
import { tidyText } from './tidy';

/** `no 83`, `№ 5`, `doc. 12`: a document's number within the file, not the file's title. */
export const DOCUMENT_NUMBER = /^ (?:no|nos|№|doc|dok|док)\.? ?\d/iu;
/** A parenthesis after a file that is no title: a labelled remark (`Примечание: …`) or a number (`Арх. № П-11606`). */
const REMARK = /^\p{L}+:|№ ?\p{Lu}?-?\d/u;

/** The end of a parenthesis opened at `open`, nested ones included (`(TsK VKP(b))`); -1 when it is not closed. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The name in the parenthesis `rest` opens with, and what follows it; undefined when there is none. A name is
 * capitalised: `(citations from the letters can be found by their date)` is a remark, and so are one that opens with a
 * label (`(Примечание: ее муж …)`), another number of the file (`(Арх. № П-11606)`) and a document's number.
 */
export function nameInParentheses(rest: string): { name: string; other?: string } | undefined {
  const open = /^ ?\(/.exec(rest)?.[0].length;
  const close = open === undefined ? -1 : closing(rest, open - 1);
  if (open === undefined || close < 0) return undefined;
  const inside = rest.slice(open, close);
  if (!/^[\p{Lu}“"«‘]/u.test(inside) || DOCUMENT_NUMBER.test(` ${inside}`) || REMARK.test(inside)) return undefined;
  const name = tidyText(inside);
  return name ? { name, other: tidyText(rest.slice(close + 1)) } : undefined;
}
