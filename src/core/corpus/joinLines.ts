// Joining two printed lines of one paragraph: a space, except after a line-end hyphen or a dash set close. The hyphen stays
// (`Trotskyist-Zinovievite`, `136-137`) unless it only split a word for the line (`unders-tood`).
import { inEnglishDictionary as isEnglishWord } from '../text/englishWords';

const TRAILING_WORD = /(\p{L}+)-$/u;
const LEADING_WORD = /^(\p{Ll}+)/u;
/** A web address ending the line. */
const TRAILING_URL = /(?:^|\s)(?:https?:\/\/|www\.)(\S*)$/;

/**
 * A web address broken at the line's end goes on in the next line's first word: its host has no dot yet
 * (`https://ameri` + `canhumanist.org/…`), that word holds a path or a host's dot (`…/kron` + `id/continue.html`), or
 * the address ends in a query's `?` or `&` and the word opens a parameter (`…/gztjur/?` + `n=n5_7`).
 */
function urlGoesOn(left: string, right: string): boolean {
  const url = TRAILING_URL.exec(left)?.[1];
  if (url === undefined) return false;
  return !url.split('/')[0].includes('.') || /^[^\s/]*(?:\/|\.\p{L})/u.test(right) || (/[?&]$/.test(url) && /^[\w.~%+-]+=/.test(right));
}

/** What goes between `left` (ending a printed line) and `right` (starting the next): ' ' or ''. */
export function lineJoint(left: string, right: string): { dropHyphen: boolean; separator: string } {
  if (/\s$/.test(left) || /^\s/.test(right) || left === '' || right === '') return { dropHyphen: false, separator: '' };
  // A soft hyphen only split a word for the line.
  if (left.endsWith('\u00ad')) return { dropHyphen: true, separator: '' };
  // `Cheka/` + `OGPU`: a slash ends a line only inside a compound or a web address.
  if (/\/$/.test(left) || urlGoesOn(left, right)) return { dropHyphen: false, separator: '' };
  // A dash set close to the word before it (`specialists–` + `geologists–showed`) is set close after it too.
  if (/[\p{L}\p{N}.,;:’”)][–—]$/u.test(left)) return { dropHyphen: false, separator: '' };
  // A hyphen set close to what it follows joins a compound (`1925 g.-` + `noiabr’`, `VKP(b)-`); a spaced one is a dash.
  if (!/[^\s-]-$/u.test(left)) return { dropHyphen: false, separator: ' ' };
  const head = TRAILING_WORD.exec(left)?.[1];
  const tail = LEADING_WORD.exec(right)?.[1];
  const splitWord = head !== undefined && tail !== undefined && !isEnglishWord(tail) && isEnglishWord(head + tail);
  return { dropHyphen: splitWord, separator: '' };
}

/** `left` and `right` joined as one flow of text. */
export function joinLines(left: string, right: string): string {
  const { dropHyphen, separator } = lineJoint(left, right);
  return (dropHyphen ? left.slice(0, -1) : left) + separator + right;
}

/** Where the last word of `text` starts: after its last white space. */
function lastWordStart(text: string): number {
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return i;
}

/**
 * Text built line by line that keeps its last word apart, all `lineJoint` reads of the text before a line (its end,
 * the word a hyphen ends, a web address): joining a paragraph of any number of lines takes time linear in its length.
 */
export class Flow {
  private readonly parts: string[] = [];
  private word = '';

  /** The text since its last white space. */
  get lastWord(): string {
    return this.word;
  }

  append(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    const start = lastWordStart(text);
    this.word = start > 0 ? text.slice(start) : this.word + text;
  }

  /** The last character taken off: a hyphen that only split a word for the line. */
  dropLast(): void {
    while (this.parts.at(-1) === '') this.parts.pop();
    this.parts.push(this.parts.pop()?.slice(0, -1) ?? '');
    this.word = this.word.slice(0, -1);
  }

  /** `line` joined on as `joinLines` joins it. */
  join(line: string): void {
    if (this.parts.length === 0) return this.append(line);
    const { dropHyphen, separator } = lineJoint(this.word, line);
    if (dropHyphen) this.dropLast();
    this.append(separator + line);
  }

  toString(): string {
    return this.parts.join('');
  }
}
