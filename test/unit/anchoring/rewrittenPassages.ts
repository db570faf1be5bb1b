// Passages of the article rewritten as revision rewrites them, many near the similarity threshold of anchoring:
// words reordered a little or wholly, letters retouched, both, and every other one moved elsewhere.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { quoteAt, type AnchorResult, type AnchorTarget } from '../../../src/core/anchoring';

const ARTICLE = readFileSync(path.join(__dirname, '../../../corpus/raw/harris-dual-subordination.txt'), 'utf8');

/** What anchoring decided: the orphan's status alone, or where the passage was found, how and with what score. */
export type Decision = ['orphaned'] | ['anchored', number, number, string, number];

export const CASES = 160;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** The article with passage `n` rewritten, and the passage's stored target. */
export function rewrittenCase(n: number): { text: string; target: AnchorTarget; how: string } {
  const next = random(1000 + n);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  let start: number;
  let end: number;
  do {
    start = ARTICLE.indexOf(' ', Math.floor(next() * (ARTICLE.length - 300))) + 1;
    end = ARTICLE.lastIndexOf(' ', start + 20 + Math.floor(next() * 180));
  } while (end - start < 20 || ARTICLE.indexOf(ARTICLE.slice(start, end)) !== start || ARTICLE.lastIndexOf(ARTICLE.slice(start, end)) !== start);
  const target = quoteAt(ARTICLE, start, end);
  const words = target.exact.split(' ');
  const swap = (times: number) => {
    for (let t = 0; t < times && words.length > 1; t++) {
      const i = Math.floor(next() * (words.length - 1));
      [words[i], words[i + 1]] = [words[i + 1], words[i]];
    }
  };
  const retouch = (share: number) => {
    const units = [...words.join(' ')];
    for (let t = Math.round(units.length * share); t > 0; t--) units[Math.floor(next() * units.length)] = pick([...'aeiostnx']);
    return units.join('');
  };
  const kind = n % 5;
  let rewritten: string;
  let how: string;
  if (kind === 0) {
    rewritten = [...words].reverse().join(' ');
    how = 'words reversed';
  } else if (kind === 1) {
    const times = 1 + Math.floor(next() * 5);
    swap(times);
    rewritten = words.join(' ');
    how = `${times} neighbouring words swapped`;
  } else if (kind === 2) {
    const share = pick([0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    rewritten = retouch(share);
    how = `${share * 100}% of letters retouched`;
  } else if (kind === 3) {
    const half = Math.ceil(words.length / 2);
    rewritten = [...words.slice(half), ...words.slice(0, half)].join(' ');
    how = 'halves exchanged';
  } else {
    swap(1 + Math.floor(next() * 2));
    rewritten = retouch(pick([0.05, 0.1, 0.15]));
    how = 'words swapped and letters retouched';
  }
  // Every other case also moves the passage's paragraph, rewritten, to a paragraph break elsewhere.
  const edited = ARTICLE.slice(0, start) + rewritten + ARTICLE.slice(end);
  if (n % 2 === 0) return { text: edited, target, how };
  const before = edited.lastIndexOf('\n\n', start);
  const after = edited.indexOf('\n\n', start + rewritten.length);
  const paragraphStart = before < 0 ? 0 : before + 2;
  const paragraphEnd = after < 0 ? edited.length : after;
  const removed = edited.slice(0, paragraphStart) + edited.slice(paragraphEnd + 2);
  const at = removed.indexOf('\n\n', Math.floor(next() * removed.length));
  const to = at < 0 ? removed.length : at;
  return { text: `${removed.slice(0, to)}\n\n${edited.slice(paragraphStart, paragraphEnd)}${removed.slice(to)}`, target, how: `${how}, and moved` };
}

export function decisionOf(result: AnchorResult): Decision {
  return result.status === 'orphaned' ? ['orphaned'] : ['anchored', result.start, result.end, result.method, result.score];
}
