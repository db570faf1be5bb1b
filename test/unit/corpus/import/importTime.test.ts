// Text extractions built to be slow: at these sizes a path quadratic in the lines or the characters of a paragraph
// takes minutes (or overflows the stack), a linear one about a second; the test's timeout is the bound.
import * as assert from 'node:assert/strict';
import { importText } from '../../../../src/core/corpus/importText';
import { ImportError } from '../../../../src/core/corpus/importer';
import { importTexts } from '../../../../bench/importTexts';

const NOT_AN_ARTICLE = /^no notes found in the layout of pdftotext/;

describe('import time on hostile text extractions', () => {
  const refused: [string, number][] = [
    ['lines of one letter', 200_000],
    ['short paragraphs', 40_000],
    ['one line of words', 1_000_000],
  ];
  for (const [name, n] of refused) {
    it(`${name} (${n.toLocaleString('en')}): refused as no article, in linear time`, () => {
      assert.throws(() => importText(importTexts[name](n)), (err: Error) => err instanceof ImportError && NOT_AN_ARTICLE.test(err.message));
    });
  }

  it('a paragraph of 20,000 lines ending in soft hyphens is joined as one flow, the hyphens dropped', () => {
    const result = importText(importTexts['soft hyphens'](20_000));
    assert.equal(result.notes, 1);
    assert.match(result.markdown, /the kolkhoz and the sovthe kolkhoz and the sov/);
    assert.doesNotMatch(result.markdown, /\u00ad/);
  });
});
