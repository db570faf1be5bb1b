import * as assert from 'node:assert/strict';
import { buildCorpusLexicon } from '../../../src/core/corpusData';
import { corpusLexicon } from './helpers';

describe('corpus lexicon', () => {
  it('loads the bundled files without errors and knows their words', () => {
    const lexicon = corpusLexicon();
    assert.equal(lexicon.cyrillic('Politbiuro'), 'политбюро');
    assert.equal(lexicon.cyrillic("oblast'"), 'область');
    assert.equal(lexicon.cyrillic('Beriia'), 'берия');
    assert.equal(lexicon.cyrillic('Yezhov'), 'ежов'); // an English form given in officials.json
    assert.equal(lexicon.cyrillic('Moiseevich'), 'моисеевич'); // given names paired word by word
    assert.equal(lexicon.isNotEnglish('delo'), true);
    // its case forms too, which English dictionaries list as loanwords (kolkhozy), but no English form (kolkhozes)
    assert.deepEqual(['kolkhozy', 'sovkhozy', 'okruga', 'kolkhozes', 'kolkhozs'].map(w => lexicon.isNotEnglish(w)), [true, true, true, false, false]);
    assert.equal(lexicon.cyrillic('gruppirovok'), 'группировок'); // a glossary term, word by word
    assert.equal(lexicon.cyrillic('Dokumentatsii'), 'документации'); // an archive's expansion
    assert.equal(lexicon.isName('Lazar'), true);
    assert.equal(lexicon.isName('okrug'), false);
  });

  it('reports a bad entry by file, index and field and keeps the good ones', () => {
    const text = JSON.stringify({ entries: [{ latin: 'okrug', cyrillic: 'округ' }, { latin: 'raion', cyrillic: 'raion' }, { latin: 'krai' }] });
    const { lexicon, errors } = buildCorpusLexicon({ translitLexicon: { text, file: 'translit-lexicon.json' } });
    assert.equal(lexicon.cyrillic('okrug'), 'округ');
    assert.equal(lexicon.has('raion'), false);
    assert.deepEqual(errors, [
      'translit-lexicon.json: entries[1].cyrillic: must match pattern "^[\\u0400-\\u04FF-]+$"',
      "translit-lexicon.json: entries[2]: must have required property 'cyrillic'",
    ]);
  });

  it('reports unreadable JSON and a missing entries list without throwing', () => {
    assert.match(buildCorpusLexicon({ translitLexicon: { text: '{ nope', file: 'x.json' } }).errors[0], /^x\.json: not valid JSON/);
    assert.deepEqual(buildCorpusLexicon({ translitLexicon: { text: '{}', file: 'x.json' } }).errors, ['x.json: entries: must be an array']);
  });

  it('passes on the officials loader’s errors', () => {
    const { errors } = buildCorpusLexicon({ officials: { text: '[]', file: 'officials.json' } });
    assert.ok(errors.length > 0 && errors.every(e => e.startsWith('officials.json: ')), errors.join('\n'));
  });
});
