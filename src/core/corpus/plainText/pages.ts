// Pages of an extraction split by form feeds, without their furniture: the running head at the top and the
// page number at the top or foot. The number is kept for the page marker. A head is a first line that recurs
// on other pages (once digits are ignored), stands alone above an empty line, or is all capitals; a page number is a
// line of digits alone (or of lower-case Roman numerals: a book's opening pages), or digits at either end of the head.
import type { ImportWarning } from '../article/model';
import { numberBySequence, ROMAN_PAGE, type NumberedPage } from '../article/pageNumbers';
import { readColumns } from './columns';
import { toLine, type TextLine } from './lines';
import { lastIndexWhere } from './lastIndex';
import { inEnglishDictionary } from '../../text/englishWords';
import { BYLINE } from './titleBlock';

export interface Page extends NumberedPage {
  lines: TextLine[];
}

/** Running heads are short: a title cut down, an author's name, a journal's. */
const HEAD_LENGTH = 70;
const PAGE_NUMBER = { test: (text: string) => /^\d{1,4}$/.test(text) || ROMAN_PAGE.test(text) };
const NUMBERED_HEAD = /^(\d{1,4})\s+(\S.*)$|^(.*\S)\s+(\d{1,4})$/;

const headKey = (text: string) => text.replace(/\d+/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Lines keep their positions in `-layout` output, so a page set in columns is read column by column there. */
export function splitPages(text: string, columns = false): TextLine[][] {
  const pages = text.replace(/\r\n?/g, '\n').split('\f');
  if (pages.length > 1 && pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((page, index) => {
    const lines = page.split('\n');
    if (!columns) return lines.map(line => toLine(line, index));
    return readColumns(lines).map(({ text, region, column }) => ({ ...toLine(text, index), region, column }));
  });
}

/** `openings`: the indexes of pages that open a chapter (found once the furniture is off: see chapterNotes.ts). */
export function removeFurniture(pages: TextLine[][], warnings: ImportWarning[], openings: ReadonlySet<number> = new Set()): Page[] {
  const keys = new Map<string, number>();
  for (const lines of pages) {
    const line = lines.find(l => l.text !== '' && !PAGE_NUMBER.test(l.text));
    if (!line) continue;
    const key = headKey(stripNumber(line.text).text);
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  const result = pages.map((lines, index) => stripPage(lines, keys, openings.has(index)));
  fillPageNumbers(result, warnings);
  return result;
}

/** `302   JAMES HARRIS` → the head and its number. */
function stripNumber(text: string): { text: string; number?: string } {
  const m = NUMBERED_HEAD.exec(text);
  if (!m) return { text };
  return m[1] !== undefined ? { text: m[2], number: m[1] } : { text: m[3], number: m[4] };
}

/** `opening`: a chapter's first page, which has no running head (its title may be the head of the pages after it). */
function stripPage(lines: TextLine[], heads: Map<string, number>, opening: boolean): Page {
  const kept = [...lines];
  let number: string | undefined;
  const written = () => kept.filter(l => l.text !== '');
  const bottom = written().at(-1);
  if (bottom && PAGE_NUMBER.test(bottom.text)) {
    number = bottom.text;
    kept.splice(kept.indexOf(bottom), 1);
  }
  const top = written()[0];
  if (top) {
    if (number === undefined && PAGE_NUMBER.test(top.text)) {
      number = top.text;
      kept.splice(kept.indexOf(top), 1);
    }
  }
  // pdftotext may write the number between a page's columns: a line of digits alone between empty lines.
  const inside = number === undefined ? kept.findIndex((l, i) => PAGE_NUMBER.test(l.text) && kept[i - 1]?.text === '' && kept[i + 1]?.text === '') : -1;
  if (inside >= 0) {
    number = kept[inside].text;
    kept.splice(inside, 1);
  }
  const head = written()[0];
  if (head) {
    const { text, number: inHead } = stripNumber(head.text);
    const after = kept[kept.indexOf(head) + 1];
    const recurs = (heads.get(headKey(text)) ?? 0) >= 2;
    const unpunctuated = !/[.,;:”’"]\d*$/.test(text);
    // A title stands alone above its byline.
    const byline = BYLINE.test(kept.slice(kept.indexOf(head) + 1).find(l => l.text !== '')?.text ?? '');
    const standsAlone = after?.text === '' && unpunctuated && text.length <= HEAD_LENGTH && !byline;
    // Heads are often set in capitals, which running text never is for a whole line; a head is one line, and one
    // going on in capitals in the next (a journal's masthead, a title) is none.
    const inCapitals = (t: string) => /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t);
    const capitals = unpunctuated && inCapitals(text) && !(after && inCapitals(after.text));
    if (text !== '' && !opening && (recurs || standsAlone || capitals)) {
      kept.splice(kept.indexOf(head), 1);
      number ??= inHead;
    }
  }
  return { number, lines: kept };
}

/** A page without a printed number takes the one its neighbours imply; that guess is reported. */
function fillPageNumbers(pages: Page[], warnings: ImportWarning[]): void {
  const trial: NumberedPage[] = pages.map(page => ({ number: page.number }));
  if (numberBySequence(trial, [])) pages.forEach((page, i) => page.number === undefined && takeRunOnNumber(page, trial[i].number as string));
  if (!numberBySequence(pages, warnings) && pages.length > 1) warnings.push({ message: 'no page numbers found: the pages are not marked' });
}

/**
 * pdftotext without -layout runs a page's last line ending in a hyphen on into the page number under it
 * (`regarding the pri-` / `xxii`: `regarding the prixxii`): the number the sequence expects, run on after a word's
 * letters, is the page's, and the hyphen is given back. A word English has is no such join (`taxi` on page xi).
 */
function takeRunOnNumber(page: Page, number: string): void {
  const last = page.lines[lastIndexWhere(page.lines, l => l.text !== '')];
  const word = last && /\S+$/.exec(last.text)?.[0];
  if (!last || !word || !new RegExp(`\\p{L}${number}$`, 'u').test(word) || (!/^\d+$/.test(number) && inEnglishDictionary(word))) return;
  page.lines[page.lines.indexOf(last)] = { ...last, text: `${last.text.slice(0, -number.length)}-` };
  page.number = number;
}
