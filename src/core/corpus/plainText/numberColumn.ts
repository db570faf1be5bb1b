// pdftotext without -layout may write the numbers of a page's foot notes as a column of their own, apart from the
// notes' texts (the number set off from its text by a wide gap): `5`, `6`, `7` on lines of their own, then the
// texts. The numbers are put back before their texts where the texts part into as many notes as there are numbers:
// one line each, or lines parted where a note ends like a reference. Each pairing is reported.
import type { ImportWarning } from '../article/model';
import type { TextLine } from './lines';
import { closesNote } from './notes';
import type { Page } from './pages';

const BARE_NUMBER = /^\d{1,4}$/;

export function pairNoteNumbers(pages: Page[], warnings: ImportWarning[]): void {
  for (const page of pages) {
    const lines = page.lines;
    for (let i = 0; i < lines.length; i++) {
      let end = i;
      while (end < lines.length && BARE_NUMBER.test(lines[end].text) && (end === i || Number(lines[end].text) === Number(lines[end - 1].text) + 1)) end++;
      if (end - i < 2) continue;
      let from = end;
      while (from < lines.length && lines[from].text === '') from++;
      let to = from;
      while (to < lines.length && lines[to].text !== '') to++;
      const notes = partNotes(lines.slice(from, to), end - i);
      if (!notes) continue;
      const numbers = lines.slice(i, end).map(l => l.text);
      const paired = notes.map((note, k) => [{ ...note[0], text: `${numbers[k]} ${note[0].text}` }, ...note.slice(1)]).flat();
      lines.splice(i, to - i, ...paired);
      warnings.push({ page: page.number, message: `the numbers of notes ${numbers[0]}-${numbers.at(-1)} were written apart from their texts: paired with them in order` });
      i += paired.length - 1;
    }
  }
}

/** The block's lines as `count` notes: a line each, or parted after the lines that end like a note. */
function partNotes(block: TextLine[], count: number): TextLine[][] | undefined {
  if (block.length === count) return block.map(line => [line]);
  if (block.length < count) return undefined;
  const notes: TextLine[][] = [[]];
  block.forEach((line, k) => {
    notes[notes.length - 1].push(line);
    if (k < block.length - 1 && closesNote(line.text)) notes.push([]);
  });
  return notes.length === count ? notes : undefined;
}
