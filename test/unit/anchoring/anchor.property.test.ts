// Random edits that leave a passage untouched never lose it: it is always found again, exactly.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { anchorQuote, quoteAt } from '../../../src/core/anchoring';

const ARTICLE = readFileSync(path.join(__dirname, '../../../corpus/raw/harris-dual-subordination.txt'), 'utf8');

interface Edit {
  at: number;
  deleted: number;
  inserted: string;
}

const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  deleted: fc.nat(120),
  inserted: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('\n\n## A new section\n\n', ' the political police ', 'NKVD ', '')),
});

describe('anchorQuote under random edits outside the passage', () => {
  it('re-anchors the passage exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 20, max: 300 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), (where, length, edits: Edit[]) => {
        const start = Math.floor(where * (ARTICLE.length - length));
        const passage = ARTICLE.slice(start, start + length);
        fc.pre(ARTICLE.indexOf(passage) === start && ARTICLE.indexOf(passage, start + 1) === -1);
        const target = quoteAt(ARTICLE, start, start + length);

        let text = ARTICLE;
        let passageStart = start;
        for (const e of edits) {
          // Each edit falls wholly before or wholly after the passage, possibly right against it.
          const at = Math.floor(e.at * text.length);
          const before = at <= passageStart;
          const from = before ? Math.min(at, passageStart) : Math.max(at, passageStart + length);
          const deleted = Math.min(e.deleted, before ? passageStart - from : text.length - from);
          text = text.slice(0, from) + e.inserted + text.slice(from + deleted);
          if (before) passageStart += e.inserted.length - deleted;
        }
        fc.pre(text.indexOf(passage) === text.lastIndexOf(passage));

        const result = anchorQuote(text, target);
        assert.equal(result.status, 'anchored', JSON.stringify({ passage, result }));
        assert.deepEqual(result.status === 'anchored' && [result.start, result.end], [passageStart, passageStart + length]);
      }),
      { numRuns: 300 },
    );
  });
});
