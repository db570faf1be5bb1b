// How a printed work is named in the Sources view, shared by its rows and its filter so that what a row shows can be
// typed to find it: a periodical's issue by its number and date (`no. 11, 1989`), an article by its own title.
import type { SourceWork } from './types';

/** A newspaper's or journal's issue under its name: `no. 11, 1989`, `5 March 1937`, `5 March 1937: Title`. */
export function issueLabel(w: SourceWork): string {
  const issue = [w.issue && `no. ${w.issue}`, w.date].filter(Boolean).join(', ');
  return w.articleTitle ? `${issue}: ${w.articleTitle}` : issue;
}

/** A work under its author: the article's title, else the work's, else its date. */
export function workLabel(w: SourceWork): string {
  return w.articleTitle ?? w.title ?? w.date ?? 'untitled work';
}

/** Where a work was published, beside its label: a book's imprint, or the periodical and issue of an article. */
export function workPlace(w: SourceWork): string | undefined {
  if (w.published) return w.published;
  if (w.articleTitle) return [w.title, w.issue && `no. ${w.issue}`, w.date].filter(Boolean).join(', ');
  return w.date;
}
