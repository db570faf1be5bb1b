import assert from 'node:assert/strict';
import { buildOfficialsIndex } from '../../../src/core/officials/corpusIndex';
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

  it('keeps what it could load from a malformed officials file, with the errors', () => {
    const broken = JSON.parse(officialsText) as { officials: Record<string, unknown>[] };
    delete broken.officials[0].cyrillic;
    const partial = buildOfficialsIndex([{ file: 'a.md', text: 'Stalin and Kabakov' }], { file: 'officials.json', text: JSON.stringify(broken) });
    assert.deepEqual(partial.errors, ['officials.json: officials[0] (id "stalin"): must have required property \'cyrillic\'']);
    assert.equal(partial.official('stalin'), undefined);
    assert.equal(partial.mentionsOf('kabakov').length, 1);
  });
});
