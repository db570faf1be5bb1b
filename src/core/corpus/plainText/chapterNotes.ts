// A book's chapters each closing on their own notes, numbered from 1 in each (`Notes`, 1, 2, … at a chapter's end,
// then the next chapter's text with its markers from 1 again). Each chapter is read as a text of its own, and its
// notes numbered on after the chapters before it, as one article's notes are; the renumbering is reported.
import type { ImportWarning } from '../article/model';
import { lastIndexWhere } from './lastIndex';
import { markerIn, NOTES_HEADING, noteStartText, closesNote, type NoteNumbering } from './notes';
import { withoutTokens } from './markers';
import type { TextLine } from './lines';

/**
 * Where the second and later chapters start: after a `Notes` heading over a run of notes from 1, and before the next
 * such heading, the first page whose line above closes the run's last note and whose text up to that heading
 * carries the marker of a note 1 again. None unless the text holds two such headings or more.
 */
export function chapterStarts(lines: TextLine[], numbering: NoteNumbering): number[] {
  const opensRun = (i: number) => {
    const next = lines.slice(i + 1).find(l => l.text !== '');
    return next !== undefined && noteStartText(next, 1, numbering) !== undefined;
  };
  const headings = lines.flatMap((line, i) => (NOTES_HEADING.test(withoutTokens(line.text).trim()) && opensRun(i) ? [i] : []));
  const starts: number[] = [];
  headings.slice(0, -1).forEach((heading, k) => {
    const next = headings[k + 1];
    let expected = 1;
    let lastNote = heading;
    for (let i = heading + 1; i < next; i++) {
      if (noteStartText(lines[i], expected, numbering) === undefined) continue;
      lastNote = i;
      expected++;
    }
    const text = (from: number) => lines.slice(from, next).map(l => l.text).join('\n');
    for (let i = lastNote + 1; i < next; i++) {
      const above = lastIndexWhere(lines.slice(0, i), l => l.text !== '');
      // The page's first written line, below a note closed on a page before it.
      if (lines[i].text === '' || lines[i].page === lines[above].page || !closesNote(lines[above].text) || !markerIn(text(i), 1, numbering)) continue;
      starts.push(i);
      break;
    }
  });
  return starts;
}

/** The lines cut at the chapters' starts. */
export const chapterParts = (lines: TextLine[], starts: number[]): TextLine[][] =>
  [0, ...starts].map((start, i) => lines.slice(start, starts[i] ?? lines.length));

/** The report of a chapter whose notes were numbered on: `first` its first note's number in the article. */
export function reportRenumbered(page: string | undefined, first: number, count: number, warnings: ImportWarning[]): void {
  warnings.push({ page, message: `the chapter opening here numbers its notes from 1 again, after a chapter closing on its own notes: read as notes ${first}-${first + count - 1}` });
}
