// pdftotext without -layout runs a line that ends in a hyphen on into the next, dropping the hyphen: the printed
// `16-` / `24 noiabria` becomes `1624 noiabria` inside one over-long line, and `Moscow-` / `Narva` `MoscowNarva`.
// Such a line is parted again where the hyphen stood when the word there shows it: two numbers rising (a range;
// a four-digit number is left alone when it may be a year), a capital after lower case inside a word, or two
// English words that are none together. The word must stand where the first line would have ended (neither part
// wider than a line), and be the only one there that shows a join. Each parting is reported.
import type { ImportWarning } from '../article/model';
import { textWidth } from '../glyphWidth';
import { inEnglishDictionary } from '../../text/englishWords';
import type { TextLine } from './lines';
import type { Page } from './pages';

/** A line this much wider than the measure holds two printed lines. */
const OVERFULL = 1.12;
/** The first of the two lines ended with a hyphenated word, so it was at least this share of the measure. */
const FIRST_LINE = 0.6;
/** Tolerance of the estimated widths. */
const SLACK = 1.03;
const YEAR = /^(1[7-9]|20)\d\d$/;

export function partHyphenJoins(pages: Page[], warnings: ImportWarning[]): void {
  const measure = measureOf(pages.flatMap(p => p.lines));
  for (const page of pages) {
    page.lines = page.lines.flatMap(line => {
      if (textWidth(line.text) <= measure * OVERFULL) return [line];
      const at = joinPoint(line.text, measure);
      if (at === undefined) return [line];
      const head = /\S*$/.exec(line.text.slice(0, at))?.[0] ?? '';
      const tail = /^\S*/.exec(line.text.slice(at))?.[0] ?? '';
      warnings.push({ page: page.number, message: `a line pdftotext ran on at a line-end hyphen was parted again: «${head}${tail}» read as «${head}-${tail}»` });
      return [{ ...line, text: line.text.slice(0, at) + '-' }, { ...line, text: line.text.slice(at), indent: 0 }];
    });
  }
}

/** The width of full lines: the longest but the few longest, over-long joined lines left out. */
function measureOf(lines: TextLine[]): number {
  const widths = lines.filter(l => l.text !== '').map(l => textWidth(l.text)).sort((a, b) => a - b);
  const base = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const single = widths.filter(w => w <= base * OVERFULL);
  return single[Math.floor(single.length * 0.98)] ?? base;
}

/** Offset in `text` where the hyphen stood, when exactly one word in reach shows it. */
function joinPoint(text: string, measure: number): number | undefined {
  const found: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index;
    for (const cut of cuts(m[0])) {
      const at = start + cut;
      const first = textWidth(text.slice(0, at) + '-');
      if (first >= measure * FIRST_LINE && first <= measure * SLACK && textWidth(text.slice(at)) <= measure * SLACK) found.push(at);
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Where inside a word (with its punctuation) a dropped hyphen shows. */
function cuts(token: string): number[] {
  const lead = /^[^\p{L}\p{N}]*/u.exec(token)?.[0].length ?? 0;
  const core = token.slice(lead).replace(/[^\p{L}\p{N}]+$/u, '');
  if (/^\d+$/.test(core)) {
    const half = core.length / 2;
    const rising = core.length >= 4 && core.length % 2 === 0 && Number(core.slice(0, half)) < Number(core.slice(half));
    return rising && !YEAR.test(core) ? [lead + half] : [];
  }
  const camel = /\p{Ll}{3}(?=\p{Lu})/u.exec(core);
  if (camel && /^\p{L}+$/u.test(core)) return [lead + camel.index + 3];
  if (!/^\p{Ll}+$/u.test(core) || inEnglishDictionary(core)) return [];
  const splits: number[] = [];
  for (let i = 3; i <= core.length - 3; i++) if (inEnglishDictionary(core.slice(0, i)) && inEnglishDictionary(core.slice(i))) splits.push(lead + i);
  return splits.length === 1 ? splits : [];
}
