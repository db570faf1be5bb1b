// What a Word manuscript converted to Markdown (pandoc) uses in place of Markdown structure: a paragraph that is
// all bold, all italic, numbered or in capitals is a heading, and the lines above the first paragraph of prose are
// the title, the author and their affiliation, with images anywhere.
import type { DocumentIndex } from '../document/documentIndex';
import type { Paragraph, Section } from '../document/types';

const BOLD_ONLY = /^(\*\*|__)(?!\s)([^*_\n]+?)(?<!\s)\1$/;
const ITALIC_ONLY = /^([*_])(?![\s*_])([^*_\n]+?)(?<![\s*_])\1$/;
/** `1. Introduction`, `2.3 The purge`, `II. The Great Terror`: a number, then a capitalised title. */
const NUMBERED = /^(?:(\d{1,2}(?:\.\d{1,2})*)\.?|[IVXL]{1,6}\.)\s+(?=\p{Lu})/u;
/** `THE GREAT TERROR`, `CONCLUSION`: capitals only, more than an acronym. */
const CAPITALS = /^(?=(?:[^\p{L}]*\p{Lu}){5})[\p{Lu}\d\s,:;’'“”"()–—-]+$/u;
const IMAGE_ONLY = /^!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?$/;
/** Longer than this, a bold paragraph is an emphasised passage, not a heading. */
const MAX_HEADING = 120;
/** A front line (title, author, affiliation) is short and ends in no sentence punctuation. */
const FRONT_LINE = /^[^\n]{1,150}(?<![.?!:;])$/;
/** A heading ends in no sentence punctuation (a question may be one). */
const OPEN_END = /[^.!:;,]$/;

const source = (index: DocumentIndex, p: Paragraph): string => index.text.slice(p.start, p.end).trim();

type Kind = 'bold' | 'italic' | 'numbered' | 'capitals';

/** What kind of heading a paragraph's source looks like, with its title and level, if any. */
function headingLike(text: string, plain: string): { kind: Kind; title: string; level: number } | undefined {
  if (text.length > MAX_HEADING || text.includes('\n')) return undefined;
  const bold = BOLD_ONLY.exec(text);
  if (bold) return { kind: 'bold', title: plain, level: 2 };
  if (!OPEN_END.test(text)) return undefined;
  const italic = ITALIC_ONLY.exec(text);
  if (italic) return { kind: 'italic', title: plain, level: 2 };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { kind: 'numbered', title: text, level: 2 + (numbered[1]?.split('.').length ?? 1) - 1 };
  if (CAPITALS.test(text)) return { kind: 'capitals', title: plain, level: 2 };
  return undefined;
}

/**
 * The headings a converted manuscript writes as paragraphs: all bold (Word's headings through pandoc), all italic,
 * numbered (`1. Introduction`, `II. The Great Terror`) or in capitals. A numbered line next to another is a list,
 * not a heading; an italic or capitals line before the first paragraph of prose is a title or an author.
 */
export function manuscriptHeadings(index: DocumentIndex): Section[] {
  // The whole line: a numbered heading is a list item to Markdown, whose paragraph starts after its number.
  const line = (p: Paragraph) => (p.range.start.line === p.range.end.line ? index.lines.lineText(p.range.start.line).trim() : source(index, p));
  const found = index.paragraphs.map(p => (p.footnotes.length > 0 ? undefined : headingLike(line(p), p.text.trim())));
  const firstProse = found.findIndex((h, i) => !h && !isImage(index, index.paragraphs[i]) && !FRONT_LINE.test(index.paragraphs[i].text.trim()));
  return index.paragraphs.flatMap((p, i) => {
    const heading = found[i];
    if (!heading) return [];
    if (heading.kind === 'numbered' && (found[i - 1]?.kind === 'numbered' || found[i + 1]?.kind === 'numbered')) return [];
    if ((heading.kind === 'italic' || heading.kind === 'capitals') && (firstProse < 0 || i < firstProse)) return [];
    return [{ title: heading.title, level: heading.level, headingRange: p.range, range: p.range, start: p.start, end: p.end }];
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
