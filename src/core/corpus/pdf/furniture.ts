// Running heads and page numbers: the top and bottom rows of a page, set off from the text by more than its
// line spacing. A top row is a running head when such rows stand at one height on at least half the pages, a
// bottom row a running foot when its words recur at the foot of half the pages; a bare number (or a number at
// either end of a head or foot) is the page's printed number, which is kept.
import type { ImportWarning } from '../article/model';
import { numberBySequence, type NumberedPage } from '../article/pageNumbers';
import { rows } from './rows';
import type { PdfPage, PdfTextItem } from './textItems';

/** A row is set off from the text when the distance to its neighbour exceeds the leading by this factor. */
const SET_OFF = 1.4;
/** Rows at the same height on different pages differ by no more than this many points. */
const SAME_HEIGHT = 3;
const FOLIO = /^[-–—\s]*(\d{1,5}|[ivxlcdm]{1,8})[-–—\s]*$/i;
const FOLIO_IN_HEAD = /^(\d{1,5})\s+\S|\S\s+(\d{1,5})$/;

export interface PageText extends NumberedPage {
  items: PdfTextItem[];
}

const rowText = (row: PdfTextItem[]) => row.map(i => i.text).join(' ').replace(/\s+/g, ' ').trim();

/** The most common distance between successive baselines of body text. */
export function leading(pages: PdfPage[], body: number): number {
  const counts = new Map<number, number>();
  for (const page of pages) {
    const bodyRows = rows(page.items.filter(i => Math.abs(i.size - body) < 0.5 && i.text.trim() !== ''));
    for (let i = 1; i < bodyRows.length; i++) {
      const d = Math.round((bodyRows[i - 1][0].y - bodyRows[i][0].y) * 2) / 2;
      if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? body * 1.2;
}

export function removeFurniture(pages: PdfPage[], body: number, warnings: ImportWarning[]): PageText[] {
  const spacing = leading(pages, body);
  const pageRows = pages.map(p => rows(p.items).filter(r => rowText(r) !== ''));
  // A top row set off from the text below it, no larger than the text: a running head if it recurs in place.
  const heads = pageRows.map(r => (r.length > 1 && r[0][0].y - r[1][0].y > SET_OFF * spacing && Math.max(...r[0].map(i => i.size)) <= body * 1.1 ? r[0] : undefined));
  const headHeight = recurringHeight(heads.flatMap(h => (h ? [h[0].y] : [])), pages.length);
  // A bottom row set off from the text above it (under a bare page number, if any) whose words recur at the
  // foot of other pages: a running foot (a journal's name, a repository's download line).
  const feet = pageRows.map(r => {
    const last = r.length - 1 - (r.length > 1 && FOLIO.test(rowText(r[r.length - 1])) ? 1 : 0);
    return last > 0 && r[last - 1][0].y - r[last][0].y > SET_OFF * spacing && footKey(r[last]) !== '' ? r[last] : undefined;
  });
  const footKeys = recurringKeys(feet.flatMap(f => (f ? [footKey(f)] : [])), pages.length);
  // A bare number ending pages at one height is their number though close to the text: a manuscript's, under a foot
  // of notes set tighter than its double-spaced text.
  const folioHeight = recurringHeight(pageRows.flatMap(r => (r.length > 1 && FOLIO.test(rowText(r[r.length - 1])) ? [r[r.length - 1][0].y] : [])), pages.length);
  const out = pages.map((page, index): PageText => {
    const list = pageRows[index];
    const removed = new Set<PdfTextItem>();
    let number: string | undefined;
    const head = heads[index];
    if (head && headHeight !== undefined && Math.abs(head[0].y - headHeight) <= SAME_HEIGHT) {
      const text = rowText(head);
      const folio = FOLIO.exec(text) ?? FOLIO_IN_HEAD.exec(text);
      number = folio?.[1] ?? folio?.[2];
      head.forEach(i => removed.add(i));
    }
    const foot = feet[index];
    if (foot && footKeys.has(footKey(foot))) {
      const folio = FOLIO_IN_HEAD.exec(rowText(foot));
      number ??= folio?.[1] ?? folio?.[2];
      foot.forEach(i => removed.add(i));
    }
    for (const row of [list[0], list.at(-1)]) {
      if (!row || removed.has(row[0]) || list.length < 2) continue;
      const neighbour = row === list[0] ? list[1] : list[list.length - 2];
      const folio = FOLIO.exec(rowText(row));
      const inPlace = row !== list[0] && folioHeight !== undefined && Math.abs(row[0].y - folioHeight) <= SAME_HEIGHT;
      if (folio && (inPlace || Math.abs(row[0].y - neighbour[0].y) > SET_OFF * spacing)) {
        number = folio[1];
        row.forEach(i => removed.add(i));
      }
    }
    return { items: page.items.filter(i => !removed.has(i)), number };
  });
  numberPages(out, warnings);
  return out;
}

const footKey = (row: PdfTextItem[]) => rowText(row).replace(/\d+/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The keys found on at least half the pages, and on two at least. */
function recurringKeys(keys: string[], pages: number): Set<string> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2 && n >= pages / 2).map(([key]) => key));
}

/** The height shared by at least half the pages' candidate rows, if any. */
function recurringHeight(heights: number[], pages: number): number | undefined {
  for (const h of heights) {
    const same = heights.filter(other => Math.abs(other - h) <= SAME_HEIGHT).length;
    if (same >= Math.max(1, pages / 2) && (same >= 2 || pages === 1)) return h;
  }
  return undefined;
}

/** Pages that show no number get theirs from the sequence (reported); a number out of sequence is reported. */
function numberPages(pages: PageText[], warnings: ImportWarning[]): void {
  if (numberBySequence(pages, warnings)) return;
  if (pages.length > 0) warnings.push({ message: 'no printed page numbers found: pages are numbered from 1 as in the PDF' });
  pages.forEach((p, i) => {
    p.number = String(i + 1);
    p.inferred = true;
  });
}
