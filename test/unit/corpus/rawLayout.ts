// Builds small raw extractions in the layout of the PDF text dump, so tests state their input plainly.

/** A change of font: empty, single-space, empty lines. */
export const FRAME = '\n\n \n\n';

/** Printed body lines, each followed by an empty line. */
export function bodyLines(...lines: string[]): string {
  return lines.join('\n\n');
}

/** A run in the other font (italic) inside a printed line. */
export function italic(text: string): string {
  return FRAME + text + FRAME;
}

/** A superscript note marker standing on its own line. */
export function marker(n: number): string {
  return FRAME + String(n) + FRAME;
}

/** Notes at the foot of a page: each note's printed lines run on without empty lines. */
export function notes(...texts: string[][]): string {
  return texts.map(lines => lines.join('\n')).join('\n\n');
}

/** A line written with every character four times, as headings are. */
export function quadrupled(text: string): string {
  return Array.from(text, ch => ch.repeat(4)).join('');
}

/** The title block: the author's name, then the title's lines, in capitals. */
export function titleBlock(author: string, ...title: string[]): string {
  return ` ${author}${FRAME}${title.join('\n')}${FRAME}`;
}
