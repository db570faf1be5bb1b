// Items standing on one baseline, and the printed lines they make: a smaller item raised a little above a line
// (a reference marker, a note number) belongs to the line below it, as a superscript.
import { closeTypesetSpacing } from '../typesetSpacing';
import { composeGreekCapitals } from '../greekCapitals';
import type { PdfTextItem } from './textItems';

export interface Run {
  text: string;
  italic: boolean;
  bold: boolean;
  sup: boolean;
}

export interface PdfLine {
  runs: Run[];
  x: number;
  right: number;
  /** Where the line's last mark ends, a superscript after its text included. */
  end: number;
  y: number;
  /** Size of the line's text, superscripts aside. */
  size: number;
  page: number;
}

/** Baselines closer than this share of the font size are one row. */
const SAME_BASELINE = 0.25;
/** A superscript is smaller than this share of its line's size, and raised no more than `SUP_RISE` of it. */
const SUP_SIZE = 0.85;
const SUP_RISE = 0.6;
/** A gap wider than this share of the size between two items is a space. */
const SPACE_GAP = 0.15;
/**
 * A number set close after a word in a font's superscript figures, on the text's baseline and at its size (as Typst
 * sets note references), is narrower than this share of the text's average character (in ems).
 */
const SUP_FIGURES = 0.8;

/** Items grouped by baseline, top of the page first, each row's items left to right. */
export function rows(items: PdfTextItem[]): PdfTextItem[][] {
  const sorted = items.filter(i => i.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const out: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = out.at(-1);
    if (row && Math.abs(row[0].y - item.y) <= SAME_BASELINE * Math.min(row[0].size, item.size)) row.push(item);
    else out.push([item]);
  }
  for (const row of out) row.sort((a, b) => a.x - b.x);
  return out;
}

const mainSize = (row: PdfTextItem[]) => Math.max(...row.filter(i => i.text.trim() !== '').map(i => i.size), 0);

/** The printed lines of one region of a page (a column, or the whole page), top first. */
export function printedLines(items: PdfTextItem[], page: number): PdfLine[] {
  const all = rows(items);
  const em = averageEm(items);
  const lines: PdfLine[] = [];
  let raised: PdfTextItem[] = [];
  all.forEach((row, i) => {
    const below = all[i + 1];
    if (below && isSuperscriptRow(row, below)) raised.push(...row);
    else {
      if (row.some(item => item.text.trim() !== '')) lines.push(toLine([...row, ...raised].sort((a, b) => a.x - b.x), new Set(raised), page, em));
      raised = [];
    }
  });
  return lines;
}

function isSuperscriptRow(row: PdfTextItem[], below: PdfTextItem[]): boolean {
  const size = mainSize(below);
  const rise = row[0].y - below[0].y;
  if (rise <= 0 || rise > SUP_RISE * size || mainSize(row) >= SUP_SIZE * size) return false;
  const left = Math.min(...below.map(i => i.x)) - size;
  const right = Math.max(...below.map(i => i.x + i.width)) + size;
  // A note's number may stand before its text's first word by a tab: it reaches to within an em of the line.
  return row.every(i => i.x + i.width >= left && i.x <= right);
}

/** The average width of a character of the text, in ems of its size (numbers alone aside). */
function averageEm(items: PdfTextItem[]): number {
  const text = items.filter(i => i.size > 0 && !/^\s*\d+\s*$/.test(i.text));
  const chars = text.reduce((n, i) => n + i.text.length, 0);
  return chars === 0 ? 0 : text.reduce((w, i) => w + i.width / i.size, 0) / chars;
}

/** Numbers in superscript figures on the line's baseline: set close after text, narrower than its characters. */
function figureSuperscripts(items: PdfTextItem[], em: number): Set<PdfTextItem> {
  return new Set(
    items.filter((item, k) => {
      const before = items[k - 1];
      const close = !!before && /\S$/.test(before.text) && item.x - (before.x + before.width) <= SPACE_GAP * item.size;
      return close && /^\d{1,3}$/.test(item.text) && item.width / (item.text.length * item.size) < SUP_FIGURES * em;
    }),
  );
}

function toLine(items: PdfTextItem[], raised: Set<PdfTextItem>, page: number, em: number): PdfLine {
  const runs: Run[] = [];
  const sup = new Set([...raised, ...figureSuperscripts(items.filter(i => !raised.has(i)), em)]);
  let end = -Infinity;
  for (const item of items) {
    // A space drawn at the raised height (a word-by-word PDF's gap after a marker) parts the marker from the
    // next word: it is not part of the marker, which is trimmed.
    const isSup = sup.has(item) && item.text.trim() !== '';
    const last = runs.at(-1);
    const gap = item.x - end > SPACE_GAP * item.size;
    if (last && gap && !/\s$/.test(last.text) && !/^\s/.test(item.text)) {
      if (!isSup && !last.sup) last.text += ' ';
      else runs.push({ text: ' ', italic: false, bold: false, sup: false });
    }
    const tail = runs.at(-1);
    if (tail && tail.sup === isSup && tail.italic === item.italic && tail.bold === item.bold) tail.text += item.text;
    else runs.push({ text: item.text, italic: item.italic, bold: item.bold, sup: isSup });
    end = item.x + item.width;
  }
  const text = items.filter(i => !sup.has(i) && i.text.trim() !== '');
  const body = text.length > 0 ? text : items;
  return {
    runs: runs.map(r => ({ ...r, text: r.sup ? r.text.trim() : composeGreekCapitals(closeTypesetSpacing(r.text)) })).filter(r => r.text !== ''),
    x: Math.min(...body.map(i => i.x)),
    right: Math.max(...body.map(i => i.x + i.width)),
    end: Math.max(...items.filter(i => i.text.trim() !== '').map(i => i.x + i.width)),
    y: body[0].y,
    size: Math.max(...body.map(i => i.size)),
    page,
  };
}

export const lineText = (line: PdfLine) => line.runs.map(r => r.text).join('').replace(/\s+/g, ' ').trim();
