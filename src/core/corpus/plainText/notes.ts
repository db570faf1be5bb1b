// Note texts in a plain-text extraction: footnotes at the foot of each page (a line opening with the next note
// number, after the body that carries its marker), notes continued on the next page, and endnotes (a run of
// notes numbered from 1 at the end of the text). The markers themselves are placed by markers.ts.
import { pushAll } from './manyItems';
import type { ImportWarning } from '../article/model';
import { findGluedMarker } from '../gluedMarkers';
import { gluedNoteStart, romanizedRest, setAsNotes } from './gluedNote';
import { INITIALS_END, SENTENCE_END, type TextLine } from './lines';
import { lastIndexWhere } from './lastIndex';
import type { Page } from './pages';

export interface NoteText {
  n: number;
  lines: TextLine[];
}

/** How the layout writes a note's number at the start of its text. */
export type NoteNumbering = 'plain' | 'bracketed';

const NOTE_START: Record<NoteNumbering, RegExp> = {
  plain: /^(\d{1,4})[.)]?(?:\s+|(?=\p{Lu}))(\S.*)$/u,
  bracketed: /^\[(\d{1,4})\]\s+(\S.*)$/,
};
const PAGE_START_TOKEN = /^\uE002[^\uE003]*\uE003/;
export const NOTES_HEADING = /^(?:notes|endnotes|notes and references|примечания)$/i;
/** A note that does not end like a sentence or a reference may go on after a page break. */
const CLOSED_NOTE = /[.!?)\]”"’»\d]$/;
/** An abbreviation a number must follow (`op.`, `d.`, `ll.`, `pp.`, `vol.`) ends no reference. */
export const NUMBER_FOLLOWS = /(?:^|[\s(,;])(?:op|f|d|l|ll|t|vol|no|nos|p|pp|ch|chs|cf|str|s)\.$/i;

/** A comma or semicolon inside closing quotes (`“Cultural revolution as class war,”`) ends no sentence. */
const QUOTE_GOES_ON = /[,;:]["”’»]$/;

/** A word's soft sign (`sentiabr’`, `oblast’`) ends no reference; a closing quote has its opening quote before it. */
const SOFT_SIGN_END = (text: string) => /\p{L}’$/u.test(text) && !text.includes('‘');


export const closesNote = (text: string) => CLOSED_NOTE.test(text) && !NUMBER_FOLLOWS.test(text) && !QUOTE_GOES_ON.test(text) && !SOFT_SIGN_END(text) && !INITIALS_END.test(text);
/** How many of the next notes' markers tell body text from a note's continuation (a page's worth). */
const MARKERS_AHEAD = 10;

export function noteStartText(line: TextLine, n: number, numbering: NoteNumbering): string | undefined {
  // A page's start token before the note number belongs to the body's pages, not to the note.
  const m = NOTE_START[numbering].exec(line.text.replace(PAGE_START_TOKEN, ''));
  return m && Number(m[1]) === n ? m[2] : undefined;
}

export function markerIn(text: string, n: number, numbering: NoteNumbering): boolean {
  return markerAt(text, n, numbering) >= 0;
}

const markerAt = (text: string, n: number, numbering: NoteNumbering) => (numbering === 'bracketed' ? text.indexOf(`[${n}]`) : findGluedMarker(text, n));

/** The text after note n's marker (none when the marker is not in it). */
function afterMarker(text: string, n: number, numbering: NoteNumbering): string {
  const at = markerAt(text, n, numbering);
  return at < 0 ? '' : text.slice(at + String(n).length);
}

/**
 * Splits each page into body lines and the footnotes at its foot; returns the notes in order. A page set in
 * columns has a foot under each column, read in turn (a note may go on from one column's foot to the next).
 * `runOn`: the extraction keeps no positions and may run a note's continuation on into the body above it.
 */
export function takeFootnotes(pages: Page[], numbering: NoteNumbering, warnings: ImportWarning[], runOn = false): NoteText[] {
  const notes: NoteText[] = [];
  let open: NoteText | undefined;
  // Body text read since the marker of the last note begun: the next note's marker may stand in an earlier
  // column or page, even one read before the last note began (a foot too low for all its notes defers them).
  let earlier = '';
  let notesHanging: number | undefined;
  const last = pages.at(-1)?.lines.at(-1);
  for (const page of pages) {
    const body: TextLine[] = [];
    for (const lines of regions(page.lines)) {
      const start = footStart(lines, notes.length + 1, numbering, earlier);
      let bodyEnd = start ?? lines.length;
      let carried: number | undefined;
      // The notes' hanging indent, where the extraction keeps indentation: this foot's, or the last one seen (a foot
      // of one-line notes shows none).
      const hanging = runOn ? undefined : (hangingIndent(lines, start) ?? notesHanging);
      notesHanging = hanging;
      const marked = (text: string) => Array.from({ length: MARKERS_AHEAD }, (_, i) => notes.length + 1 + i).some(n => markerIn(text, n, numbering));
      const warn = (message: string) => warnings.push({ page: page.number, message });
      // An unfinished note whose rest was not found above the foot: without positions, it may follow the foot.
      let stranded: NoteText | undefined;
      if (open && !closesNote(open.lines.at(-1)?.text ?? '')) {
        carried = continuation(lines, bodyEnd, hanging, marked) ?? (runOn ? restAtTop(lines, bodyEnd, open, earlier, marked) : undefined);
        // A block set like the text whose first words do not go on from the note's last may be the column's last
        // text with the note's rest run on below it.
        const setLikeText = runOn && carried !== undefined && !setAsNotes(lines, carried, bodyEnd);
        const inBlock = setLikeText && !goesOnFrom(open, lines[carried ?? 0].text) ? gluedRest(lines, bodyEnd, open, marked, warn) : undefined;
        if (inBlock === undefined && setLikeText && carried !== undefined) {
          warnings.push({ page: page.number, message: `note ${open.n} is read to go on in the block above the foot (“${lines[carried].text.slice(0, 40)}…”), though it is set like the text: check it` });
        }
        // The rest may be parted over the feet of both columns, written one above the other.
        if (runOn && inBlock === undefined && carried !== undefined) carried = restAbove(lines, carried, open, marked);
        // Its first part may be run on into the body above, the extraction leaving no empty line between; where it
        // keeps positions, only a rest found nowhere else is looked for there (wider lines right under the text).
        const glued = inBlock ?? (runOn || carried === undefined ? gluedRest(lines, carried ?? bodyEnd, open, marked, warn) : undefined);
        if (glued !== undefined) carried = glued;
        if (carried !== undefined) {
          pushAll(open.lines, lines.slice(carried, bodyEnd).filter(l => l.text !== ''));
          bodyEnd = carried;
        } else if (start !== undefined || lines.at(-1) === last) stranded = open;
      }
      // The rest of a note found nowhere else on its page, run on below the other column's text written after the
      // foot: told by its language alone, the note having broken off in romanized Russian.
      const strandedRest = (end: number, note: NoteText) => {
        const rest = note === stranded ? romanizedRest(lines, end, note.lines.at(-1)?.text ?? '', marked) : undefined;
        if (rest === undefined || !closesNote(lines[lastIndexWhere(lines.slice(0, end), l => l.text !== '')].text)) return undefined;
        warn(`note ${note.n} goes on in lines the extraction ran on into the text (“${lines[rest].text.slice(0, 40)}…”): read as the note's, in romanized Russian below English text as the note broke off in it`);
        return rest;
      };
      // Lines after a foot that are no note's: without positions, text of the other column may follow its foot.
      const after: TextLine[] = [];
      const readFoot = (from: number, to: number) => {
        const foot = lines.slice(from, to);
        open = undefined;
        // Whether the lines read are the other column's text; its own foot may follow it, and an unfinished note's
        // rest may be run on below it.
        let inText = false;
        let unfinished: NoteText | undefined;
        const takeRest = (end: number) => {
          const rest = inText && unfinished ? (gluedRest(lines, end, unfinished, marked, warn) ?? strandedRest(end, unfinished)) : undefined;
          if (unfinished && rest !== undefined) {
            const taken = lines.slice(rest, end).filter(l => l.text !== '');
            pushAll(unfinished.lines, taken);
            after.splice(after.length - taken.length, taken.length);
            if (unfinished === stranded) stranded = undefined;
          }
          unfinished = undefined;
        };
        foot.forEach((line, i) => {
          if (line.text === '') return;
          const text = noteStartText(line, notes.length + 1, numbering);
          if (text !== undefined) {
            takeRest(from + i);
            open = { n: notes.length + 1, lines: [{ ...line, text }] };
            notes.push(open);
            earlier = afterMarker(earlier, open.n, numbering);
            inText = false;
          } else if (inText || (runOn && foot[i - 1]?.text === '' && (closesNote(open?.lines.at(-1)?.text ?? '.') || (setAsText(lines, from + i, open) && !restBeforeNext(lines, from + i, notes.length + 1, marked))))) {
            if (!inText) unfinished = open && !closesNote(open.lines.at(-1)?.text ?? '') ? open : stranded;
            after.push(line);
            inText = true;
          } else open?.lines.push(line);
        });
        takeRest(to);
      };
      if (start !== undefined) readFoot(start, lines.length);
      else if (carried === undefined && hasBody(lines, bodyEnd)) open = undefined;
      if (stranded) warn(`note ${stranded.n} may go on after the page break, but no continuation was found`);
      // Without positions, the foot under one column may be written above the other's, in the body's blocks.
      const moved = new Set<TextLine>();
      const misplaced = () => {
        const unfinished = !!open && !closesNote(open.lines.at(-1)?.text ?? '');
        return runOn ? misplacedFoot(lines, bodyEnd, notes.length + 1, numbering, earlier, moved, unfinished) : undefined;
      };
      for (let run = misplaced(); run; run = misplaced()) {
        const from = notes.length + 1;
        const marked = (text: string) => markerIn(text, from, numbering);
        const last = open as NoteText | undefined;
        const goesOn = last && !closesNote(last.lines.at(-1)?.text ?? '') ? gluedNoteStart(lines, run.start, marked)?.at : undefined;
        if (last && goesOn !== undefined) pushAll(last.lines, lines.slice(goesOn, run.start).filter(l => l.text !== ''));
        lines.slice(goesOn ?? run.start, run.end).forEach(l => moved.add(l));
        readFoot(run.start, run.end);
        const carriedOn = last && goesOn !== undefined ? `, after the rest of note ${last.n}` : '';
        const which = notes.length > from ? `notes ${from}-${notes.length} were` : `note ${from} was`;
        warnings.push({ page: page.number, message: `${which} written above the text before ${notes.length > from ? 'them' : 'it'} (a foot under the other column${carriedOn}): read as notes` });
      }
      // The space above a column's foot is no paragraph break: the text may go on in the next column.
      pushAll(body, lines.slice(0, lastIndexWhere(lines.slice(0, bodyEnd), l => l.text !== '') + 1).filter(l => !moved.has(l)));
      if (after.length > 0) body.push({ ...after[0], text: '' }, ...after);
      earlier += lines.slice(0, bodyEnd).filter(l => !moved.has(l)).map(l => l.text).join('\n') + '\n';
    }
    page.lines = body;
  }
  return notes;
}

/**
 * Where a note's rest starts that begins in the block above the one taken (`start`): a block set as notes, with no
 * marker of the notes to come, that opens as the note's rest and breaks off where the block taken goes on in lower
 * case (the foot under each column written as a block of its own).
 */
function restAbove(lines: TextLine[], start: number, note: NoteText, marked: (text: string) => boolean): number {
  let end = start;
  while (end > 0 && lines[end - 1].text === '') end--;
  let from = end;
  while (from > 0 && lines[from - 1].text !== '') from--;
  if (end === start || from === end || !/^\p{Ll}/u.test(lines[start].text)) return start;
  const block = lines.slice(from, end);
  const opens = goesOnFrom(note, block[0].text) && !closesNote(block[block.length - 1].text);
  return opens && !marked(block.map(l => l.text).join('\n')) && setAsNotes(lines, from, end) ? from : start;
}

/**
 * Where a note's rest starts that stands alone at the top of a page of notes (endnotes running over the page, or a
 * note over the page in an extraction without indentation): a block with nothing above it that opens as the note's
 * rest where the text read before it ended a sentence, so that it cannot go on the text.
 */
function restAtTop(lines: TextLine[], end: number, note: NoteText, earlier: string, marked: (text: string) => boolean): number | undefined {
  const from = lines.findIndex(l => l.text !== '');
  if (from < 0 || from >= end || lines.slice(from, end).some(l => l.text === '')) return undefined;
  const before = earlier.trimEnd();
  if (before !== '' && !SENTENCE_END.test(before)) return undefined;
  return goesOnFrom(note, lines[from].text) && !marked(lines.slice(from, end).map(l => l.text).join('\n')) ? from : undefined;
}

/**
 * Where the rest of an unfinished note starts that the extraction ran on below the text ending before `end` (see
 * gluedNote.ts); the guess is reported.
 */
function gluedRest(lines: TextLine[], end: number, note: NoteText, marked: (text: string) => boolean, warn: (message: string) => void): number | undefined {
  const inList = /[,;]$/.test(note.lines.at(-1)?.text ?? '');
  const glued = gluedNoteStart(lines, end, marked, inList);
  // A later note's own start is no part of this one's rest.
  const laterNote = (line: TextLine) => Array.from({ length: MARKERS_AHEAD }, (_, i) => note.n + 1 + i).some(n => noteStartText(line, n, 'plain') !== undefined);
  if (glued === undefined || lines.slice(glued.at, end).some(laterNote)) return undefined;
  warn(`note ${note.n} goes on in lines the extraction ran on into the text (“${lines[glued.at].text.slice(0, 40)}…”): read as the note's, ${glued.why}`);
  return glued.at;
}

/**
 * A block after an empty line in the foot that an unfinished note does not go on in: it opens unlike the note's rest
 * and is set like the text, not wider in the notes' smaller type (the other column's text, a heading above it).
 */
function setAsText(lines: TextLine[], from: number, note: NoteText | undefined): boolean {
  let to = from;
  while (to < lines.length && lines[to].text !== '') to++;
  return !!note && !goesOnFrom(note, lines[from].text) && !setAsNotes(lines, from, to);
}

/**
 * A block that runs on into the next note's (`n`) number, ending as a note ends, with no marker of the notes to come and
 * no note's rest glued below text in it: the whole is the rest of the note left unfinished above it, not the other
 * column's text (which goes on in the next column).
 */
function restBeforeNext(lines: TextLine[], from: number, n: number, marked: (text: string) => boolean): boolean {
  for (let i = from; i < lines.length && lines[i].text !== ''; i++) {
    if (noteStartText(lines[i], n, 'plain') === undefined || i === from) continue;
    return closesNote(lines[i - 1].text) && !marked(lines.slice(from, i).map(l => l.text).join('\n')) && gluedNoteStart(lines, i, marked) === undefined;
  }
  return false;
}

/** Text that opens as the rest of the note: in lower case, or with the number an abbreviation at its end asks for. */
function goesOnFrom(note: NoteText, text: string): boolean {
  return /^\p{Ll}/u.test(text) || (NUMBER_FOLLOWS.test(note.lines.at(-1)?.text ?? '') && /^\d/.test(text));
}

/**
 * A run of foot notes that pdftotext wrote in the body's blocks: a line opening with note n's number after its
 * marker in the text, at the start of a block or right after an unfinished note's rest (`goesOn`), the block
 * running on to its end.
 */
function misplacedFoot(lines: TextLine[], end: number, n: number, numbering: NoteNumbering, earlier: string, moved: Set<TextLine>, goesOn: boolean): { start: number; end: number } | undefined {
  for (let i = 0; i < end; i++) {
    if (moved.has(lines[i]) || noteStartText(lines[i], n, numbering) === undefined) continue;
    const above = earlier + lines.slice(0, i).filter(l => !moved.has(l)).map(l => l.text).join('\n');
    if (!markerIn(above, n, numbering)) continue;
    let stop = i + 1;
    while (stop < end && lines[stop].text !== '') stop++;
    // Glued below the other column's last line, the run shows itself as notes: the next note starts in it too, or
    // its lines are set wider in the notes' smaller type.
    const glued = !goesOn && i > 0 && lines[i - 1].text !== '';
    if (glued && !lines.slice(i + 1, stop).some(l => noteStartText(l, n + 1, numbering) !== undefined) && !setAsNotes(lines, i, stop)) continue;
    return { start: i, end: stop };
  }
  return undefined;
}

/** A page's lines by the column or band they were read from (one region on a page without columns). */
function regions(lines: TextLine[]): TextLine[][] {
  const result: TextLine[][] = [];
  lines.forEach((line, i) => (i > 0 && line.region === lines[i - 1].region ? result.at(-1)?.push(line) : result.push([line])));
  return result;
}

/** A region with body text closes a note left open above it: its continuation would have stood at its foot. */
const hasBody = (lines: TextLine[], bodyEnd: number) => lines.slice(0, bodyEnd).some(l => l.text !== '');

/** The indent of a foot note's following lines, when the notes are set with a hanging indent. */
function hangingIndent(lines: TextLine[], start: number | undefined): number | undefined {
  if (start === undefined) return undefined;
  const next = lines.slice(start + 1).find(l => l.text !== '');
  return next && next.indent > lines[start].indent ? next.indent : undefined;
}

/**
 * First line of the page's foot: the next note's number, below the body line that carries its marker (in this
 * region, or in the body read before it: a page of notes alone, or a foot under the other column).
 */
function footStart(lines: TextLine[], n: number, numbering: NoteNumbering, earlier: string): number | undefined {
  let markedEarlier: boolean | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (noteStartText(lines[i], n, numbering) === undefined) continue;
    const above = lines.slice(0, i).map(l => l.text).join('\n');
    if (markerIn(above, n, numbering) || lines[i - 1]?.text === '') return i;
    markedEarlier ??= markerIn(earlier, n, numbering);
    if (markedEarlier) return i;
  }
  return undefined;
}

/**
 * Where the rest of a note carried from the previous page starts: the block above the first foot note, set off
 * from the body by an empty line or by the notes' hanging indent, and carrying no marker of the notes to come. At the top of a column it is note text only when
 * set in from the foot's note numbers.
 */
function continuation(lines: TextLine[], footStart: number, hanging: number | undefined, marked: (text: string) => boolean): number | undefined {
  let i = footStart;
  if (hanging !== undefined && lines[i - 1]?.indent === hanging) {
    while (i > 0 && lines[i - 1].indent === hanging && lines[i - 1].text !== '') i--;
  } else {
    while (i > 0 && lines[i - 1].text !== '') i--;
  }
  // A block that carries the next note's marker is body text, run on into the note by the extraction.
  if (i >= footStart || marked(lines.slice(i, footStart).map(l => l.text).join('\n'))) return undefined;
  const bodyAbove = lines.slice(0, i).some(l => l.text !== '');
  const first = lines[footStart];
  const setIn = first !== undefined && lines.slice(i, footStart).every(l => l.indent > first.indent);
  return bodyAbove || setIn ? i : undefined;
}

/**
 * Endnotes: the last run of lines numbered 1, 2, 3… that reaches the end of the text (a `Notes` heading above it
 * goes with it). Returns the notes and the index where they start, or undefined when there is no such run.
 */
export function takeEndnotes(lines: TextLine[], numbering: NoteNumbering): { notes: NoteText[]; start: number } | undefined {
  let best: { notes: NoteText[]; start: number } | undefined;
  lines.forEach((line, first) => {
    if (noteStartText(line, 1, numbering) === undefined) return;
    const notes = readNoteRun(lines.slice(first), numbering);
    // A body line that happens to open with `1` starts a run no longer than the real one: the later run wins ties.
    if (!best || notes.length >= best.notes.length) best = { notes, start: first };
  });
  if (!best) return undefined;
  const heading = lastIndexWhere(lines.slice(0, best.start), l => l.text !== '');
  if (heading >= 0 && NOTES_HEADING.test(lines[heading].text)) best.start = heading;
  return best;
}

function readNoteRun(lines: TextLine[], numbering: NoteNumbering): NoteText[] {
  const notes: NoteText[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    const text = noteStartText(line, notes.length + 1, numbering);
    // A page that opens with a note keeps its marker, at the note's start.
    if (text !== undefined) notes.push({ n: notes.length + 1, lines: [{ ...line, text: (PAGE_START_TOKEN.exec(line.text)?.[0] ?? '') + text }] });
    else notes.at(-1)?.lines.push(line);
  }
  return notes;
}
