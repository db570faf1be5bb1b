// Printed lines and paragraphs. The print marks no paragraph breaks; a paragraph ends where a printed line
// is visibly shorter than the measure (a first line, being indented, is allowed to be a little shorter).
import type { Atom } from './articleModel';
import { superscriptWidth, textWidth } from './glyphWidth';
import { lineJoint } from './joinLines';

export type Segment = { kind: 'text'; text: string; italic: boolean } | { kind: 'ref'; n: number };

export interface PrintedLine {
  atoms: Atom[];
  width: number;
}

/** Below this share of the measure a line ends its paragraph (justified lines vary by a few per cent). */
const FULL_LINE = 0.87;
/** Allowance for the indent of a paragraph's first line. */
const FIRST_LINE = 0.8;
/** A line longer than this share of the measure holds two printed lines run together. */
const OVERFULL_LINE = 1.15;

function atomWidth(atom: Atom): number {
  return atom.kind === 'text' ? textWidth(atom.text) : superscriptWidth(String(atom.n));
}

/**
 * Splits atoms into printed lines. With `measure`, a font change with no space on either side is read as a
 * line end when the text around it is too long for one line (`… qualification. In` / `Smolensk under Soviet
 * rule, Merle Fainsod…`); otherwise it is inside a word or before punctuation (`secret polic` / `e`).
 */
export function printedLines(atoms: Atom[], measure?: number): PrintedLine[] {
  const lines: PrintedLine[] = [];
  for (const atom of atoms) {
    const line = lines.at(-1);
    if (!line || atom.glue !== 'frame') lines.push({ atoms: [atom], width: atomWidth(atom) });
    else {
      line.atoms.push(atom);
      line.width += atomWidth(atom);
    }
  }
  return measure === undefined ? lines : lines.flatMap(line => splitOverfull(line, measure));
}

function splitOverfull(line: PrintedLine, measure: number): PrintedLine[] {
  if (line.width <= measure * OVERFULL_LINE) return [line];
  let prefix = 0;
  for (let k = 1; k < line.atoms.length; k++) {
    const before = line.atoms[k - 1];
    const atom = line.atoms[k];
    prefix += atomWidth(before);
    const touching = before.kind === 'text' && atom.kind === 'text' && /\S$/.test(before.text) && /^\S/.test(atom.text);
    if (touching && prefix >= measure * FULL_LINE) {
      const head = { atoms: line.atoms.slice(0, k), width: prefix };
      const tail = { atoms: line.atoms.slice(k), width: line.width - prefix };
      return [head, ...splitOverfull(tail, measure)];
    }
  }
  return [line];
}

/** Groups lines into paragraphs by the measure (`undefined`: one paragraph, as in a note). */
export function paragraphs(lines: PrintedLine[], measure: number | undefined): PrintedLine[][] {
  const result: PrintedLine[][] = [];
  let current: PrintedLine[] = [];
  for (const line of lines) {
    const previous = current.at(-1);
    if (previous && measure !== undefined && endsParagraph(previous, current.length === 1, measure)) {
      result.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Only a line ending a sentence (or with a note marker) can end a paragraph. */
const SENTENCE_END = /[.?!:;]["”’)\]]*\s*$/;

function endsParagraph(line: PrintedLine, isFirst: boolean, measure: number): boolean {
  const last = line.atoms.at(-1);
  const closed = last?.kind === 'ref' || (last?.kind === 'text' && SENTENCE_END.test(last.text));
  return closed && line.width < measure * (isFirst ? FIRST_LINE : FULL_LINE);
}

/** A paragraph's lines as one run of segments, with the spaces (or dropped hyphens) between lines. */
export function joinParagraph(lines: PrintedLine[]): Segment[] {
  const segments: Segment[] = [];
  lines.forEach((line, index) => {
    line.atoms.forEach((atom, k) => {
      if (atom.kind === 'ref') {
        segments.push({ kind: 'ref', n: atom.n });
        return;
      }
      let text = atom.text;
      if (index > 0 && k === 0) text = joinToPrevious(segments, text);
      segments.push({ kind: 'text', text, italic: atom.italic });
    });
  });
  return segments;
}

/** Adjusts the end of the previous text for a line break and returns the next text with its separator. */
function joinToPrevious(segments: Segment[], text: string): string {
  const last = segments.at(-1);
  if (!last) return text;
  if (last.kind === 'ref') return /^\s/.test(text) ? text : ' ' + text;
  const { dropHyphen, separator } = lineJoint(last.text, text);
  if (dropHyphen) last.text = last.text.slice(0, -1);
  return separator + text;
}
