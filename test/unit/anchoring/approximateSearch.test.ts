import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { approximateSearch, editDistance } from '../../../src/core/anchoring';
import { stretchesToScan } from '../../../src/core/anchoring/approximateSearch';

const ARTICLE = readFileSync(path.join(__dirname, '../../../corpus/raw/harris-dual-subordination.txt'), 'utf8');

/** Fewest edits turning the pattern into some substring ending at each position (plain dynamic programming). */
function bestEndingAt(text: string, pattern: string): number[] {
  let row = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    row = next;
  }
  return row.slice(1);
}

describe('approximateSearch', () => {
  it('finds an exact match with no errors', () => {
    assert.deepEqual(approximateSearch('the obkom and the gorkom', 'gorkom', 1), [{ start: 18, end: 24, errors: 0 }]);
  });

  it('finds a match with one substitution and reports its bounds', () => {
    assert.deepEqual(approximateSearch('the Chekа of 1918', 'Cheka', 1), [{ start: 4, end: 9, errors: 1 }]);
  });

  it('returns nothing when every match needs more errors than allowed', () => {
    assert.deepEqual(approximateSearch('the obkom', 'gorkom', 1), []);
  });

  it('handles patterns longer than one 32-bit block', () => {
    const pattern = 'the regional party secretary directly handled problems involving the political police';
    const text = `Fainsod argued that ${pattern.replace('handled', 'handed')} in the 1930s.`;
    assert.deepEqual(approximateSearch(text, pattern, 5), [{ start: 20, end: 20 + pattern.length - 1, errors: 1 }]);
  });

  it('finds a match using every allowed error whose path enters the second block of a 34-unit pattern late', () => {
    const text = '87, 109, 112-116.\n\n[^27]: RGASPI, f. 17 Tsentral’nyi k';
    const pattern = ', 63-64.\n\n[^43]: RGASPI, f. 17 Tsen';
    assert.equal(Math.min(...bestEndingAt(text, pattern)), 8);
    assert.deepEqual(approximateSearch(text, pattern, 8), [{ start: 10, end: 44, errors: 8 }]);
  });

  it('agrees with plain dynamic programming on random texts and patterns', () => {
    const word = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: max });
    fc.assert(
      fc.property(word(150), word(80), (text, pattern) => {
        const maxErrors = Math.floor(pattern.length / 3);
        const ends = bestEndingAt(text, pattern);
        const matches = approximateSearch(text, pattern, maxErrors);
        assert.equal(matches.length > 0, Math.min(...ends) <= maxErrors);
        for (const m of matches) {
          assert.equal(m.errors, ends[m.end - 1]);
          assert.equal(editDistance(text.slice(m.start, m.end), pattern), m.errors);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Errors up to a quarter of the pattern, as anchoring allows: the trigram count then rules stretches out.
  const letters = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', ' ');
  const filtered = fc
    .record({
      text: fc.string({ unit: letters, minLength: 50, maxLength: 600 }),
      from: fc.double({ min: 0, max: 0.5, noNaN: true }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 12, max: 160 }),
      edits: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), letters), { maxLength: 25 }),
    })
    .map(({ text, from, at, length, edits }) => {
      // The pattern is a passage of the text with some units replaced, so that near and far matches both occur.
      const start = Math.floor(at * Math.max(0, text.length - length));
      const units = [...text.slice(start, start + length)];
      for (const [where, unit] of edits) units[Math.floor(where * units.length)] = unit;
      return { text, pattern: units.join(''), from: Math.floor(from * text.length) };
    });

  it('scans stretches that hold every end of an acceptable match, with room for the whole match before it', () => {
    fc.assert(
      fc.property(filtered, ({ text, pattern, from }) => {
        const maxErrors = Math.floor(pattern.length / 4);
        const stretches = stretchesToScan(text, pattern, maxErrors, from, text.length);
        stretches.forEach(([lo, hi], i) => assert.ok(from <= lo && lo < hi && hi <= text.length && (i === 0 || stretches[i - 1][1] < lo)));
        bestEndingAt(text.slice(from), pattern).forEach((errors, i) => {
          const end = from + i + 1;
          if (errors > maxErrors) return;
          const stretch = stretches.find(([lo, hi]) => lo < end && end <= hi);
          assert.ok(stretch && (stretch[0] === from || end - stretch[0] >= pattern.length + maxErrors), JSON.stringify({ end, errors, stretches }));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with plain dynamic programming when most of the text is ruled out', () => {
    let ruledOut = 0;
    fc.assert(
      fc.property(filtered, ({ text, pattern, from }) => {
        const maxErrors = Math.floor(pattern.length / 4);
        const scanned = stretchesToScan(text, pattern, maxErrors, from, text.length).reduce((sum, [lo, hi]) => sum + hi - lo, 0);
        if (scanned < (text.length - from) / 2) ruledOut++;
        const ends = bestEndingAt(text.slice(from), pattern);
        const matches = approximateSearch(text, pattern, maxErrors, from);
        // Each run of neighbouring acceptable ends is one match, ending in the run with the run's fewest errors.
        const runs: { first: number; last: number; fewest: number }[] = [];
        ends.forEach((errors, i) => {
          if (errors > maxErrors) return;
          const run = runs[runs.length - 1];
          if (run && run.last === i - 1) Object.assign(run, { last: i, fewest: Math.min(run.fewest, errors) });
          else runs.push({ first: i, last: i, fewest: errors });
        });
        assert.equal(matches.length, runs.length);
        for (const m of matches) {
          const run = runs.find(r => r.first <= m.end - from - 1 && m.end - from - 1 <= r.last);
          assert.ok(run && m.start >= from);
          assert.equal(m.errors, run.fewest);
          assert.equal(ends[m.end - from - 1], m.errors);
          assert.equal(editDistance(text.slice(m.start, m.end), pattern), m.errors);
        }
      }),
      { numRuns: 300, seed: 20_261_204 },
    );
    assert.ok(ruledOut > 30, `the count ruled out most of the text only ${ruledOut} times`);
  });

  // Prose, where most of a passage's trigrams occur all over the text, and passages whose words were reordered,
  // which keep their trigrams on scattered diagonals: the diagonal band rules their old place out.
  const prose = fc
    .record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      from: fc.double({ min: 0, max: 0.3, noNaN: true }),
      passage: fc.double({ min: 0.3, max: 0.7, noNaN: true }),
      length: fc.integer({ min: 20, max: 200 }),
      swaps: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
      reversed: fc.boolean(),
      retouched: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
    })
    .map(({ at, from, passage, length, swaps, reversed, retouched }) => {
      const text = ARTICLE.slice(Math.floor(at * (ARTICLE.length - 1200)), Math.floor(at * (ARTICLE.length - 1200)) + 1200);
      const start = Math.floor(passage * (text.length - length));
      const words = text.slice(start, start + length).split(' ');
      if (reversed) words.reverse();
      for (const where of swaps) {
        const i = Math.floor(where * (words.length - 1));
        [words[i], words[i + 1]] = [words[i + 1], words[i]];
      }
      const units = [...words.join(' ')];
      for (const where of retouched) units[Math.floor(where * units.length)] = 'x';
      return { text, pattern: units.join(''), from: Math.floor(from * text.length) };
    });

  it('scans every end of an acceptable match in prose, for passages reordered and retouched', () => {
    let ruledOut = 0;
    fc.assert(
      fc.property(prose, ({ text, pattern, from }) => {
        const maxErrors = Math.floor(pattern.length / 4);
        const stretches = stretchesToScan(text, pattern, maxErrors, from, text.length);
        if (stretches.reduce((sum, [lo, hi]) => sum + hi - lo, 0) < (text.length - from) / 2) ruledOut++;
        bestEndingAt(text.slice(from), pattern).forEach((errors, i) => {
          const end = from + i + 1;
          if (errors > maxErrors) return;
          const stretch = stretches.find(([lo, hi]) => lo < end && end <= hi);
          assert.ok(stretch && (stretch[0] === from || end - stretch[0] >= pattern.length + maxErrors), JSON.stringify({ end, errors, stretches }));
        });
      }),
      { numRuns: 200, seed: 20_261_204 },
    );
    assert.ok(ruledOut > 100, `most of the text was ruled out only ${ruledOut} times`);
  });

  it('rules out the old place of a long passage whose words were reversed, though its trigrams remain there', () => {
    const start = ARTICLE.indexOf('. ', ARTICLE.length / 3) + 2;
    const passage = ARTICLE.slice(start, ARTICLE.lastIndexOf(' ', start + 190));
    const reversed = passage.split(' ').reverse().join(' ');
    const maxErrors = Math.floor(reversed.length / 4);
    assert.ok(Math.min(...bestEndingAt(ARTICLE.slice(start - 100, start + passage.length + 100), reversed)) > maxErrors);
    const scanned = stretchesToScan(ARTICLE, reversed, maxErrors, 0, ARTICLE.length).reduce((sum, [lo, hi]) => sum + hi - lo, 0);
    assert.ok(scanned < ARTICLE.length / 20, `${scanned} of ${ARTICLE.length} units left to scan`);
  });

  it('rules out a whole article for a passage whose letters are all gone', () => {
    const text = 'the regional party secretary directly handled problems involving the political police. '.repeat(40);
    assert.deepEqual(stretchesToScan(text, 'THE REGIONAL PARTY SECRETARY', 7, 0, text.length), []);
    assert.deepEqual(approximateSearch(text, 'THE REGIONAL PARTY SECRETARY', 7), []);
  });
});
