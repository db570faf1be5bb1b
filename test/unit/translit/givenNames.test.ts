import * as assert from 'node:assert/strict';
import schema from '../../../corpus/schema/given-names.schema.json';
import data from '../../../corpus/given-names.json';
import { lazyValidator } from '../../../src/core/data/jsonData';
import { ambiguousInText, detectRomanized, toCyrillic } from '../../../src/core/translit';
import { givenNameReadings } from '../../../src/core/translit/givenNames';

describe('given names', () => {
  it('the list is valid by its schema and names its source', () => {
    const validate = lazyValidator(schema);
    assert.ok(validate(data), JSON.stringify(validate.errors));
    assert.match(data.source.url, /^https:\/\//);
    assert.ok(data.givenNames.length > 300 && data.patronymics.length > 150);
  });

  it('reads each name in LC, BGN/PCGN and popular spellings, and ё only where the spelling shows it', () => {
    const read = (word: string) => givenNameReadings(word).join('|');
    assert.deepEqual(['Iurii', 'Yuriy', 'Yury', 'Yuri', 'Natal’ia', 'Natalya', 'Tatiana', 'Fëdor', 'Fyodor', 'Fedor', 'Il’ich', 'Ilyich'].map(read),
      ['юрий', 'юрий', 'юрий', 'юрий', 'наталья', 'наталья', 'татьяна', 'фёдор', 'фёдор', 'федор', 'ильич', 'ильич']);
  });

  it('a spelling two names share converts with the other reading listed', () => {
    assert.deepEqual(givenNameReadings('Valerianovich'), ['валерианович', 'валерьянович']);
    assert.deepEqual(ambiguousInText('Petr Valerianovich').map(w => [w.cyrillic, w.alternatives]), [['Валерианович', ['Валерьянович']]]);
    assert.equal(toCyrillic('nina'), 'нина', 'a name only as a capitalised word');
  });

  it('a given name before an undecided capitalised word makes a person for the detector; an English name does not', () => {
    assert.deepEqual(detectRomanized('Interviews with Oksana Kozmina and Elizaveta Chechik; Mark Harrison.').map(w => w.text), ['Oksana', 'Kozmina', 'Elizaveta', 'Chechik']);
  });
});
