// A PDF's positioned text → the imported article: running heads and page numbers taken off each page (its number
// kept), columns read in order, the title block, notes at the foot of columns or at the end, superscript
// markers as references, then headings, paragraphs and quotations.
import type { ArticleMeta, ImportedArticle, ImportWarning, Inline } from '../article/model';
import { namesArticle } from '../article/namedHead';
import { inferredNumbers } from '../article/pageNumbers';
import { sameText } from '../article/sameText';
import { reportLowerCaseOpenings } from '../article/lowerCaseOpenings';
import { inPageOrder } from '../article/warningOrder';
import { lastIndexWhere } from '../plainText/lastIndex';
import { NOTES_HEADING } from '../plainText/notes';
import { readTitleBlock, readTitleSetAgain } from '../plainText/titleBlock';
import { buildBlocks } from './blocks';
import { readingRegions } from './columns';
import { leading, removeFurniture } from './furniture';
import { appendLine, lineInlines, withoutNumber } from './inlines';
import { byChapter, numberChapters } from './chapters';
import { takeEndnotes, takeNotes, type PdfNote } from './notes';
import { lineText, printedLines, type PdfLine } from './rows';
import { bodySize, type PdfPage } from './textItems';
import { softenTypesetHyphens, softenWordHyphens } from './typesetHyphens';

/** A title is set at least this much larger than the body. */
const TITLE_SIZE = 1.3;
/** Lines of a masthead above the title, and of the title block. */
const MASTHEAD_LINES = 5;
const TITLE_LINES = 8;

export function readPdfLayout(printed: PdfPage[]): ImportedArticle {
  const warnings: ImportWarning[] = [];
  const pdf = softenTypesetHyphens(printed);
  const body = bodySize(pdf);
  const spacing = leading(pdf, body);
  const pages = removeFurniture(pdf, body, warnings);
  pdf.forEach((page, i) => {
    if (page.items.every(item => item.text.trim() === '')) warnings.push({ page: pages[i].number, message: 'the page has no text (an image?): nothing read from it' });
    reportOverruns(page, pages[i].number, warnings);
  });
  const regions = pages.flatMap((page, index) => readingRegions(page.items, body).map(items => printedLines(items, index)));
  const meta = takeTitleBlock(regions, body);
  removeNamedHeads(regions, meta);
  // A book's chapters closing on their own notes numbered from 1: each chapter's are endnotes, under its `Notes`.
  const parts = byChapter(regions);
  const chapters = parts.map(chapter => {
    if (parts.length > 1) return takeEndnotes(chapter) ?? { regions: chapter, notes: [] };
    let { regions: bodyRegions, notes } = takeNotes(chapter, body, spacing);
    const referencing = bodyRegions.some(r => r.some(l => lineInlines(l).some(i => i.kind === 'ref')));
    if (notes.length === 0 && referencing) ({ regions: bodyRegions, notes } = takeEndnotes(bodyRegions) ?? { regions: bodyRegions, notes });
    return { regions: bodyRegions, notes };
  });
  if (chapters.length > 1) numberChapters(chapters, index => pages[index]?.number, warnings);
  const bodyRegions = chapters.flatMap(c => c.regions);
  const notes = chapters.flatMap(c => c.notes);
  // The text read on from column to column and page to page, each note on from its foot to the next.
  softenWordHyphens([bodyRegions.flat(), ...notes.map(note => note.lines)]);
  const pageName = (index: number) => pages[index]?.number ?? String(index + 1);
  const blocks = buildBlocks(bodyRegions, body, spacing, pages.length, pageName);
  const last = lastIndexWhere(blocks, b => b.kind !== 'page');
  if (blocks[last]?.kind === 'heading' && NOTES_HEADING.test((blocks[last] as { text: string }).text)) blocks.splice(last, 1);
  // The title set again above the text (a title page, then the title as the first heading) is not a heading.
  const first = blocks.findIndex(b => b.kind !== 'page');
  if (meta.title && blocks[first]?.kind === 'heading' && sameText((blocks[first] as { text: string }).text, meta.title)) blocks.splice(first, 1);
  reportLowerCaseOpenings(blocks, warnings);
  checkReferences(blocks.flatMap(b => ('inlines' in b ? b.inlines : [])), notes, pageName, warnings);
  return {
    meta,
    blocks,
    notes: new Map(notes.map(note => [note.n, noteInlines(note)])),
    warnings: inPageOrder(warnings, pages.map((_, i) => pageName(i))),
    inferredPages: inferredNumbers(pages),
  };
}

/**
 * The title block at the head of the first page: lines set larger than any heading, then author and journal; a
 * journal's masthead in smaller type may stand above it, read only where the title block finds it.
 */
function takeTitleBlock(regions: PdfLine[][], body: number): ArticleMeta {
  const first = regions.find(r => r.length > 0);
  const start = first?.slice(0, MASTHEAD_LINES + 1).findIndex(l => l.size >= body * TITLE_SIZE) ?? -1;
  if (first && first[0].page === 0 && start < 0) return takeBoldTitle(first) ?? takeTitlePage(first, regions);
  if (!first || first[0].page !== 0 || start < 0) return {};
  const smaller = first.slice(start).findIndex(l => l.size < body * TITLE_SIZE);
  const titleLines = smaller < 0 ? first.length : start + smaller;
  const block = readTitleBlock(first.slice(0, start + TITLE_LINES).map(l => ({ text: lineText(l), indent: 0, page: 0 })));
  if (start > 0 && !(block.used > start && block.meta.year)) return {};
  const used = block.used > titleLines ? block.used : titleLines;
  const title = first.slice(start, titleLines).map(lineText).join(' ');
  first.splice(0, used);
  return block.used > 0 ? block.meta : { title };
}

/**
 * A title block in the text's size set in bold above the text (a manuscript's title and author, bold and centred in
 * the body's style): read from those lines alone.
 */
function takeBoldTitle(first: PdfLine[]): ArticleMeta | undefined {
  const bold = first.findIndex(l => !l.runs.every(r => r.bold || r.text.trim() === ''));
  if (bold <= 0 || bold > TITLE_LINES) return undefined;
  const block = readTitleBlock(first.slice(0, bold).map(l => ({ text: lineText(l), indent: 0, page: l.page })));
  if (!block.meta.title || block.used !== bold) return undefined;
  first.splice(0, block.used);
  return block.meta;
}

/**
 * A title page set in the text's size before the first page that sets the title block again (found by the same
 * author's name at the head of the next page's text).
 */
function takeTitlePage(first: PdfLine[], regions: PdfLine[][]): ArticleMeta {
  const asText = (lines: PdfLine[]) => lines.map(l => ({ text: lineText(l), indent: 0, page: l.page }));
  const block = readTitleBlock(asText(first.slice(0, TITLE_LINES)));
  const next = regions.find(r => r.length > 0 && r[0].page === 1);
  if (!next || !block.meta.author) return {};
  const meta = { ...block.meta };
  const again = readTitleSetAgain(meta, asText(next.slice(0, MASTHEAD_LINES + TITLE_LINES)));
  if (again === 0) return {};
  first.splice(0, block.used);
  next.splice(0, again);
  return meta;
}

/**
 * Each page's topmost line (the first page's aside) that names the journal, the author or the title's start: a
 * running head, though too few pages show it recur at one height.
 */
function removeNamedHeads(regions: PdfLine[][], meta: ArticleMeta): void {
  const tops = new Map<number, PdfLine>();
  for (const line of regions.flat()) {
    const top = tops.get(line.page);
    if (line.page > 0 && (!top || line.y > top.y)) tops.set(line.page, line);
  }
  for (const line of tops.values()) {
    if (!namesArticle(lineText(line), meta)) continue;
    const region = regions.find(r => r.includes(line));
    region?.splice(region.indexOf(line), 1);
  }
}

/** A link back to the reference that ends a note in HTML and Word conversions. */
const BACK_LINK = /\s*[↩↑]\uFE0E?\s*$/;

function noteInlines(note: PdfNote): Inline[] {
  const flow: Inline[] = [];
  note.lines.forEach((line, i) => appendLine(flow, i === 0 ? withoutNumber(lineInlines(line), note.printed ?? note.n) : lineInlines(line)));
  const end = flow.at(-1);
  if (end?.kind === 'text') end.text = end.text.replace(BACK_LINK, '');
  return flow;
}

/**
 * A line set past the page's right edge (a long word or web address the typesetter could not break) lost what stood
 * beyond it: the PDF reader gives no glyph there. Said with the line's last word, which may be cut short.
 */
function reportOverruns(page: PdfPage, number: string | undefined, warnings: ImportWarning[]): void {
  const edge = page.right;
  if (edge === undefined) return;
  for (const item of page.items) {
    if (item.text.trim() === '' || item.x + item.width <= edge) continue;
    const word = /\S+$/.exec(item.text.trimEnd())?.[0] ?? '';
    warnings.push({ page: number, message: `a line runs past the page's right edge: what it printed beyond the edge is lost, so «${word}» may be cut short` });
  }
}

/** Reports each note without a marker in the text, and each marker without a note. */
function checkReferences(inlines: Inline[], notes: PdfNote[], pageName: (index: number) => string, warnings: ImportWarning[]): void {
  const referenced = new Set(inlines.flatMap(i => (i.kind === 'ref' ? [i.n] : [])));
  const written = new Set(notes.map(n => n.n));
  for (const note of notes) {
    if (!referenced.has(note.n)) {
      warnings.push({ page: pageName(note.lines[0].page), message: `the marker of note ${note.n} was not found in the text: the note is kept without a reference` });
    }
  }
  for (const n of [...referenced].sort((a, b) => a - b)) {
    if (!written.has(n)) warnings.push({ message: `the text of note ${n} was not found: its reference is kept with a missing note` });
  }
}
