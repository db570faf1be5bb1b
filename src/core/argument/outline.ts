// The outline of an article's argument, resolved against one version of its text. The same shape serves the
// curated outline (from an argument file) and the derived one (from headings and paragraphs).
import type { Range } from '../text/range';

export interface OutlineStatement {
  text: string;
  /** The passage in the article; null when its quote no longer matches (unanchored). */
  range: Range | null;
}

export interface OutlinePeriod {
  label: string;
  from: number;
  to: number;
  /** The passages that argue the period, in the argument file's order; null entries are unanchored. */
  passages: (Range | null)[];
}

export interface OutlineClaim extends OutlineStatement {
  /** Labels of the notes that carry the claim, e.g. ['24', '25']. */
  footnotes: string[];
  /** In a derived outline, a paragraph that is a block quotation rather than the author's own words. */
  quotation: boolean;
}

export interface OutlineSection {
  /** The heading's text; null for an untitled section (an introduction, a conclusion after a break). */
  title: string | null;
  /** From the heading (or first line) to the end of the section; null when the section could not be found. */
  range: Range | null;
  claims: OutlineClaim[];
}

/** A quote of the argument file that no longer matches the article. */
export interface UnanchoredQuote {
  /** JSON path of the quote in the argument file, e.g. ['sections', 2, 'claims', 0, 'quote']. */
  path: (string | number)[];
  exact: string;
}

export interface Outline {
  kind: 'curated' | 'derived';
  title: string | null;
  question: OutlineStatement | null;
  thesis: OutlineStatement | null;
  periods: OutlinePeriod[];
  sections: OutlineSection[];
  unanchored: UnanchoredQuote[];
}
