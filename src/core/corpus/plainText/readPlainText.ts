// A plain-text extraction (pdftotext with or without -layout, pandoc's plain text) → the imported article:
// pages without their furniture, the title block, footnotes or endnotes, markers placed, paragraphs rebuilt.
import { pushAll } from './manyItems';
import type { ArticleMeta, ImportedArticle, ImportWarning, Inline } from '../article/model';
import { namesArticle } from '../article/namedHead';
import { inferredNumbers } from '../article/pageNumbers';
import { sameText } from '../article/sameText';
import { reportLowerCaseOpenings } from '../article/lowerCaseOpenings';
import { inPageOrder } from '../article/warningOrder';
import { orderColumnBlocks } from './blockOrder';
import { buildBlocks, type LineBreaks } from './blocks';
import { cleanText, SENTENCE_END, toLine, type TextLine } from './lines';
import { pageStart, pageToken, placeMarkers, referredNotes, reportMarkerBeyond, tokenInlines } from './markers';
import { partHyphenJoins } from './hyphenJoins';
import { closeDoubleSpacing } from './doubleSpacing';
import { markNarrowBlocks } from './narrowBlocks';
import { joinRaisedNoteNumbers } from './raisedNoteNumbers';
import { pairNoteNumbers } from './numberColumn';
import { takeEndnotes, takeFootnotes, type NoteNumbering, type NoteText } from './notes';
import { chapterParts, chapterStarts, reportRenumbered } from './chapterNotes';
import { removeFurniture, splitPages, type Page } from './pages';
import { glueSpacedMarkers } from './spacedMarkers';
import { joinSpreadLines } from './spreadLines';
import { textWidth } from '../glyphWidth';
import { Flow } from '../joinLines';
import { softenLineEnds } from '../wordHyphens';
import { lastIndexWhere } from './lastIndex';
import { refuseMissedNotes } from './missedNotes';
import { readTitleBlock, readTitleSetAgain } from './titleBlock';

/** A running head is shorter than this share of the page's measure. */
const SHORT_HEAD = 0.75;

export type PlainTextLayout = 'pdftotext' | 'pdftotext-layout' | 'pandoc';

const BREAKS: Record<PlainTextLayout, LineBreaks> = { pdftotext: 'printed', 'pdftotext-layout': 'indented', pandoc: 'paragraphs' };

export function readPlainText(text: string, layout: PlainTextLayout): ImportedArticle {
  const warnings: ImportWarning[] = [];
  const numbering: NoteNumbering = layout === 'pandoc' ? 'bracketed' : 'plain';
  const pages: Page[] =
    layout === 'pandoc' ? [{ lines: text.replace(/\r\n?/g, '\n').split('\n').map(l => toLine(l, 0)) }] : printedPages(text, layout, numbering, warnings);

  if (layout !== 'pandoc') joinRaisedNoteNumbers(pages, layout === 'pdftotext');
  if (layout === 'pdftotext') joinSpreadLines(pages);
  if (layout === 'pdftotext') partHyphenJoins(pages, warnings);
  if (layout !== 'pandoc') glueSpacedMarkers(pages, warnings);
  if (layout === 'pdftotext') pairNoteNumbers(pages, warnings);
  // A book's chapters closing on their own notes: pages of such notes are no page's foot.
  const chaptered = chapterStarts(pages.flatMap(page => page.lines), numbering).length > 0;
  let notes = chaptered ? [] : takeFootnotes(pages, numbering, warnings, layout === 'pdftotext');
  if (layout === 'pdftotext') orderColumns(pages, notes, warnings);
  const title = readTitleBlock(pages[0]?.lines ?? []);
  if (pages[0]) pages[0].lines = pages[0].lines.slice(title.used);
  // A title page that prints no number comes before the first page, which sets the title block again.
  if (pages.length > 1 && pages[0].inferred) pages[1].lines = pages[1].lines.slice(readTitleSetAgain(title.meta, pages[1].lines));
  if (title.meta.title) title.meta.title = withoutRepeatedHead(title.meta.title);
  removeNamedHeads(pages, title.meta);
  if (layout === 'pdftotext') markNarrowBlocks(pages);
  let body = bodyLines(pages);
  let lastPage = (n: number) => notes[n - 1]?.lines[0].page ?? Infinity;
  // Endnotes: at the text's end, or at each chapter's end, numbered from 1 in each.
  let chapters = [{ body, notes }];
  if (notes.length === 0) {
    chapters = chapterParts(body, chapterStarts(body, numbering)).map(part => {
      const end = takeEndnotes(part, numbering);
      return end ? { body: part.slice(0, end.start), notes: end.notes } : { body: part, notes: [] };
    });
    if (chapters.some(c => c.notes.length > 0)) lastPage = () => Infinity;
  }
  const pageName = (index: number) => pages[index]?.number;
  if (chapters.every(c => c.notes.length === 0)) refuseMissedNotes(text, layout, 0, reportMarkerBeyond(body, 0, numbering, pageName, []));
  // In a document whose typesetter hyphenates words, the line-end hyphens that only split one are soft.
  if (layout !== 'pandoc') softenLineEnds([...chapters.map(c => c.body), ...chapters.flatMap(c => c.notes.map(note => note.lines))], line => pageStart(line.text).text, line => (line.text = line.text.replace(/-$/, '\u00ad')));
  let beyond = 0;
  let referred = 0;
  body = [];
  notes = [];
  for (const chapter of chapters) {
    placeMarkers(chapter.body, chapter.notes.map(n => n.n), lastPage, numbering, pageName, warnings);
    // Fewer than half the notes the text refers to read: the rest, not found, would stand in the text.
    if (chapter.notes.length > 0) beyond += reportMarkerBeyond(chapter.body, chapter.notes.length, numbering, pageName, warnings);
    referred += referredNotes(chapter.body, numbering);
    if (notes.length > 0 && chapter.notes.length > 0) {
      renumberChapter(chapter, notes.length);
      reportRenumbered(pageName(chapter.body[0]?.page ?? 0), notes.length + 1, chapter.notes.length, warnings);
    }
    pushAll(body, chapter.body);
    pushAll(notes, chapter.notes);
  }
  if (notes.length > 0) refuseMissedNotes(text, layout, notes.length, Math.max(notes.length + beyond, referred));

  const blocks = buildBlocks(body, BREAKS[layout]);
  // The title set again above the text (a title page, or pandoc's title block before a `#` title) is not text.
  const first = blocks.findIndex(b => b.kind !== 'page');
  const firstText = blocks[first]?.kind === 'heading' ? blocks[first].text : blocks[first]?.kind === 'paragraph' ? plainOf(blocks[first].inlines) : '';
  if (title.meta.title && sameText(firstText, title.meta.title)) blocks.splice(first, 1);
  reportLowerCaseOpenings(blocks, warnings);
  return {
    meta: title.meta,
    blocks,
    notes: new Map(notes.map(note => [note.n, noteInlines(note)])),
    warnings: inPageOrder(warnings, pages.map(page => page.number)),
    inferredPages: inferredNumbers(pages),
  };
}

/**
 * The pages without their furniture. A chapter's first page has no running head: where chapters close on their own
 * notes, its first line (the chapter's title, which may head the pages after it) is kept.
 */
function printedPages(text: string, layout: PlainTextLayout, numbering: NoteNumbering, warnings: ImportWarning[]): Page[] {
  const split = layout === 'pdftotext-layout' ? closeDoubleSpacing(splitPages(text, true)) : splitPages(text);
  const said: ImportWarning[] = [];
  const pages = removeFurniture(split, said);
  const lines = pages.flatMap(page => page.lines);
  const openings = new Set(chapterStarts(lines, numbering).map(i => lines[i].page));
  if (openings.size === 0) {
    warnings.push(...said);
    return pages;
  }
  return removeFurniture(split, warnings, openings);
}

/** A chapter's notes and the references to them numbered on after the `before` notes of the chapters before it. */
function renumberChapter(chapter: { body: TextLine[]; notes: NoteText[] }, before: number): void {
  for (const line of chapter.body) line.text = line.text.replace(/\uE000(\d+)\uE001/g, (_, n: string) => `\uE000${Number(n) + before}\uE001`);
  for (const note of chapter.notes) note.n += before;
}

/**
 * Pages that pdftotext without -layout read in two columns, each put in reading order (see blockOrder.ts); the
 * order is a guess, and said so. The page's first line, when short and unpunctuated (a running head), stays first.
 */
function orderColumns(pages: Page[], notes: NoteText[], warnings: ImportWarning[]): void {
  let endsOpen = false;
  pages.forEach((page, index) => {
    const first = notes.findIndex(note => note.lines[0].page >= index);
    const numbers = notes.slice(first < 0 ? notes.length : first).map(note => note.n);
    const lines = trimEmpty(page.lines);
    // A short first line opening in lower case after a page that stopped inside a sentence goes on with it.
    const goesOn = endsOpen && /^\p{Ll}/u.test(lines[0]?.text ?? '');
    const head = lines.length > 1 && !goesOn && isShortLine(lines[0].text, lines) ? [lines[0], { ...lines[0], text: '' }] : [];
    const { lines: ordered, reordered } = orderColumnBlocks(lines.slice(head.length > 0 ? 1 : 0), numbers, endsOpen);
    if (reordered) {
      page.lines = [...head, ...ordered];
      warnings.push({ page: page.number, message: 'the page reads as two columns that pdftotext without -layout interleaved: the order of its blocks was inferred from the note markers (pdftotext -layout keeps it)' });
    }
    const last = page.lines.at(-1)?.text ?? '';
    endsOpen = last !== '' && !SENTENCE_END.test(last);
  });
}

/** Shorter than most of the page's lines and unpunctuated: a running head, not a line of text cut off. */
function isShortLine(text: string, lines: TextLine[]): boolean {
  const widths = lines.map(l => textWidth(l.text)).sort((a, b) => a - b);
  return !/[.,;:]$/.test(text) && textWidth(text) < SHORT_HEAD * (widths[Math.floor(widths.length * 0.9)] ?? 0);
}

/** The first page's running head read above the title block that it repeats: `Letters from the kolkhoz Letters from…`. */
function withoutRepeatedHead(title: string): string {
  const words = title.split(' ');
  const lower = words.map(w => w.toLowerCase());
  for (let n = 2; n <= words.length / 2; n++) {
    if (lower.slice(0, n).every((w, i) => w === lower[n + i])) return words.slice(n).join(' ');
  }
  return title;
}

/** A page's first line that names the journal, the author or the start of the title is a running head. */
function removeNamedHeads(pages: Page[], meta: ArticleMeta): void {
  for (const page of pages) {
    const first = page.lines.findIndex(l => l.text !== '');
    if (first >= 0 && namesArticle(page.lines[first].text, meta)) page.lines.splice(first, 1);
  }
}

/**
 * Every page's body lines in order, the first written line of each numbered page carrying its page token. A page
 * of notes alone still marks where it starts in the text.
 */
function bodyLines(pages: Page[]): TextLine[] {
  return pages.flatMap((page, index) => {
    const lines = trimEmpty(page.lines).map(l => ({ ...l }));
    if (page.number === undefined) return lines;
    const first = lines.find(l => l.text !== '');
    if (first) first.text = pageToken(page.number) + first.text;
    else lines.push({ text: pageToken(page.number), indent: 0, page: index });
    return lines;
  });
}

function trimEmpty(lines: TextLine[]): TextLine[] {
  const start = lines.findIndex(l => l.text !== '');
  const end = lastIndexWhere(lines, l => l.text !== '');
  return start < 0 ? [] : lines.slice(start, end + 1);
}

function noteInlines(note: NoteText): Inline[] {
  const flow = new Flow();
  for (const line of note.lines.map(l => cleanText(l.text))) {
    if (flow.lastWord.endsWith('\u00ad')) {
      flow.dropLast();
      flow.append(line);
    } else flow.join(line);
  }
  return tokenInlines(flow.toString());
}

const plainOf = (inlines: Inline[]) => inlines.map(i => (i.kind === 'text' ? i.text : '')).join('');
