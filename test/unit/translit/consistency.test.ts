import * as assert from 'node:assert/strict';
import { CorpusSpellings, findInconsistencies, spellingsOf, spellingsToRecord } from '../../../src/core/translit';

/** The rest of a corpus made of these texts, as findInconsistencies asks for it. */
function corpusOf(texts: string[]): (key: string) => ReadonlyMap<string, number> | undefined {
  const corpus = new CorpusSpellings();
  texts.forEach((text, i) => corpus.set(`${i}.md`, spellingsToRecord(spellingsOf(text))));
  return key => corpus.others(key);
}

describe('findInconsistencies', () => {
  it('reports the minority spellings of a name in a document, with its dominant spelling as the fix', () => {
    const text = 'Ezhov came. Yezhov left. Ezhov returned, and the okrug met.';
    const found = findInconsistencies(text);
    assert.deepEqual(
      found.map(f => [f.text, f.start, f.end, f.replacement]),
      [['Yezhov', 12, 18, 'Ezhov']],
    );
    assert.deepEqual(found[0].forms, [{ form: 'ezhov', count: 2 }, { form: 'yezhov', count: 1 }]);
  });

  it('lets the rest of the corpus break a tie and names its spellings', () => {
    const found = findInconsistencies('Zinoviev and Zinov’ev.', corpusOf(['Zinov’ev, Zinov’ev.']));
    assert.deepEqual(found.map(f => [f.text, f.replacement]), [['Zinoviev', 'Zinov’ev']]);
    assert.deepEqual(found[0].forms, [{ form: 'zinov’ev', count: 3 }, { form: 'zinoviev', count: 1 }]);
  });

  it('keeps the case of the word it replaces and ignores case-only differences', () => {
    const found = findInconsistencies('tsentral’nyi arkhiv, Tsentral’nyi komitet and tsentralnyi.');
    assert.deepEqual(found.map(f => [f.text, f.replacement]), [['tsentralnyi', 'tsentral’nyi']]);
  });

  it('finds nothing when one spelling is used, and leaves other documents’ spellings to them', () => {
    assert.deepEqual(findInconsistencies('Ezhov and Ezhov.', corpusOf(['Yezhov'])), []);
  });

  it('keeps corpus counts by file: replacing or deleting a file changes only its share', () => {
    const corpus = new CorpusSpellings();
    corpus.set('a.md', spellingsToRecord(spellingsOf('Zinov’ev and Zinov’ev.')));
    corpus.set('b.md', spellingsToRecord(spellingsOf('Zinoviev.')));
    const key = [...spellingsOf('Zinoviev').keys()][0];
    assert.deepEqual([...(corpus.others(key) ?? [])], [['zinov’ev', 2], ['zinoviev', 1]]);
    assert.deepEqual([...(corpus.others(key, 'a.md') ?? [])], [['zinoviev', 1]], 'the rest of the corpus leaves the file out');
    corpus.set('b.md', spellingsToRecord(spellingsOf('Zinov’ev.')));
    assert.deepEqual([...(corpus.others(key) ?? [])], [['zinov’ev', 3]], 'an edit replaces the file’s counts');
    corpus.delete('a.md');
    corpus.delete('b.md');
    assert.equal(corpus.others(key), undefined, 'nothing left once every file is gone');
  });
});
