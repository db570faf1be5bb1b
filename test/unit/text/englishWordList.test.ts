// The English word list built ahead of the first question, in slices: the same answers, without loading it again.
import * as assert from 'node:assert/strict';
import { inEnglishDictionary, prepareEnglishWordList, setEnglishWordList } from '../../../src/core/text/englishWords';
import { useEnglishWordListFile } from '../../../src/node/englishWordList';

describe('the English word list, prepared ahead', () => {
  afterEach(() => useEnglishWordListFile());

  it('answers from the prepared list without calling the loader', async () => {
    let loads = 0;
    setEnglishWordList(() => {
      loads++;
      return ['loaded'];
    });
    const list = Array.from({ length: 25_000 }, (_, i) => `word${i}`);
    await prepareEnglishWordList(Promise.resolve(list));
    assert.equal(inEnglishDictionary('WORD24999'), true);
    assert.equal(inEnglishDictionary('loaded'), false);
    assert.equal(loads, 0);
  });

  it('a question asked while it is being prepared loads the list at once, and the loaded list stays', async () => {
    let loads = 0;
    setEnglishWordList(() => {
      loads++;
      return ['loaded'];
    });
    let give!: (words: string[]) => void;
    const preparing = prepareEnglishWordList(new Promise(resolve => (give = resolve)));
    assert.equal(inEnglishDictionary('loaded'), true);
    give(['prepared']);
    await preparing;
    assert.equal(inEnglishDictionary('prepared'), false);
    assert.equal(loads, 1);
  });
});
