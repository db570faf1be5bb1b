// A manuscript set with double line spacing: pdftotext -layout writes an empty line after every printed line of
// the text, so empty lines no longer part paragraphs (a first-line indent does, as in print). Where most lines of
// text stand so, one empty line between two lines of text is the spacing and is dropped; two or more still part
// blocks (the title block, the foot of notes, which is set single-spaced).
import type { TextLine } from './lines';

/** Share of lines of text followed by one empty line and more text above which the document is double-spaced. */
const DOUBLE_SPACED = 0.6;
/** Fewer lines so set show no spacing of the document's: a few short paragraphs parted by empty lines look alike. */
const MIN_SPACED = 40;

export function closeDoubleSpacing(pages: TextLine[][]): TextLine[][] {
  let spaced = 0;
  let close = 0;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      if (line.text === '') return;
      if (lines[i + 1]?.text !== '' && lines[i + 1] !== undefined) close++;
      else if (lines[i + 1]?.text === '' && (lines[i + 2]?.text ?? '') !== '') spaced++;
    });
  }
  if (spaced < MIN_SPACED || spaced / (spaced + close) <= DOUBLE_SPACED) return pages;
  return pages.map(lines => lines.filter((line, i) => line.text !== '' || lines[i - 1]?.text === '' || lines[i + 1]?.text === '' || i === 0 || i === lines.length - 1));
}
