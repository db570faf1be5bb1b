// Anchoring over a whole article, where the approximate search first rules out by trigram counts the stretches in
// which no match can end: passages rewritten beyond recognition stay orphans, and moved, retouched ones are found.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { anchorQuote, quoteAt } from '../../../src/core/anchoring';

const ARTICLE = readFileSync(path.join(__dirname, '../../../corpus/harris-dual-subordination.md'), 'utf8');
/** Paragraphs of running prose (no headings, notes or tables), with their offsets. */
const PROSE = [...ARTICLE.matchAll(/(?<=^|\n\n)[A-Z][^\n]{400,}(?=\n\n)/g)].map(m => ({ start: m.index, text: m[0] }));

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Passages of 20–200 characters between word boundaries inside prose paragraphs, each found once in the article. */
function passages(count: number, seed: number): { paragraph: (typeof PROSE)[number]; start: number; end: number }[] {
  const next = random(seed);
  const found = [];
  while (found.length < count) {
    const paragraph = PROSE[Math.floor(next() * PROSE.length)];
    const start = paragraph.start + paragraph.text.indexOf(' ', Math.floor(next() * (paragraph.text.length - 220))) + 1;
    const end = ARTICLE.lastIndexOf(' ', start + 20 + Math.floor(next() * 180));
    const exact = ARTICLE.slice(start, end);
    if (end - start >= 20 && ARTICLE.indexOf(exact) === ARTICLE.lastIndexOf(exact)) found.push({ paragraph, start, end });
  }
  return found;
}

describe('anchoring over a whole article', () => {
  it('has prose paragraphs to take passages from', () => {
    assert.ok(PROSE.length >= 30, `${PROSE.length} paragraphs`);
  });

  it('orphans passages rewritten beyond recognition: words reversed, in capitals or not', () => {
    for (const { start, end } of passages(30, 7)) {
      const target = quoteAt(ARTICLE, start, end);
      const reversed = target.exact.split(' ').reverse().join(' ');
      for (const rewritten of [reversed, reversed.toUpperCase()]) {
        const result = anchorQuote(ARTICLE.slice(0, start) + rewritten + ARTICLE.slice(end), target);
        assert.equal(result.status, 'orphaned', JSON.stringify({ exact: target.exact, rewritten, result }));
      }
    }
  });

  it('finds a passage whose paragraph moved far away and which had a word retouched, covering exactly its new place', () => {
    for (const { paragraph, start, end } of passages(30, 11)) {
      const target = quoteAt(ARTICLE, start, end);
      // The passage's longest word loses its last letter to an x: a typo fixed or made in revision.
      const longest = target.exact.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
      const retouched = target.exact.replace(longest, `${longest.slice(0, -1)}${longest.endsWith('x') ? 'y' : 'x'}`);
      const moved = paragraph.text.slice(0, start - paragraph.start) + retouched + paragraph.text.slice(end - paragraph.start);
      const without = ARTICLE.slice(0, paragraph.start) + ARTICLE.slice(paragraph.start + paragraph.text.length + 2);
      // Set into the other half of the article, well beyond the neighbourhood searched first.
      const at = without.indexOf('\n\n', paragraph.start < ARTICLE.length / 2 ? (without.length * 3) / 4 : without.length / 8) + 2;
      const text = `${without.slice(0, at)}${moved}\n\n${without.slice(at)}`;
      const newStart = at + (start - paragraph.start);
      assert.ok(Math.abs(newStart - start) > 10_000);
      const result = anchorQuote(text, target);
      assert.deepEqual(result.status === 'anchored' && [result.start, result.end, result.method], [newStart, newStart + retouched.length, 'approximate'], JSON.stringify({ exact: target.exact, result }));
    }
  });
});
