// A note's number set as a superscript at the start of its text (a word processor's footnotes) rises above the
// line: pdftotext -layout writes it on a line of its own above the note's first line (`11` / `William Rosenberg,
// Liberals…`). Such a number is joined to the line below it, so the note opens with its number as other feet do.
// Only a number whose marker the page's text above carries is read so (on a page of endnotes, which carries none,
// the text of the pages before), and only where the page's lone numbers ascend: a lone number in a title or a table
// (`Leningrad, 1929-` / `1935`) is no note's.
import { findGluedMarker } from '../gluedMarkers';
import type { TextLine } from './lines';
import type { Page } from './pages';

const LONE_NUMBER = /^\d{1,4}$/;
/** The note's first line: words, not another number or a rule. */
const NOTE_TEXT = /^[\p{L}\p{P}]/u;

/**
 * `apart`: pdftotext without -layout, which may leave an empty line between a number and its note and writes a foot's
 * numbers out of order: only a page of endnotes (no marker of its own) is read so, each of its lone numbers opening
 * the next line of text, in sequence.
 */
export function joinRaisedNoteNumbers(pages: Page[], apart = false): void {
  pages.forEach((page, index) => {
    const lines = page.lines;
    const textAt = (i: number) => {
      let at = i + 1;
      while (apart && lines[at]?.text === '') at++;
      return at;
    };
    const withText = (found: number[]) => found.filter(i => NOTE_TEXT.test(lines[textAt(i)]?.text ?? ''));
    const marked = loneMarkedNumbers(lines);
    if (apart && marked.length > 0) return;
    const raised = withText(marked.length > 0 ? marked : loneMarkedNumbers(lines, pages.slice(0, index).flatMap(p => p.lines)));
    if (apart && raised.length < lines.filter(l => LONE_NUMBER.test(l.text)).length) return;
    const ascending = raised.every((at, k) => k === 0 || Number(lines[at].text) === Number(lines[raised[k - 1]].text) + 1);
    if (!ascending) return;
    for (const at of raised.reverse()) {
      const next = lines[textAt(at)];
      lines.splice(at, textAt(at) - at + 1, { ...next, text: `${lines[at].text} ${next.text}`, indent: lines[at].indent });
    }
  });
}

/** Lines holding a number alone whose marker the text above carries: the page's, after the `earlier` pages' lines. */
export function loneMarkedNumbers(lines: TextLine[], earlier: TextLine[] = []): number[] {
  const above = (at: number) => [...earlier, ...lines.slice(0, at)].some(l => findGluedMarker(l.text, Number(lines[at].text)) >= 0);
  return lines.flatMap((line, i) => (LONE_NUMBER.test(line.text) && above(i) ? [i] : []));
}
