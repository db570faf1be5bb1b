// Some typesetters (Typst) draw the hyphen that a line break adds as a text item of its own, while a hyphen the text
// has stays in its word's item (`fourth-` / `century`). Where a document's line ends show both kinds, each lone one
// is the typesetter's: it becomes a soft hyphen, joined away with the line (`zhur-` / `nal`). Where they show only
// lone hyphens, nothing tells the kinds apart, and the join decides as for any line-end hyphen.
import { softenLineEnds } from '../wordHyphens';
import { lineText, rows, type PdfLine } from './rows';
import type { PdfPage, PdfTextItem } from './textItems';

/** A gap wider than this share of the size after a line's last item parts it from the next column's text. */
const COLUMN_GAP = 1;
/** A hyphen closer than this share of the size to the word before it is set close to it, not spaced as a dash. */
const CLOSE = 0.1;

export function softenTypesetHyphens(pages: PdfPage[]): PdfPage[] {
  const lone = new Set<PdfTextItem>();
  let attached = false;
  for (const row of pages.flatMap(page => rows(page.items))) {
    const written = row.filter(i => i.text.trim() !== '');
    written.forEach((item, k) => {
      const next = written[k + 1];
      const endsLine = !next || next.x - (item.x + item.width) > COLUMN_GAP * item.size;
      if (!endsLine) return;
      const before = written[k - 1];
      const touches = !!before && item.x - (before.x + before.width) < CLOSE * item.size;
      if (item.text.trim() === '-' && touches && /\p{L}$/u.test(before.text)) lone.add(item);
      else if (/\p{L}-$/u.test(item.text.trimEnd())) attached = true;
    });
  }
  if (!attached || lone.size === 0) return pages;
  return pages.map(page => ({ ...page, items: page.items.map(item => (lone.has(item) ? { ...item, text: '\u00ad' } : item)) }));
}

/**
 * In a document whose typesetter hyphenates words (see wordHyphens.ts), the hyphens that only split one become soft.
 * `runs`: lines each read on into the next.
 */
export function softenWordHyphens(runs: PdfLine[][]): void {
  softenLineEnds(runs, lineText, line => {
    const last = [...line.runs].reverse().find(run => !run.sup);
    if (last) last.text = last.text.replace(/-\s*$/, '\u00ad');
  });
}
