import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { approximateSearch, editDistance } from '../../../src/core/anchoring';

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
});
