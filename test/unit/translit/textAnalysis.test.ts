import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Glossary, parseGlossary } from '../../../src/core/glossary';
import { loadOfficials } from '../../../src/core/officials/loader';
import { MentionFinder } from '../../../src/core/officials/mentions';
import { analyseText, analyseTextAsync, type TextSources } from '../../../src/core/translit';
import { planChunks } from '../../../src/core/document/chunks';
import { corpusLexicon } from './helpers';

const corpus = (file: string) => readFileSync(path.resolve(__dirname, '../../../corpus', file), 'utf8');

describe('text analysis of a long text', () => {
  const sources: TextSources = {
    lexicon: corpusLexicon(),
    glossary: new Glossary(parseGlossary(corpus('glossary.json'), 'glossary.json').entries),
    officials: new MentionFinder(loadOfficials(corpus('officials.json')).data.officials),
  };
  const article = corpus('harris-dual-subordination.md');
  const text = `${article}\n\nIn 1937 Ezhov and the obkom of Sverdlovskaia oblast’.\n\n${article}`;

  it('finds piece by piece what it finds in one go, offsets and line numbers included', async () => {
    assert.ok(planChunks(text, 3000).length > 40);
    const whole = analyseText(text, sources);
    const pieces = await analyseTextAsync(text, sources, { pieceSize: 3000 });
    assert.deepEqual(pieces, whole);
    assert.ok(whole.romanized.length > 1000 && whole.glossary.length > 100 && whole.officials.length > 100);
    const ezhov = whole.officials.find(m => m.start > article.length && m.text === 'Ezhov');
    assert.equal(ezhov?.line, article.split('\n').length + 1);
  });

  it('stops when the text is edited again', async () => {
    let pieces = 0;
    assert.equal(await analyseTextAsync(text, sources, { cancelled: () => ++pieces > 3, pieceSize: 3000 }), undefined);
    assert.equal(pieces, 4);
  });
});
