// Note texts: the lines in a smaller size at the foot of a column (footnotes) or at the end of the article
// (endnotes), each note opening with the next number. Lines above the first number at a foot go on with the
// note left open on the previous page or column; with no note open they are body text in a smaller size.
// Endnotes in the body's size are the numbered run that ends the text.
import { closesNote, noteStartText, takeEndnotes as takePlainEndnotes } from '../plainText/notes';
import { lineText, type PdfLine } from './rows';

/** Note text is set smaller than this share of the body size. */
const NOTE_SIZE = 0.92;
/** Lines of a foot in the text's size are closer than this share of the text's spacing. */
const TIGHTER = 0.75;
/** A text whose line spacing is this many times its size is double-spaced (single spacing is about 1.2). */
const DOUBLE_SPACED = 1.7;

export interface PdfNote {
  n: number;
  lines: PdfLine[];
  /** The number printed before the note, where it is not `n` (a chapter's notes numbered from 1 again). */
  printed?: number;
}

const startsNote = (line: PdfLine, n: number) => noteStartText({ text: lineText(line), indent: 0, page: line.page }, n, 'plain') !== undefined;

/**
 * Takes the notes out of the regions (read in order); returns the regions' body lines and the notes. `spacing`: the
 * text's line spacing, from which a foot in the text's size stands apart by its tighter lines.
 */
export function takeNotes(regions: PdfLine[][], body: number, spacing: number): { regions: PdfLine[][]; notes: PdfNote[] } {
  const notes: PdfNote[] = [];
  const bodies = regions.map(region => {
    let foot = region.length;
    while (foot > 0 && region[foot - 1].size <= body * NOTE_SIZE) foot--;
    if (foot === region.length) foot = tightFoot(region, body, spacing, notes);
    return region.slice(0, foot + collectNotes(region.slice(foot), notes));
  });
  return { regions: bodies, notes };
}

/**
 * A foot of notes in the text's size under a double-spaced text (a manuscript's, its notes single-spaced): the last
 * lines set closer than the text, or a last line alone, from the next note's start or, where a note was left
 * unfinished, from the first of them.
 */
function tightFoot(region: PdfLine[], body: number, spacing: number, notes: PdfNote[]): number {
  if (region.length === 0 || spacing < body * DOUBLE_SPACED) return region.length;
  let run = region.length - 1;
  while (run > 0 && region[run - 1].page === region[run].page && region[run - 1].y - region[run].y <= spacing * TIGHTER) run--;
  const open = notes.at(-1);
  if (open && !closesNote(lineText(open.lines.at(-1) as PdfLine)) && run < region.length - 1) return run;
  const start = region.slice(run).findIndex(line => startsNote(line, notes.length + 1));
  return start < 0 ? region.length : run + start;
}

/**
 * Endnotes set in the body's size: the last run of lines numbered 1, 2, 3… reaching the end of the text, as in a
 * text extraction. Taken only when the text has references to them.
 */
export function takeEndnotes(regions: PdfLine[][]): { regions: PdfLine[][]; notes: PdfNote[] } | undefined {
  const lines = regions.flat();
  const run = takePlainEndnotes(lines.map(l => ({ text: lineText(l), indent: 0, page: l.page })), 'plain');
  if (!run) return undefined;
  const notes: PdfNote[] = [];
  collectNotes(lines.slice(run.start), notes);
  let left = run.start;
  const bodies = regions.map(region => {
    const kept = region.slice(0, Math.max(0, left));
    left -= region.length;
    return kept;
  });
  return { regions: bodies, notes };
}

/**
 * Adds the notes in `lines` to `notes`: a line opening with the next number starts one, others go on with the
 * note open, the last one when it is unfinished. Returns how many leading lines are not notes (body text).
 */
function collectNotes(lines: PdfLine[], notes: PdfNote[]): number {
  const last = notes.at(-1);
  let note = last && !closesNote(lineText(last.lines.at(-1) as PdfLine)) ? last : undefined;
  let bodyEnd = lines.length;
  lines.forEach((line, i) => {
    if (startsNote(line, notes.length + 1)) {
      note = { n: notes.length + 1, lines: [line] };
      notes.push(note);
    } else if (note) note.lines.push(line);
    else return;
    bodyEnd = Math.min(bodyEnd, i);
  });
  return bodyEnd;
}
