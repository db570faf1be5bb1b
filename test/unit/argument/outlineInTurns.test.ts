import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { notes, refs, spacedNote, words } from '../../../bench/hostileTexts';
import { buildOutlineInTurns, derivedOutline, derivedOutlineInTurns } from '../../../src/core/argument';
import { sentenceSpans, topicSentence, topicSentenceLength } from '../../../src/core/argument/topicSentence';
import { buildDocumentIndex } from '../../../src/core/document';
import { nextTurn } from '../../../src/core/text/eventLoop';
import { SMALL_ARGUMENT, SMALL_ARTICLE } from './fixtures';

const article = readFileSync(path.resolve(__dirname, '../../../corpus/harris-dual-subordination.md'), 'utf8');

/** The texts the derived outline must give the same answer for, in turns or not. */
const TEXTS: Record<string, string> = {
  'the bundled article': article,
  'the article written by the tests': SMALL_ARTICLE,
  'a paragraph of 5,000 note references': refs(5000, 5000),
  '2,000 paragraphs with a note each': notes(0, 2000),
  'a word of 200,000 letters': words(200_000, 200_000),
  'a note of 200,000 spaces': spacedNote(200_000, 200_000),
  'an introduction asking and arguing in many paragraphs': Array.from({ length: 400 }, (_, i) => `Paragraph ${i}. See A. I. Rykov. Is it ${i}?`).join('\n\n') + '\n\nThis article argues that it was.\n',
};

describe('derived outline in turns', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`is the outline built at once: ${name}`, async () => {
      const index = buildDocumentIndex(text);
      assert.deepEqual(await derivedOutlineInTurns(index), derivedOutline(index));
    });
  }

  it('gives the event loop turns while it reads thousands of paragraphs', async () => {
    const index = buildDocumentIndex(notes(0, 2000));
    let turns = 0;
    let running = true;
    const count = () => {
      turns++;
      if (running) nextTurn(count);
    };
    nextTurn(count);
    const outline = await derivedOutlineInTurns(index);
    running = false;
    assert.equal(outline.sections[0].claims.length, 2000);
    assert.equal(outline.sections[0].claims[1999].text, 'Claim 1999 of the article.');
    assert.ok(turns > 1, `${turns} turns`);
  });

  it('builds the curated outline when an argument is given', async () => {
    const outline = await buildOutlineInTurns(buildDocumentIndex(SMALL_ARTICLE), SMALL_ARGUMENT);
    assert.equal(outline.kind, 'curated');
  });
});

describe('topic sentence of a paragraph with a long word', () => {
  it('reads the last word only as far as an abbreviation reaches, with the same answer', () => {
    const word = 'a'.repeat(100_000);
    assert.equal(topicSentence(`${word}. Second.`), `${word}.`);
    assert.equal(topicSentence(`(((((((((((A. I. Rykov. Then.`), '(((((((((((A. I. Rykov.');
    assert.equal(topicSentence('“vols. 3 and 4. Then.'), '“vols. 3 and 4.');
    assert.equal(topicSentence('See xvols. Then.'), 'See xvols.');
  });
});

describe('sentences read a window at a time', () => {
  const texts = [
    article,
    Array.from({ length: 300 }, (_, i) => `Claim ${i} of the article, etc. 4 vols. cf. p. ${i}? “Yes.” (See A. I. Rykov.) 1. 2. 3.`).join(' '),
    `x. ${' '.repeat(3000)}b. And then ${'1 '.repeat(500)}again. ${'a'.repeat(5000)}. End`,
  ];

  it('are the sentences the segmenter finds in the whole text at once, whatever the window', () => {
    for (const text of texts) {
      const whole = sentenceSpans(text, Infinity);
      for (const window of [100, 257, 1000, undefined]) assert.deepEqual(sentenceSpans(text, window), whole, `window ${window}`);
      assert.equal(topicSentenceLength(text, 100), topicSentenceLength(text, Infinity));
    }
    assert.equal(texts[1].slice(...sentenceSpans(texts[1], 100)[0]), 'Claim 0 of the article, etc. 4 vols. cf. p. 0?');
    // `1. 2. 3.` number what follows them: no sentences of their own, joined to the next claim.
    assert.equal(sentenceSpans(texts[1], 100).length, 3 * 300 + 1);
  });

  it('take time in the length of a paragraph of thousands of sentences, not its square', () => {
    const paragraph = Array.from({ length: 8000 }, (_, i) => `Claim ${i} of the article.`).join(' ');
    const started = performance.now();
    assert.equal(sentenceSpans(paragraph).length, 8000);
    // read at once, the segmenter took 12 s on this paragraph
    assert.ok(performance.now() - started < 3000, `${performance.now() - started} ms`);
  });
});

describe('a derived claim of a paragraph that never ends its first sentence', () => {
  it('is cut at a word near a thousand characters and says so, its range ending inside the paragraph', () => {
    const text = refs(5000, 5000);
    const index = buildDocumentIndex(text);
    const [claim] = derivedOutline(index).sections.flatMap(s => s.claims);
    assert.ok(claim.text.endsWith(' …'), claim.text.slice(-20));
    assert.ok(claim.text.length > 500 && claim.text.length <= 1002, String(claim.text.length));
    assert.ok(index.paragraphs[0].text.startsWith(claim.text.slice(0, -2)));
    const end = index.lines.offsetAt(claim.range!.end);
    assert.ok(end > 500 && end < index.paragraphs[0].end, String(end));
  });

  it('is the whole first sentence when it ends within a thousand characters', () => {
    const sentence = `${'A long but finished sentence about the obkom '.repeat(20).trim()}.`;
    const index = buildDocumentIndex(`${sentence} And a second one.\n`);
    const [claim] = derivedOutline(index).sections.flatMap(s => s.claims);
    assert.equal(claim.text, sentence);
  });
});
