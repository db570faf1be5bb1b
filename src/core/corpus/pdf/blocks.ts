// Body lines → headings, paragraphs and block quotes, by what the page shows: a heading is set larger or in
// bold; a paragraph starts after a gap wider than the line spacing, at a first-line indent, or after a line
// ending a sentence that leaves room for the next line's first word (set there, had the paragraph gone on); a
// block quote is indented by two ems or more. Lines read on over column and page breaks.
import type { ArticleBlock, Inline } from '../article/model';
import { textWidth } from '../glyphWidth';
import { joinLines } from '../joinLines';
import { appendLine, lineInlines } from './inlines';
import { lineText, type PdfLine } from './rows';

const HEADING_SIZE = 1.12;
/** Gap between baselines, as a multiple of the line spacing, that parts blocks. */
const BLOCK_GAP = 1.3;
/** Indents in ems: a first line's, and a quotation's. */
const FIRST_LINE_INDENT = 0.5;
const QUOTE_INDENT = 2;
/** Lines whose indents differ by less than this (in ems) are set in alike. */
const RUN_TOLERANCE = 0.2;
const SENTENCE_END = /[.?!:;]["”’»)\]]*$/;

/** The start of a printed page: an inline inside a paragraph, or a block of its own. */
type PageStart = Extract<Inline, { kind: 'page' }>;

interface Draft {
  kind: 'paragraph' | 'quote';
  inlines: Inline[];
  endsShort: boolean;
}

function isHeading(line: PdfLine, body: number): boolean {
  if (line.size >= body * HEADING_SIZE) return true;
  const text = line.runs.filter(r => r.text.trim() !== '' && !r.sup);
  return line.size >= body * 0.95 && text.length > 0 && text.every(r => r.bold) && !/[.,;:]$/.test(lineText(line));
}

export function buildBlocks(regions: PdfLine[][], body: number, spacing: number, pages: number, pageName: (page: number) => string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let draft: Draft | undefined;
  let heading: { kind: 'heading'; text: string } | undefined;
  let page = -1;
  /** Pages without body text (notes only, a figure) keep their marker, before the next page's. */
  const pagesUpTo = (last: number): PageStart[] => Array.from({ length: Math.max(0, last - page) }, (_, i) => ({ kind: 'page', page: pageName(page + 1 + i) }));
  const close = () => {
    if (draft) blocks.push({ kind: draft.kind, inlines: draft.inlines });
    draft = undefined;
    heading = undefined;
  };
  regions.forEach((region, r) => {
    const margin = marginOf(region, body);
    const gapAbove = (i: number) => i > 0 && region[i - 1].y - region[i].y > BLOCK_GAP * spacing * (Math.max(region[i - 1].size, region[i].size) / body);
    const indentOf = (line: PdfLine) => (line.x - margin) / body;
    // A quotation set in by less than two ems is told from a first line's indent by its run of lines set in alike.
    const setIn = (line: PdfLine | undefined) => !!line && indentOf(line) >= FIRST_LINE_INDENT;
    const alike = (line: PdfLine, other: PdfLine | undefined) => setIn(other) && Math.abs(indentOf(other as PdfLine) - indentOf(line)) < RUN_TOLERANCE;
    const inRun = new Set(region.filter((l, i) => setIn(l) && !isHeading(l, body) && (alike(l, region[i - 1]) || alike(l, region[i + 1]))));
    // Quotations are set to a measure of their own: each line is measured against the lines set like it.
    const quoted = (line: PdfLine) => indentOf(line) >= QUOTE_INDENT || inRun.has(line);
    const edge = (line: PdfLine) => rightEdge(region.filter(l => quoted(l) === quoted(line) && Math.abs(l.size - line.size) < 0.5));
    const nextLine = (i: number) => region[i + 1] ?? regions.slice(r + 1).find(next => next.length > 0)?.[0];
    // After a semicolon or a colon, a line opening in lower case goes on the sentence.
    const goesOn = (i: number) => /[;:]$/.test(lineText(region[i]).replace(/\d+$/, '')) && /^\p{Ll}/u.test(lineText(nextLine(i) ?? region[i]));
    const isShort = (i: number) => SENTENCE_END.test(lineText(region[i]).replace(/\d+$/, '')) && !goesOn(i) && firstWordFits(region[i], nextLine(i), edge(region[i]));
    region.forEach((line, i) => {
      const starts = pagesUpTo(line.page);
      const newPage = starts.length > 0;
      page = line.page;
      if (isHeading(line, body)) {
        if (heading && i > 0 && !newPage && !gapAbove(i) && Math.abs(region[i - 1].size - line.size) < 0.5) heading.text = joinLines(heading.text, lineText(line));
        else {
          close();
          blocks.push(...starts);
          heading = { kind: 'heading', text: lineText(line) };
          blocks.push(heading);
        }
        return;
      }
      heading = undefined;
      const next = region[i + 1];
      // A quotation's lines are all set in: a line whose sentence goes on at the margin below opens a paragraph.
      const opensParagraph = !!next && !setIn(next) && !gapAbove(i + 1) && !SENTENCE_END.test(lineText(line).replace(/\d+$/, ''));
      const quoted = !opensParagraph && (inRun.has(line) || (indentOf(line) >= QUOTE_INDENT && (!next || gapAbove(i + 1) || indentOf(next) >= QUOTE_INDENT)));
      const kind = quoted ? 'quote' : 'paragraph';
      const indent = indentOf(line);
      const opens =
        !draft || draft.kind !== kind || gapAbove(i) || (i === 0 && draft.endsShort) || (i > 0 && isShort(i - 1)) ||
        (kind === 'paragraph' && indent >= FIRST_LINE_INDENT && indent < QUOTE_INDENT);
      if (opens) {
        close();
        draft = { kind, inlines: [], endsShort: false };
      }
      const inlines = lineInlines(line);
      inlines.unshift(...starts);
      appendLine((draft as Draft).inlines, inlines);
      (draft as Draft).endsShort = isShort(i);
    });
  });
  close();
  blocks.push(...pagesUpTo(pages - 1));
  return blocks;
}

/** The region's left margin: where body lines start. */
function marginOf(region: PdfLine[], body: number): number {
  const counts = new Map<number, number>();
  for (const l of region) if (Math.abs(l.size - body) < 0.5) counts.set(Math.round(l.x), (counts.get(Math.round(l.x)) ?? 0) + 1);
  // The leftmost place two lines start from: a quotation may fill most of a page, set in from it.
  const shared = [...counts].filter(([, n]) => n >= 2).map(([x]) => x);
  return shared.length > 0 ? Math.min(...shared) : ([...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? Math.min(...region.map(l => l.x)));
}

/** Where full lines end: no printed line reaches past the measure, ragged or justified. */
function rightEdge(lines: PdfLine[]): number {
  return Math.max(...lines.map(l => l.end));
}

/**
 * Whether the next line's first word would have fitted at the end of `line`, after a space: then the line did not
 * break for want of room, and the paragraph ended there. The word's width is its share of its own line's printed
 * width; the space is the face's (a justified line only ever widens it).
 */
function firstWordFits(line: PdfLine, next: PdfLine | undefined, edge: number): boolean {
  if (!next) return true;
  const text = lineText(next);
  const word = text.split(' ')[0];
  const width = ((next.right - next.x) * textWidth(word)) / Math.max(textWidth(text), Number.EPSILON);
  return line.end + textWidth(' ') * line.size + width <= edge;
}
