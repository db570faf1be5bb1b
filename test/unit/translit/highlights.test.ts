import * as assert from 'node:assert/strict';
import { highlights } from '../../../src/core/translit';

describe('highlights', () => {
  const text = 'Delo Kabakova i okrug\nsecond line';
  it('keeps the most specific of overlapping spans and orders them by position', () => {
    const result = highlights(text, {
      romanizedRussian: [{ start: 0, end: 4 }, { start: 5, end: 13 }, { start: 14, end: 15 }, { start: 16, end: 21 }],
      glossaryTerm: [{ start: 16, end: 21 }],
      officialName: [{ start: 5, end: 13 }],
    });
    assert.deepEqual(result, [
      { line: 0, character: 0, length: 4, kind: 'romanizedRussian' },
      { line: 0, character: 5, length: 8, kind: 'officialName' },
      { line: 0, character: 14, length: 1, kind: 'romanizedRussian' },
      { line: 0, character: 16, length: 5, kind: 'glossaryTerm' },
    ]);
  });

  it('splits a span that crosses a line break and drops empty spans', () => {
    assert.deepEqual(highlights(text, { glossaryTerm: [{ start: 16, end: 28 }, { start: 3, end: 3 }] }), [
      { line: 0, character: 16, length: 5, kind: 'glossaryTerm' },
      { line: 1, character: 0, length: 6, kind: 'glossaryTerm' },
    ]);
  });
});
