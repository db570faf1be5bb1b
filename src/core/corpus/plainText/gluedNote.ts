// The rest of a footnote that pdftotext without -layout ran on into the body above it, with no empty line between
// (at the foot of a column, or above the page's first note). Notes are set in smaller type than the text, so to
// the same measure their lines hold more words: the glued part is the run at the end of the block whose lines are
// visibly wider than the body's above it (and than the page's text, not merely than a quotation above it). Where
// the run starts is the point that parts the block's full lines best into a narrower head and a wider tail (each
// as even as it can be); a line opening in lower case right after a finished sentence starts it even when not
// wider (the note broke off mid-sentence, a paragraph never opens so), and alone where the rest is too short to
// tell by its widths.
import { textWidth } from '../glyphWidth';
import { isEnglishWord } from '../../text/englishWords';
import type { TextLine } from './lines';
import { printedMeasure } from './measure';

/** The tail's full lines are on average at least this much wider than the head's (smaller type to one measure). */
const NOTE_WIDER = 1.04;
/** Lines shorter than this share of the block's widest (a heading, a paragraph's last line) are not full lines. */
const FULL_LINE = 0.75;
/** Lines wider than this many times the block's median hold two printed lines that pdftotext joined at a hyphen. */
const OVERFULL = 1.3;
/** Fewer full body lines than this above the run do not give the body's measure. */
const MIN_HEAD = 2;
const SENTENCE_END = /[.?!]["”’»)\]]*\d*$/;
/** A locator and its number, as references cite pages, folios, files (`ll. 63-64`, `p. 12`, `d. 5`). */
const LOCATOR = /(?:^|[\s(,;])(?:pp?|ll?|ff?|op|d|t|vol|no|ch)\.\s*\d/i;
/** A file or folio cited with its number, as notes cite them and text seldom does (`d. 378`, `ll. 63-64`). */
const CITATION = /(?:^|[\s(,;])(?:ll?|d|op|f)\.\s*\d/;
/** Below this share of English words a line is in another language (romanized Russian); above the other, English. */
const FOREIGN = 0.25;
const ENGLISH = 0.5;
/** A reference ends in a number or a closing bracket, then a full stop. */
const REFERENCE_END = /[\d)\]]\.$/;

/** Where a glued note continuation starts, and what told it (for the summary). */
export interface GluedStart {
  at: number;
  why: string;
}

/**
 * Index where a glued note continuation starts in the block of lines that ends before `end` (empty lines
 * skipped), or undefined. `marked(text)` tells whether text carries a marker of the notes to come (body text);
 * `inList`, whether the note broke off inside a list of references (after a comma or semicolon).
 */
export function gluedNoteStart(lines: TextLine[], end: number, marked: (text: string) => boolean, inList = false): GluedStart | undefined {
  let last = end;
  while (last > 0 && lines[last - 1].text === '') last--;
  let first = last;
  while (first > 0 && lines[first - 1].text !== '') first--;
  const widths = lines.map(l => textWidth(l.text));
  const sorted = widths.slice(first, last).sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? 0;
  const widest = Math.max(0, ...sorted.filter(w => w <= median * OVERFULL));
  // A block's full lines; the run's last line may end the note anywhere and says nothing.
  const full = (from: number, to: number) => widths.slice(from, to).filter(w => w >= widest * FULL_LINE && w <= median * OVERFULL);
  // The page's text, to which the run is wider too: not merely wider than a narrower quotation above it.
  const page = full(0, last).sort((a, b) => a - b);
  const typical = page[page.length >> 1] ?? 0;
  let best: { at: number; cost: number } | undefined;
  for (let k = first + 1; k < last - 1; k++) {
    const head = full(first, k);
    const tail = full(k, last - 1);
    if (!canStart(lines[k]) || head.length < MIN_HEAD || tail.length === 0 || widths[k] <= Math.max(...head) || widths[k] > median * OVERFULL) continue;
    if (mean(tail) < Math.max(mean(head), typical) * NOTE_WIDER || marked(lines.slice(k, last).map(l => l.text).join('\n'))) continue;
    const cost = spread(head) + spread(tail);
    if (!best || cost < best.cost) best = { at: k, cost };
  }
  const broken = flowBreak(lines, first, last, widths, full, marked, typical);
  if (broken !== undefined && (!best || broken < best.at)) return { at: broken, why: 'set wider, below a line that stops short inside a sentence' };
  // A line opening in lower case after a finished sentence: the note went on mid-sentence (a paragraph never opens so).
  const opensNote = (k: number) => k > first && canStart(lines[k]) && /^\p{Ll}/u.test(lines[k].text) && SENTENCE_END.test(lines[k - 1].text);
  const lowerCase = (k: number) => ({ at: k, why: 'opening in lower case after a finished sentence' });
  if (!best) {
    // A rest too short to be told by its widths (a line or two ending the note) is told by its opening alone.
    for (let k = last - 1; k > first; k--) if (opensNote(k) && !marked(lines.slice(k, last).map(l => l.text).join('\n'))) return lowerCase(k);
    // A note broken off in a list of references goes on with one: a last line citing pages or folios that ends it.
    const closing = lines[last - 1]?.text ?? '';
    if (inList && last - 1 > first && canStart(lines[last - 1]) && LOCATOR.test(closing) && REFERENCE_END.test(closing) && !marked(closing)) {
      return { at: last - 1, why: 'a reference ending the note, which broke off in a list of references' };
    }
    return undefined;
  }
  // The line before the widest run may still be note text: opening in lower case after a finished sentence, or
  // citing a file or folio as text seldom does (`l. 102 (Urals); d. 378`).
  for (let k = best.at - 1; k >= Math.max(first + 1, best.at - 2); k--) {
    if (marked(lines.slice(k, best.at).map(l => l.text).join('\n'))) break;
    if (opensNote(k)) return lowerCase(k);
    if (canStart(lines[k]) && CITATION.test(lines[k].text)) return { at: k, why: 'set wider in its smaller type, after a line citing a file or folio' };
  }
  return { at: best.at, why: 'set wider in its smaller type' };
}

/**
 * A line that ends no sentence yet leaves room for the next line's first word in the measure of the text above the
 * block: the text did not go on there, and where the lines below are set wider, the note's rest starts there.
 */
function flowBreak(
  lines: TextLine[],
  first: number,
  last: number,
  widths: number[],
  full: (from: number, to: number) => number[],
  marked: (text: string) => boolean,
  typical: number,
): number | undefined {
  const above = widths.slice(0, first).filter((_, i) => lines[i].text !== '').sort((a, b) => a - b);
  // Most of the text's lines fall short of the measure: the tenth widest is still within it.
  const measure = printedMeasure(above);
  if (measure === undefined) return undefined;
  for (let k = first + MIN_HEAD; k < last; k++) {
    const nextWord = /^\S+/.exec(lines[k].text)?.[0] ?? '';
    if (!canStart(lines[k]) || SENTENCE_END.test(lines[k - 1].text) || textWidth(`${lines[k - 1].text} ${nextWord}`) >= measure) continue;
    const head = full(first, k);
    const tail = full(k, last - 1);
    if (head.length < MIN_HEAD || tail.length === 0 || mean(tail) < Math.max(mean(head), typical) * NOTE_WIDER) continue;
    if (!marked(lines.slice(k, last).map(l => l.text).join('\n'))) return k;
  }
  return undefined;
}

/** The share of a text's words of three letters or more that English has; undefined without such words. */
function englishShare(text: string): number | undefined {
  const words = (text.match(/\p{L}[\p{L}’']*/gu) ?? []).filter(w => w.length >= 3);
  return words.length === 0 ? undefined : words.filter(w => isEnglishWord(w.toLowerCase())).length / words.length;
}

/**
 * Where the rest of a note that broke off in romanized Russian (`noteEnd`, its last line) starts in the block of
 * English text ending before `end` that the extraction ran it on below: the lines at the block's end with hardly an
 * English word, the first opening in lower case below a line mostly English, no marker of the notes to come in them.
 */
export function romanizedRest(lines: TextLine[], end: number, noteEnd: string, marked: (text: string) => boolean): number | undefined {
  let last = end;
  while (last > 0 && lines[last - 1].text === '') last--;
  let first = last;
  while (first > 0 && lines[first - 1].text !== '') first--;
  const foreign = (text: string) => (englishShare(text) ?? 0) < FOREIGN;
  if (!foreign(noteEnd)) return undefined;
  let k = last;
  while (k > first && foreign(lines[k - 1].text)) k--;
  if (k === last || k === first || (englishShare(lines[k - 1].text) ?? 0) < ENGLISH) return undefined;
  return /^\p{Ll}/u.test(lines[k].text) && canStart(lines[k]) && !marked(lines.slice(k, last).map(l => l.text).join('\n')) ? k : undefined;
}

/** The second half of a line pdftotext ran on at a hyphen is in the first half's type: no note starts there. */
const canStart = (line: TextLine) => !line.runOnAtHyphen;

/** Whether lines [from, to) are set wider than the page's text, as the notes' smaller type is. */
export function setAsNotes(lines: TextLine[], from: number, to: number): boolean {
  const widths = lines.filter(l => l.text !== '').map(l => textWidth(l.text));
  const sorted = [...widths].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? 0;
  const widest = Math.max(0, ...sorted.filter(w => w <= median * OVERFULL));
  const full = (ws: number[]) => ws.filter(w => w >= widest * FULL_LINE && w <= median * OVERFULL);
  const run = full(lines.slice(from, to - 1).filter(l => l.text !== '').map(l => textWidth(l.text)));
  const page = full(widths).sort((a, b) => a - b);
  return run.length > 0 && mean(run) >= (page[page.length >> 1] ?? 0) * NOTE_WIDER;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Sum of squared distances from the mean: how uneven a run of line widths is. */
function spread(values: number[]): number {
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0);
}
