import * as assert from 'node:assert/strict';
import { anchorQuote, quoteAt, type AnchorResult } from '../../../src/core/anchoring';
import { ARTICLE, LOOK_ALIKE, PASSAGE } from './sampleArticle';
import { insertBefore, moveParagraph, remove, replace, run } from './editScript';

/** The stored target for the only occurrence of `passage` in the original article. */
function targetFor(passage: string, text = ARTICLE) {
  const start = text.indexOf(passage);
  assert.ok(start >= 0);
  return quoteAt(text, start, start + passage.length);
}

function anchoredText(text: string, result: AnchorResult): string {
  assert.equal(result.status, 'anchored', JSON.stringify(result));
  if (result.status !== 'anchored') return '';
  return text.slice(result.start, result.end);
}

describe('anchorQuote', () => {
  const target = targetFor(PASSAGE);

  it('keeps the stored position while the quote is still there', () => {
    const result = anchorQuote(ARTICLE, target);
    assert.deepEqual(result, { status: 'anchored', start: target.start, end: target.end, method: 'position', score: 1 });
  });

  it('follows the passage after insertions before it', () => {
    const edited = run(ARTICLE, insertBefore('## Introduction', '## Preface\n\nA new preface of some length.\n\n'), insertBefore('Who did', 'Indeed, '));
    const result = anchorQuote(edited, target);
    assert.equal(anchoredText(edited, result), PASSAGE);
    assert.equal(result.status === 'anchored' && result.method, 'exact');
    assert.equal(result.status === 'anchored' && result.start, edited.indexOf(PASSAGE));
  });

  it('follows the passage after deletions before it', () => {
    const edited = run(ARTICLE, remove('Who did the Soviet political police answer to? '), remove('# Dual subordination?\n\n'));
    const result = anchorQuote(edited, target);
    assert.equal(anchoredText(edited, result), PASSAGE);
    assert.equal(result.status === 'anchored' && result.start, edited.indexOf(PASSAGE));
  });

  it('finds the passage after a word inside it changed, covering exactly the edited passage', () => {
    const changed = PASSAGE.replace('directly handled', 'personally dealt with');
    const edited = run(ARTICLE, insertBefore('## Introduction', 'An added line.\n\n'), replace(PASSAGE, changed));
    const result = anchorQuote(edited, target);
    assert.equal(anchoredText(edited, result), changed);
    assert.equal(result.status === 'anchored' && result.method, 'approximate');
  });

  it('finds the passage after it was re-wrapped across lines', () => {
    const wrapped = PASSAGE.replace('handled problems', 'handled\nproblems');
    const edited = run(ARTICLE, replace(PASSAGE, wrapped));
    assert.equal(anchoredText(edited, anchorQuote(edited, target)), wrapped);
  });

  it('finds the passage after its paragraph moved to another section', () => {
    const edited = run(ARTICLE, moveParagraph('Who did the Soviet', 'By 1937 the NKVD had turned on the obkom itself.'));
    assert.ok(edited.indexOf(PASSAGE) > edited.indexOf('## The 1930s'), 'the script moved the passage');
    const result = anchorQuote(edited, target);
    assert.equal(anchoredText(edited, result), PASSAGE);
    assert.equal(result.status === 'anchored' && result.start, edited.indexOf(PASSAGE));
  });

  it('finds a quote moved on its own, without its context, when it is long and unique', () => {
    const edited = run(ARTICLE, remove(`${PASSAGE}, and the\n`), insertBefore('The purge swept', `Recall that ${PASSAGE}. `));
    const result = anchorQuote(edited, target);
    assert.equal(anchoredText(edited, result), PASSAGE);
  });

  it('orphans the passage when it was deleted', () => {
    const edited = run(ARTICLE, remove(`In the 1930s, Fainsod argued, ${PASSAGE}, and the\noblast' committee recruited most of its officers.`));
    const result = anchorQuote(edited, target);
    assert.equal(result.status, 'orphaned');
  });

  it('does not let a look-alike sentence elsewhere take the place of a deleted passage', () => {
    const edited = run(ARTICLE, remove(`, ${PASSAGE}, and the\noblast' committee`));
    assert.ok(edited.includes(LOOK_ALIKE));
    assert.equal(anchorQuote(edited, target).status, 'orphaned');
  });

  it('prefers the edited passage to an unedited look-alike elsewhere', () => {
    const changed = PASSAGE.replace('problems involving', 'matters concerning');
    const edited = run(ARTICLE, replace(PASSAGE, changed));
    assert.equal(anchoredText(edited, anchorQuote(edited, target)), changed);
  });

  it('keeps the look-alike anchored to itself when the passage is edited', () => {
    const lookAlike = targetFor(LOOK_ALIKE);
    const edited = run(ARTICLE, replace(PASSAGE, PASSAGE.replace('the political police', 'the Cheka')), insertBefore('## The civil war', 'More.\n\n'));
    const result = anchorQuote(edited, lookAlike);
    assert.equal(anchoredText(edited, result), LOOK_ALIKE);
    assert.equal(result.status === 'anchored' && result.start, edited.indexOf(LOOK_ALIKE));
  });

  it('tells apart repeated short quotes by their context', () => {
    const second = ARTICLE.indexOf('NKVD', ARTICLE.indexOf('NKVD') + 1);
    const nkvd = quoteAt(ARTICLE, second, second + 4);
    const edited = run(ARTICLE, insertBefore('## Introduction', 'The NKVD, the NKVD, the NKVD.\n\n'));
    const result = anchorQuote(edited, nkvd);
    assert.equal(anchoredText(edited, result), 'NKVD');
    assert.equal(result.status === 'anchored' && result.start, second + 'The NKVD, the NKVD, the NKVD.\n\n'.length);
  });

  it('orphans a short quote found only in another context', () => {
    const at = ARTICLE.indexOf('Kabakov');
    const kabakov = quoteAt(ARTICLE, at, at + 'Kabakov'.length);
    const edited = run(ARTICLE, remove(' The purge swept away I. D. Kabakov and most of the bureau.'), insertBefore('## The civil war', 'Kabakov led the obkom.\n\n'));
    assert.equal(anchorQuote(edited, kabakov).status, 'orphaned');
  });

  it('orphans an empty quote instead of matching anywhere', () => {
    assert.equal(anchorQuote(ARTICLE, { exact: '', prefix: '', suffix: '', start: 0, end: 0 }).status, 'orphaned');
  });

  it('anchors quotes that have no stored context when they are distinctive', () => {
    const bare = { ...target, prefix: '', suffix: '', start: 0, end: 0 };
    assert.equal(anchoredText(ARTICLE, anchorQuote(ARTICLE, bare)), PASSAGE);
  });
});
