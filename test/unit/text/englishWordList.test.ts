// The English word list built ahead of the first question, in slices: the same answers, without loading it again.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inEnglishDictionary, parseStringArrayInSlices, prepareEnglishWordList, setEnglishWordList } from '../../../src/core/text/englishWords';
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

  describe('its JSON parsed a slice at a time', () => {
    const same = async (json: string) => assert.deepEqual(await parseStringArrayInSlices(json), JSON.parse(json));

    it('gives the whole list as JSON.parse does', async () => {
      const json = readFileSync(require.resolve('an-array-of-english-words'), 'utf8');
      const words = await parseStringArrayInSlices(json);
      assert.equal(words.length, (JSON.parse(json) as string[]).length);
      assert.deepEqual(words, JSON.parse(json));
    });

    it('gives the same array for texts that do not split at a quote and a comma', async () => {
      const many = (word: string) => Array.from({ length: 40_000 }, (_, i) => `${word}${i}`);
      await same(JSON.stringify(many('a",b')));
      await same(JSON.stringify(many('word'), null, 1));
      await same(` ${JSON.stringify(many('ё\\'))}\n`);
      await same('[]');
      await same('[ ]');
      await same('["one"]');
    });

    it('fails as JSON.parse does on a text that is not an array of strings', async () => {
      await assert.rejects(parseStringArrayInSlices('["a",'), SyntaxError);
      assert.deepEqual(await parseStringArrayInSlices('{"a": 1}'), { a: 1 });
    });
  });
});
