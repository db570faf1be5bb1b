// A book's chapters each closing on their own notes numbered from 1 (see plainText/chapterNotes.ts), in a PDF's
// regions read in order: each chapter's notes are taken as an article's, then numbered on after those before.
import type { ImportWarning } from '../article/model';
import { chapterStarts, reportRenumbered } from '../plainText/chapterNotes';
import type { PdfNote } from './notes';
import { lineText, type PdfLine } from './rows';

const REFERENCE = /^\d{1,4}(?:\s*,\s*\d{1,4})*$/;

/** The regions cut where chapters start (a region is cut where one starts inside it); one part when none does. */
export function byChapter(regions: PdfLine[][]): PdfLine[][][] {
  const lines = regions.flat();
  const starts = new Set(chapterStarts(lines.map(l => ({ text: lineText(l), indent: 0, page: l.page })), 'plain').map(i => lines[i]));
  if (starts.size === 0) return [regions];
  const chapters: PdfLine[][][] = [[]];
  for (const region of regions) {
    let part: PdfLine[] = [];
    for (const line of region) {
      if (starts.has(line)) {
        if (part.length > 0) chapters.at(-1)?.push(part);
        part = [];
        chapters.push([]);
      }
      part.push(line);
    }
    if (part.length > 0) chapters.at(-1)?.push(part);
  }
  return chapters;
}

/** Numbers each chapter's notes, and the raised numbers referring to them, on after the chapters before it. */
export function numberChapters(chapters: { regions: PdfLine[][]; notes: PdfNote[] }[], pageName: (index: number) => string | undefined, warnings: ImportWarning[]): void {
  let before = 0;
  for (const chapter of chapters) {
    if (before > 0 && chapter.notes.length > 0) {
      for (const line of chapter.regions.flat()) {
        line.runs = line.runs.map(run => (run.sup && REFERENCE.test(run.text) ? { ...run, text: run.text.replace(/\d+/g, n => String(Number(n) + before)) } : run));
      }
      for (const note of chapter.notes) {
        note.printed = note.n;
        note.n += before;
      }
      reportRenumbered(pageName(chapter.regions.flat()[0]?.page ?? 0), before + 1, chapter.notes.length, warnings);
    }
    before += chapter.notes.length;
  }
}
