// Note texts: the lines in a smaller size at the foot of a column (footnotes) or at the end of the article
// (endnotes), each note opening with the next number. Lines above the first number at a foot go on with the
// note left open on the previous page or column; with no note open they are body text in a smaller size.
import { noteStartText } from '../plainText/notes';
import { lineText, type PdfLine } from './rows';

/** Note text is set smaller than this share of the body size. */
const NOTE_SIZE = 0.92;
/** A note that does not end like a sentence or a reference may go on in the next foot. */
const CLOSED_NOTE = /[.!?)\]”"’»\d]$/;

export interface PdfNote {
  n: number;
  lines: PdfLine[];
}

const startsNote = (line: PdfLine, n: number) => noteStartText({ text: lineText(line), indent: 0, page: line.page }, n, 'plain') !== undefined;

/** Takes the notes out of the regions (read in order); returns the regions' body lines and the notes. */
export function takeNotes(regions: PdfLine[][], body: number): { regions: PdfLine[][]; notes: PdfNote[] } {
  const notes: PdfNote[] = [];
  let open: PdfNote | undefined;
  const bodies = regions.map(region => {
    let foot = region.length;
    while (foot > 0 && region[foot - 1].size <= body * NOTE_SIZE) foot--;
    let note = open && !CLOSED_NOTE.test(lineText(open.lines.at(-1) as PdfLine)) ? open : undefined;
    let bodyEnd = region.length;
    for (let i = foot; i < region.length; i++) {
      const line = region[i];
      if (startsNote(line, notes.length + 1)) {
        note = { n: notes.length + 1, lines: [line] };
        notes.push(note);
        open = note;
      } else if (note) note.lines.push(line);
      else continue;
      bodyEnd = Math.min(bodyEnd, i);
    }
    return region.slice(0, bodyEnd);
  });
  return { regions: bodies, notes };
}
