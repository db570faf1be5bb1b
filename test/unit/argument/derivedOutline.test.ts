import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { outlineJson } from '../../../src/core/argument';
import { outlineOf, SMALL_ARTICLE } from './fixtures';

describe('derived outline', () => {
  it('lists headings, each paragraph\'s topic sentence and the notes it cites (article written by the test)', () => {
    assert.deepEqual(outlineJson(outlineOf(SMALL_ARTICLE)), {
      title: 'Grain and power',
      question: null,
      thesis: null,
      periods: [],
      sections: [
        { title: null, line: 2, claims: [{ text: 'Who decided the quotas?', line: 2, footnotes: [1] }] },
        {
          title: 'The centre',
          line: 4,
          claims: [
            { text: 'Dr. A. B. Smith argued that the okrug committees set the quotas.', line: 6, footnotes: [2, 3] },
            { text: 'The plan must be fulfilled at all costs.', line: 8, footnotes: [4] },
          ],
        },
        { title: 'The regions', line: 10, claims: [{ text: 'Regional leaders bargained hard for lower targets.', line: 12, footnotes: [] }] },
        { title: null, line: 16, claims: [{ text: 'In conclusion, quotas were negotiated rather than imposed.', line: 16, footnotes: [5] }] },
      ],
    });
  });

  it('marks block quotations as quotations and selects exactly the topic sentence in the source', () => {
    const outline = outlineOf(SMALL_ARTICLE);
    const [own, quoted] = outline.sections[1].claims;
    assert.equal(own.quotation, false);
    assert.equal(quoted.quotation, true);
    const lines = SMALL_ARTICLE.split('\n');
    assert.ok(own.range && quoted.range);
    assert.equal(lines[6].slice(own.range.start.character, own.range.end.character), 'Dr. A. B. Smith argued that the *okrug* committees set the quotas.');
    assert.equal(lines[8].slice(quoted.range.start.character, quoted.range.end.character), 'The plan must be fulfilled at all costs.');
  });

  it('ends the last section before the notes', () => {
    const last = outlineOf(SMALL_ARTICLE).sections.at(-1);
    assert.equal(last?.range?.end.line, 18);
  });

  it('has no title when the article has no single top heading, and one untitled section without headings', () => {
    const outline = outlineJson(outlineOf('First thought here. More.\n\nSecond thought.\n'));
    assert.equal(outline.title, null);
    assert.deepEqual(outline.sections, [
      { title: null, line: 0, claims: [{ text: 'First thought here.', line: 0, footnotes: [] }, { text: 'Second thought.', line: 2, footnotes: [] }] },
    ]);
  });

  it('reads a converted Word manuscript: bold-only paragraphs are headings; title, author and image lines are no claims', () => {
    const manuscript = [
      'Policing the Urals', '', 'Jane Roe', '', 'University of Somewhere', '', '![Map of the region](media/image1.png)', '',
      'Who ran the regional police? The party did.[^1]', '', '**The early years**', '', 'The Cheka arrived in 1918. It grew.', '',
      '**After 1934**', '', 'The NKVD took over. **Nothing** was the same.', '', '[^1]: Roe, *Urals*, 4.', '',
    ].join('\n');
    const outline = outlineJson(outlineOf(manuscript));
    assert.equal(outline.title, 'Policing the Urals');
    assert.deepEqual(outline.sections.map(s => [s.title, s.line, s.claims.map(c => c.text)]), [
      [null, 0, ['Who ran the regional police?']],
      ['The early years', 10, ['The Cheka arrived in 1918.']],
      ['After 1934', 14, ['The NKVD took over.']],
    ]);
  });

  it('outlines the bundled article: every paragraph once, every cited note once, block quotations marked', () => {
    const article = readFileSync(path.resolve(__dirname, '../../../corpus/harris-dual-subordination.md'), 'utf8');
    const outline = outlineOf(article);
    assert.equal(outline.title, 'Dual subordination? The political police and the party in the Urals region, 1918-1953');
    assert.deepEqual(outline.sections.map(s => s.title), [null, 'ChK/GPU and the local “oppositions”', 'OGPU and the plan', 'OGPU/NKVD and blameshifting', 'Terror and after', null]);
    const claims = outline.sections.flatMap(s => s.claims);
    assert.equal(claims[0].text, 'Who did the Soviet political police answer to?');
    const notes = claims.flatMap(c => c.footnotes).map(Number);
    assert.deepEqual(notes, Array.from({ length: 93 }, (_, i) => i + 1), 'notes 1–93, each in the paragraph citing it');
    const quotations = claims.filter(c => c.quotation).map(c => c.text);
    assert.ok(quotations.length >= 4, `block quotations: ${quotations.length}`);
    assert.ok(quotations.some(t => t.startsWith('“If we were to permit the existence of group struggle')), quotations.join('\n'));
    assert.equal(outline.sections.at(-1)?.claims[0].text.startsWith('For nearly two decades'), true);
  });
});
