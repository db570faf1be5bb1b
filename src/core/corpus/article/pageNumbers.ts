// Page numbers not printed on their page (a page of notes, a figure, a chapter's opening) follow from the pages
// that print theirs. Such a number is a guess: each is reported with its page, and its marker says it was inferred.
import type { ImportWarning } from './model';

export interface NumberedPage {
  /** The printed number, or after numbering the one the sequence gives. */
  number?: string;
  /** The number was not read from the page. */
  inferred?: boolean;
}

/**
 * Numbers the pages that print none from the first that prints a number, arabic or Roman (a book's opening pages:
 * `xi`), in the same numerals, and reports each so numbered and each printed number of those numerals out of
 * sequence. Returns false, numbering nothing, when no page prints a number.
 */
export function numberBySequence(pages: NumberedPage[], warnings: ImportWarning[]): boolean {
  const known = pages.findIndex(p => p.number !== undefined && numeralValue(p.number) !== undefined);
  if (known < 0) return false;
  const printed = pages[known].number as string;
  const roman = !/^\d+$/.test(printed);
  const write = (value: number) => (!roman ? String(value) : printed === printed.toUpperCase() ? toRoman(value).toUpperCase() : toRoman(value));
  const first = (numeralValue(printed) as number) - known;
  pages.forEach((page, i) => {
    const expected = write(first + i);
    if (page.number === undefined) {
      page.number = expected;
      page.inferred = true;
      warnings.push({ page: expected, message: `no page number printed: numbered ${expected} by its place` });
    } else if (/^\d+$/.test(page.number) !== roman && page.number !== expected) {
      warnings.push({ page: page.number, message: `page number ${page.number} breaks the sequence (expected ${expected})` });
    }
  });
  return true;
}

/** A page of a book's opening pages numbered in lower-case Roman numerals (i to lxxxix): no word of a text is one. */
export const ROMAN_PAGE = /^(?=[ivxl])(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** Roman numerals as written in their usual (shortest) form only: `iv`, never `iiii`; a word like `mix` is none. */
const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: [string, number][] = [['m', 1000], ['cm', 900], ['d', 500], ['cd', 400], ['c', 100], ['xc', 90], ['l', 50], ['xl', 40], ['x', 10], ['ix', 9], ['v', 5], ['iv', 4], ['i', 1]];

/** A page number's value: arabic, or Roman in one case throughout. */
function numeralValue(number: string): number | undefined {
  if (/^\d+$/.test(number)) return Number(number);
  if (number !== number.toLowerCase() && number !== number.toUpperCase()) return undefined;
  let rest = number.toLowerCase();
  if (!ROMAN.test(rest)) return undefined;
  let value = 0;
  for (const [numeral, n] of ROMAN_VALUES) {
    while (rest.startsWith(numeral)) {
      value += n;
      rest = rest.slice(numeral.length);
    }
  }
  return value;
}

function toRoman(value: number): string {
  let out = '';
  for (const [numeral, n] of ROMAN_VALUES) {
    while (value >= n) {
      out += numeral;
      value -= n;
    }
  }
  return out;
}

/** The numbers that were not read from their pages. */
export const inferredNumbers = (pages: NumberedPage[]): Set<string> => new Set(pages.flatMap(p => (p.inferred && p.number !== undefined ? [p.number] : [])));
