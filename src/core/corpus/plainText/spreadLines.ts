// pdftotext without -layout writes a justified line whose spaces were set very wide one word a line (`expand` /
// `levels` / `of` / `investment` / `and`): such a run is one printed line again where its words together are about
// as wide as the lines around it. A run of single words narrower than that (a title's words, a heading after a
// paragraph's last word) stays as read.
import { pushAll } from './manyItems';
import { textWidth } from '../glyphWidth';
import type { TextLine } from './lines';
import type { Page } from './pages';

/** A justified line is at least this share of the measure of the lines around it, and no wider than it by more. */
const FULL = 0.7;
const SLACK = 1.03;
/** How many lines on each side give the measure. */
const AROUND = 3;

const isWord = (line: TextLine) => /^\S+$/.test(line.text) && !/^\d+$/.test(line.text);

export function joinSpreadLines(pages: Page[]): void {
  for (const page of pages) {
    const lines = page.lines;
    const out: TextLine[] = [];
    for (let i = 0; i < lines.length; ) {
      let end = i;
      while (end < lines.length && isWord(lines[end])) end++;
      if (end - i < 2) {
        out.push(lines[i]);
        i = Math.max(end, i + 1);
        continue;
      }
      pushAll(out, printedLines(lines.slice(i, end), measureAround(lines, i, end)));
      i = end;
    }
    page.lines = out;
  }
}

/** The widest of the written lines next to the run [from, to), which are set to the measure unless they end a paragraph. */
function measureAround(lines: TextLine[], from: number, to: number): number {
  const near = [...lines.slice(Math.max(0, from - AROUND), from), ...lines.slice(to, to + AROUND)];
  return Math.max(0, ...near.filter(l => l.text !== '').map(l => textWidth(l.text)));
}

/** The run's words as the printed lines they fill, each as wide as the measure allows; words that fill none stay. */
function printedLines(words: TextLine[], measure: number): TextLine[] {
  const out: TextLine[] = [];
  let group: TextLine[] = [];
  const width = (list: TextLine[]) => textWidth(list.map(l => l.text).join(' '));
  const flush = () => {
    if (group.length > 1 && width(group) >= measure * FULL) out.push({ ...group[0], text: group.map(l => l.text).join(' ') });
    else pushAll(out, group);
    group = [];
  };
  for (const word of words) {
    if (group.length > 0 && width([...group, word]) > measure * SLACK) flush();
    group.push(word);
  }
  flush();
  return out;
}
