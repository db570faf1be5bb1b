// Checks on the bundled officials file itself: the Cyrillic agrees with the article's spelling.
import assert from 'node:assert/strict';
import { skeleton } from '../../../src/core/translit';
import { cyrillicSurname } from '../../../src/core/officials/model';
import { bundled } from './fixtures';

/** Spellings where the article departs from the person's Cyrillic name (Goloshcheikin for Голощёкин). */
const ARTICLE_SPELLINGS = new Set(['goloshcheikin']);

describe('bundled officials file', () => {
  it('gives each person a Cyrillic surname that romanizes to the article’s spelling', () => {
    const mismatched = bundled.officials
      .filter(official => !ARTICLE_SPELLINGS.has(official.id))
      .filter(official => skeleton(cyrillicSurname(official)) !== skeleton(official.surname))
      .map(official => `${official.surname} / ${cyrillicSurname(official)}`);
    assert.deepEqual(mismatched, []);
  });

  it('gives the same number of Cyrillic name words as English ones', () => {
    for (const official of bundled.officials) {
      const english = (official.given ?? official.initials ?? '').split(' ').filter(Boolean).length + 1;
      assert.equal(official.cyrillic.split(' ').length, english, official.id);
    }
  });
});
