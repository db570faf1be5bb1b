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
 * Numbers the pages that print none from the first that prints an arabic number, and reports each so numbered and
 * each printed number out of sequence. Returns false, numbering nothing, when no page prints an arabic number.
 */
export function numberBySequence(pages: NumberedPage[], warnings: ImportWarning[]): boolean {
  const known = pages.findIndex(p => p.number !== undefined && /^\d+$/.test(p.number));
  if (known < 0) return false;
  const first = Number(pages[known].number) - known;
  pages.forEach((page, i) => {
    const expected = String(first + i);
    if (page.number === undefined) {
      page.number = expected;
      page.inferred = true;
      warnings.push({ page: expected, message: `no page number printed: numbered ${expected} by its place` });
    } else if (/^\d+$/.test(page.number) && page.number !== expected) {
      warnings.push({ page: page.number, message: `page number ${page.number} breaks the sequence (expected ${expected})` });
    }
  });
  return true;
}

/** The numbers that were not read from their pages. */
export const inferredNumbers = (pages: NumberedPage[]): Set<string> => new Set(pages.flatMap(p => (p.inferred && p.number !== undefined ? [p.number] : [])));
