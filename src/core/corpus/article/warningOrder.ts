// The guesses of an import in the order of the pages they concern, so the summary reads along the article: those
// about the whole article first, then page by page, each page's in the order they were made.
import type { ImportWarning } from './model';

/** `pages`: the printed page names in the article's order. */
export function inPageOrder(warnings: ImportWarning[], pages: (string | undefined)[]): ImportWarning[] {
  const rank = (w: ImportWarning) => (w.page === undefined ? -1 : pages.indexOf(w.page));
  // Array.prototype.sort is stable: warnings of one page keep the order they were made in.
  return [...warnings].sort((a, b) => rank(a) - rank(b));
}
