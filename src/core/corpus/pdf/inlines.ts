// A printed line's runs as inlines: a raised number (or list of numbers) is a note reference, other raised text
// (`1st`) stays text. Lines join as one flow, a line-end hyphen dropped only where it split a word.
import type { Inline } from '../article/model';
import { lineJoint } from '../joinLines';
import { lastIndexWhere } from '../plainText/lastIndex';
import type { PdfLine } from './rows';

const REFERENCES = /^\d{1,4}(?:\s*,\s*\d{1,4})*$/;

export function lineInlines(line: PdfLine): Inline[] {
  return line.runs.flatMap((run): Inline[] =>
    run.sup && REFERENCES.test(run.text)
      ? run.text.split(',').map(n => ({ kind: 'ref', n: Number(n.trim()) }))
      : [{ kind: 'text', text: run.text, italic: run.italic }],
  );
}

/** Appends a line's inlines to a flow of text, joining at the line break. */
export function appendLine(flow: Inline[], next: Inline[]): void {
  const last = flow[lastIndexWhere(flow, i => i.kind === 'text')];
  const first = next.find(i => i.kind === 'text');
  if (last?.kind === 'text' && first?.kind === 'text') {
    const { dropHyphen, separator } = lineJoint(last.text, first.text);
    if (dropHyphen) last.text = last.text.slice(0, -1);
    const tail = flow.at(-1);
    if (separator !== '') flow.push({ kind: 'text', text: separator, italic: tail?.kind === 'text' && tail.italic && first.italic });
  }
  flow.push(...next);
}

/** Removes the number `n` (and a stop and spaces after it) from the start of a note's first line. */
export function withoutNumber(inlines: Inline[], n: number): Inline[] {
  const [first, ...rest] = inlines;
  let out = inlines;
  if (first?.kind === 'ref' && first.n === n) out = rest;
  else if (first?.kind === 'text') {
    const number = new RegExp(`^\\s*${n}[.)]?`).exec(first.text);
    if (number) out = [{ ...first, text: first.text.slice(number[0].length) }, ...rest];
  }
  const start = out.findIndex(i => i.kind !== 'text' || i.text.trim() !== '');
  return start < 0 ? [] : out.slice(start).map((inline, i) => (i === 0 && inline.kind === 'text' ? { ...inline, text: inline.text.trimStart() } : inline));
}
