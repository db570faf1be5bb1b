// A note's number set as a superscript at the start of its text (a word processor's footnotes) rises above the
// line: pdftotext -layout writes it on a line of its own above the note's first line (`11` / `William Rosenberg,
// Liberals…`). Such a number is joined to the line below it, so the note opens with its number as other feet do.
// Only a number whose marker the page's text above carries is read so, and only where the page's lone numbers
// ascend: a lone number in a title or a table (`Leningrad, 1929-` / `1935`) is no note's.
import { findGluedMarker } from '../gluedMarkers';
import type { TextLine } from './lines';
import type { Page } from './pages';

const LONE_NUMBER = /^\d{1,4}$/;
/** The note's first line: words, not another number or a rule. */
const NOTE_TEXT = /^[\p{L}\p{P}]/u;

export function joinRaisedNoteNumbers(pages: Page[]): void {
  for (const page of pages) {
    const lines = page.lines;
    const raised = loneMarkedNumbers(lines).filter(i => NOTE_TEXT.test(lines[i + 1]?.text ?? ''));
    const ascending = raised.every((at, k) => k === 0 || Number(lines[at].text) === Number(lines[raised[k - 1]].text) + 1);
    if (!ascending) continue;
    for (const at of raised.reverse()) {
      const next = lines[at + 1];
      lines.splice(at, 2, { ...next, text: `${lines[at].text} ${next.text}`, indent: lines[at].indent });
    }
  }
}

/** Lines holding a number alone whose marker the page's text above carries. */
export function loneMarkedNumbers(lines: TextLine[]): number[] {
  const above = (at: number) => lines.slice(0, at).some(l => findGluedMarker(l.text, Number(lines[at].text)) >= 0);
  return lines.flatMap((line, i) => (LONE_NUMBER.test(line.text) && above(i) ? [i] : []));
}
