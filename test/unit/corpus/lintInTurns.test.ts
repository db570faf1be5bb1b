import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { notes, refs, spacedNote, words } from '../../../bench/hostileTexts';
import { lintMarkdown, lintMarkdownAsync } from '../../../src/core/corpus/lint';
import { quadrupledRuns } from '../../../src/core/corpus/quadrupled';

const root = path.resolve(__dirname, '..', '..', '..');

/** What the pattern the scan replaces matches. */
const byPattern = (text: string) => [...text.matchAll(/(?:(\p{L})\1{3}){3,}/gu)].map(m => [m.index, m.index + m[0].length]);

/** A text of `length` characters drawn from `alphabet` with a fixed seed, in runs that repeat a character. */
function seeded(seed: number, length: number, alphabet: readonly string[]): string {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let text = '';
  while (text.length < length) text += alphabet[Math.floor(random() * alphabet.length)].repeat(1 + Math.floor(random() * 6));
  return text;
}

describe('lint checks across the text, in turns', () => {
  const texts: Record<string, string> = {
    'the bundled article': readFileSync(path.join(root, 'corpus/harris-dual-subordination.md'), 'utf8'),
    'the raw extraction, with its residue': readFileSync(path.join(root, 'corpus/raw/harris-dual-subordination.txt'), 'utf8'),
    'a paragraph of 5,000 note references': refs(5000, 5000),
    '500 paragraphs with a note each, numbered from 7': notes(6, 500),
    'a word of 200,000 letters': words(200_000, 200_000),
    'a note of 200,000 spaces': spacedNote(200_000, 200_000),
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`finds what the lint finds at once: ${name}`, async () => {
      assert.deepEqual(await lintMarkdownAsync(text), lintMarkdown(text));
    });
  }

  it('reports the undecoded headings of the raw extraction and the numbering of hostile notes', () => {
    assert.ok(lintMarkdown(texts['the raw extraction, with its residue']).some(d => d.code === 'residue-quadrupled'));
    const [jump] = lintMarkdown(texts['500 paragraphs with a note each, numbered from 7']).filter(d => d.code === 'non-consecutive-numbering');
    assert.equal(jump.message, 'footnote [^7] follows [^0]: expected [^1]');
  });
});

describe('runs of letters written four times', () => {
  it('are what the pattern /(?:(\\p{L})\\1{3}){3,}/gu matches, on text of letters, digits, spaces and surrogate pairs', () => {
    const alphabet = ['a', 'a', 'B', 'Ж', '𝒜', '1', ' ', '\n', '\uD800', '.'];
    for (let seed = 1; seed <= 200; seed++) {
      const text = seeded(seed, 400, alphabet);
      assert.deepEqual([...quadrupledRuns(text)], byPattern(text), JSON.stringify(text));
    }
  });

  it('find an extraction heading and a word of 200,000 letters', () => {
    assert.deepEqual([...quadrupledRuns('x OOOOGGGGPPPPUUUU    aaaannnndddd')], [[2, 18], [22, 34]]);
    assert.deepEqual([...quadrupledRuns('a'.repeat(200_001))], [[0, 200_000]]);
    assert.deepEqual([...quadrupledRuns('𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜')], [[0, 24]]);
    assert.deepEqual([...quadrupledRuns('aaaabbbb1111cccc')], []);
  });
});
