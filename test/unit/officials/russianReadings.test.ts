import assert from 'node:assert/strict';
import { buildOfficialsIndex } from '../../../src/core/officials/corpusIndex';
import { russianReadings } from '../../../src/core/officials/russianReadings';

describe('Russian readings of Western surnames', () => {
  it('spells a Western surname as the romanization of its Russian form', () => {
    assert.deepEqual(russianReadings('Roosevelt'), ['ruzevelt']);
    assert.deepEqual(russianReadings('Deane'), ['din']);
    assert.deepEqual(russianReadings('Wise'), ['vaiz']);
    assert.deepEqual(russianReadings('Hopkins'), ['gopkins', 'khopkins']);
    assert.deepEqual(russianReadings('Eisenhower'), ['eizenhauer']);
    assert.deepEqual(russianReadings('Kennan'), [], 'read as written');
  });

  it('lets a Cyrillic query find a person the text names only in English', () => {
    const text = [
      'Franklin D. Roosevelt sent W. Averell Harriman to Moscow, where General John R. Deane led the military mission.',
      'Herbert Hoover (1874–1964) wrote later, and Dwight D. Eisenhower came in August 1945.',
    ].join('\n');
    const index = buildOfficialsIndex([{ file: 'a.md', text }]);
    for (const [query, surname] of [['Рузвельт', 'Roosevelt'], ['Дин', 'Deane'], ['Гарриман', 'Harriman'], ['Гувер', 'Hoover'], ['Хувер', 'Hoover'], ['Эйзенхауэр', 'Eisenhower']]) {
      assert.equal(index.search.search(query).results[0]?.official.surname, surname, query);
    }
    assert.equal(index.search.search('Roosevelt').results[0]?.spelling, undefined, 'a reading is no spelling to show');
  });
});
