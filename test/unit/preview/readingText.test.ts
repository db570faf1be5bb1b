import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDocumentIndex } from '../../../src/core/document';
import { passageSource, postedPassage, readingRange, readingText, sourceRange } from '../../../src/core/preview';
import { quoteAt } from '../../../src/core/anchoring';

const ARTICLE = [
  '---',
  'title: Grain',
  '---',
  '',
  '# The *grain* crisis',
  '',
  'Stalin wrote[^b] to the *obkom* about [the plan](https://example.org/plans/1928/very/long/path) in 1928.[^a]',
  'A second line &#8212; joined.',
  '',
  '[^a]: RGASPI, f. 17, op. 3, d. 5.',
  '[^b]: *Ibid.*, l. 2.',
  '[^c]: Never cited.',
  '',
].join('\n');

describe('reading text: the article as the reader sees it, mapped to its source', () => {
  const reading = readingText(buildDocumentIndex(ARTICLE));

  it('holds headings and paragraphs without markup or note references, then the cited notes in reference order', () => {
    assert.equal(reading.text, 'The grain crisis Stalin wrote to the obkom about the plan in 1928. A second line — joined. Ibid., l. 2. RGASPI, f. 17, op. 3, d. 5.');
    assert.equal(reading.blocks.length, 4);
  });

  it('maps a passage of the reading text to its source, markup included', () => {
    const start = reading.text.indexOf('the obkom about the plan');
    const { start: s, end: e } = sourceRange(reading, start, start + 'the obkom about the plan'.length);
    assert.equal(ARTICLE.slice(s, e), 'the *obkom* about [the plan');
    const joined = reading.text.indexOf('joined');
    assert.equal(ARTICLE.slice(sourceRange(reading, joined, joined + 6).start, sourceRange(reading, joined, joined + 6).end), 'joined');
  });

  it('maps a source passage to the reading text, trimmed', () => {
    const from = ARTICLE.indexOf('wrote[^b] to the *obkom*');
    const range = readingRange(reading, from, from + 'wrote[^b] to the *obkom* '.length);
    assert.ok(range);
    assert.equal(reading.text.slice(range.start, range.end), 'wrote to the obkom');
    const note = ARTICLE.indexOf('*Ibid.*');
    const inNote = readingRange(reading, note, note + 7);
    assert.ok(inNote);
    assert.equal(reading.text.slice(inNote.start, inNote.end), 'Ibid.');
    assert.equal(readingRange(reading, ARTICLE.indexOf('[^c]'), ARTICLE.length), undefined, 'a note never cited is not shown');
    assert.equal(readingRange(reading, 0, 20), undefined, 'front matter is not shown');
  });

  it('finds a selection from the page in the source, with the page\'s own text around it', () => {
    // the page's text differs a little from the index's: a code block the index does not hold, and a hard break
    const page = `The grain crisis Stalin wrote to the obkom about the plan in 1928. A second line — joined. print(1) ${reading.text.slice(reading.text.indexOf('Ibid.'))}`;
    const start = page.indexOf('about the plan');
    const found = passageSource(reading, quoteAt(page, start, start + 'about the plan'.length));
    assert.ok('start' in found);
    assert.equal(ARTICLE.slice(found.start, found.end), 'about [the plan');
    const inNote = page.indexOf('f. 17');
    const note = passageSource(reading, quoteAt(page, inNote, inNote + 5));
    assert.ok('start' in note);
    assert.equal(ARTICLE.slice(note.start, note.end), 'f. 17');
  });

  it('reports a passage the source does not hold', () => {
    const found = passageSource(reading, { exact: 'Molotov answered the Politburo at once', prefix: '', suffix: '', start: 5, end: 42 });
    assert.deepEqual(found, { problem: 'no passage similar enough to the quote' });
  });

  it('reads only well-formed passages from a page message', () => {
    const good = { exact: 'the plan', prefix: 'about ', suffix: ' in', start: 3, end: 11 };
    assert.deepEqual(postedPassage(good), good);
    assert.equal(postedPassage({ ...good, exact: '  ' }), undefined);
    assert.equal(postedPassage({ ...good, exact: 42 }), undefined);
    assert.equal(postedPassage({ ...good, start: 1.5 }), undefined);
    assert.equal(postedPassage({ ...good, suffix: 'x'.repeat(2_000_000) }), undefined);
    assert.equal(postedPassage('<script>'), undefined);
    assert.equal(postedPassage(null), undefined);
  });

  it('maps every sentence of the bundled article back to a source passage holding its words', () => {
    const text = readFileSync('corpus/harris-dual-subordination.md', 'utf8');
    const bundled = readingText(buildDocumentIndex(text));
    let checked = 0;
    for (const block of bundled.blocks) {
      for (let start = block.start; start < block.end; start += 200) {
        const end = Math.min(block.end, start + 60);
        const words = bundled.text.slice(start, end).split(' ').filter(w => /^[A-Za-z]{4,}$/.test(w));
        const { start: s, end: e } = sourceRange(bundled, start, end);
        const source = text.slice(s, e);
        for (const word of words) assert.ok(source.includes(word), `"${word}" in ${JSON.stringify(source)}`);
        checked++;
      }
    }
    assert.ok(checked > 300, `${checked} passages checked`);
  });
});
