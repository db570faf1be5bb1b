import assert from 'node:assert/strict';
import { buildOfficialsIndex, MentionCache } from '../../../src/core/officials/corpusIndex';
import { articleText, officialsText } from './fixtures';

describe('officials index of a corpus', () => {
  const index = buildOfficialsIndex(
    [
      { file: 'b.md', text: 'Kabakov and Reshetov.' },
      { file: 'harris-dual-subordination.md', text: articleText },
    ],
    { file: 'officials.json', text: officialsText },
  );

  it('lists mentions by file, then position, and finds the one under an offset', () => {
    const mentions = index.mentionsOf('reshetov');
    assert.equal(mentions[0].file, 'b.md');
    assert.ok(mentions.slice(1).every(m => m.file === 'harris-dual-subordination.md'));
    const offset = articleText.indexOf('Reshetov');
    assert.equal(index.mentionAt('harris-dual-subordination.md', offset + 3)?.officialId, 'reshetov');
    assert.equal(index.mentionAt('harris-dual-subordination.md', 0), undefined);
  });

  it('searches again only the files that changed, unless the people changed', () => {
    const cache = new MentionCache();
    const official = { file: 'officials.json', text: officialsText };
    const corpus = (b: string) => [
      { file: 'a.md', text: articleText },
      { file: 'b.md', text: b },
    ];
    buildOfficialsIndex(corpus('Kabakov and Reshetov.'), official, cache);
    const found = cache.find('a.md', articleText);
    const edited = buildOfficialsIndex(corpus('Kabakov, Reshetov and Ezhov.'), official, cache);
    assert.equal(cache.find('a.md', articleText), found, 'the unchanged file was not searched again');
    assert.deepEqual(edited.mentionsIn('b.md').map(m => m.officialId), ['kabakov', 'reshetov', 'ezhov']);
    assert.deepEqual(edited.mentionsIn('a.md'), buildOfficialsIndex(corpus(''), official).mentionsIn('a.md'));
    const fewer = JSON.parse(officialsText) as { officials: { id: string }[] };
    fewer.officials = fewer.officials.filter(o => o.id !== 'kabakov');
    const changedPeople = buildOfficialsIndex(corpus('Kabakov, Reshetov and Ezhov.'), { file: 'officials.json', text: JSON.stringify(fewer) }, cache);
    assert.deepEqual(changedPeople.mentionsIn('b.md').map(m => m.officialId), ['reshetov', 'ezhov']);
    assert.equal(changedPeople.mentionsOf('kabakov').length, 0);
    assert.notEqual(cache.find('a.md', articleText), found, 'other people: every file is searched again');
  });

  it('keeps what it could load from a malformed officials file, with the errors', () => {
    const broken = JSON.parse(officialsText) as { officials: Record<string, unknown>[] };
    delete broken.officials[0].cyrillic;
    const partial = buildOfficialsIndex([{ file: 'a.md', text: 'Stalin and Kabakov' }], { file: 'officials.json', text: JSON.stringify(broken) });
    assert.deepEqual(partial.errors, ['officials.json: officials[0] (id "stalin"): must have required property \'cyrillic\'']);
    assert.equal(partial.official('stalin'), undefined);
    assert.equal(partial.mentionsOf('kabakov').length, 1);
  });
});
