// What a Word manuscript converted to Markdown (pandoc) uses in place of Markdown structure: a paragraph that is
// all bold is a heading, and the lines above the first paragraph of prose are the title, the author and their
// affiliation, with images anywhere.
import type { DocumentIndex } from '../document/documentIndex';
import type { Paragraph, Section } from '../document/types';

const BOLD_ONLY = /^(\*\*|__)(?!\s)([^*_\n]+?)(?<!\s)\1$/;
const IMAGE_ONLY = /^!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?$/;
/** Longer than this, a bold paragraph is an emphasised passage, not a heading. */
const MAX_HEADING = 120;
/** A front line (title, author, affiliation) is short and ends in no sentence punctuation. */
const FRONT_LINE = /^[^\n]{1,150}(?<![.?!:;])$/;

const source = (index: DocumentIndex, p: Paragraph): string => index.text.slice(p.start, p.end).trim();

/** Bold-only paragraphs as level-2 headings. */
export function boldHeadings(index: DocumentIndex): Section[] {
  return index.paragraphs.flatMap(p => {
    const bold = BOLD_ONLY.exec(source(index, p));
    if (!bold || bold[2].length > MAX_HEADING) return [];
    return [{ title: p.text.trim(), level: 2, headingRange: p.range, range: p.range, start: p.start, end: p.end }];
  });
}

export function isImage(index: DocumentIndex, p: Paragraph): boolean {
  return IMAGE_ONLY.test(source(index, p));
}

/** The title, author and affiliation lines before the first heading or paragraph of prose (none when the
 * article opens with a heading). */
export function frontLines(index: DocumentIndex, headings: readonly Section[]): Paragraph[] {
  const firstHeading = Math.min(...headings.map(h => h.start), index.text.length);
  const front: Paragraph[] = [];
  for (const p of index.paragraphs) {
    if (p.start >= firstHeading || isImage(index, p)) continue;
    if (!FRONT_LINE.test(p.text.trim()) || p.footnotes.length > 0) break;
    front.push(p);
  }
  return front;
}
