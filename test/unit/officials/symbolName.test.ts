import assert from 'node:assert/strict';
import { OfficialsSearch } from '../../../src/core/officials/search';
import { holdsInOrder, symbolName } from '../../../src/core/officials/symbolName';
import { bundled } from './fixtures';

const search = new OfficialsSearch(bundled.officials);
const person = (id: string) => bundled.officials.find(official => official.id === id) ?? assert.fail(id);

describe('Go to Symbol names', () => {
  it('keep the name alone when it holds the typed letters in order, as the workbench filters', () => {
    assert.equal(symbolName(person('ezhov'), 'Ezhov'), 'Ezhov');
    assert.equal(symbolName(person('ezhov'), 'ezh'), 'Ezhov');
    assert.equal(symbolName(person('kabakov'), 'kbkv'), 'Ivan Dmitrievich Kabakov');
    assert.equal(symbolName(person('kabakov'), ''), 'Ivan Dmitrievich Kabakov');
  });

  it('add the spelling or script the query was found in, or what was typed when it was found despite a typo', () => {
    assert.equal(symbolName(person('ezhov'), 'Yezhov'), 'Ezhov (Yezhov)');
    assert.equal(symbolName(person('ezhov'), 'Ежов'), 'Ezhov (Ежов)');
    assert.equal(symbolName(person('ezhov'), 'Ežov'), 'Ezhov (Ežov)');
    assert.equal(symbolName(person('kabakov'), 'Кабаков'), 'Ivan Dmitrievich Kabakov (Иван Дмитриевич Кабаков)');
    assert.equal(symbolName(person('ordzhonikidze'), 'Ordjonikidze'), `${symbolName(person('ordzhonikidze'), '')} (≈ Ordjonikidze)`);
  });

  it('hold the query for every person Find Official gives, in any romanization, script or with typos', () => {
    for (const query of ['Yezhov', 'Ежов', 'Ežov', 'Yeshov', 'Ejov', 'Beria', 'Берия', 'Kaganovitch', 'Ordžonikidze', 'Kabakoff', 'Хрущёв']) {
      const found = search.search(query, 20).results;
      assert.ok(found.length > 0, query);
      for (const { official } of found) assert.ok(holdsInOrder(symbolName(official, query), query), `${query}: ${symbolName(official, query)}`);
    }
    assert.equal(holdsInOrder('Ezhov', 'Yezhov'), false);
    assert.equal(holdsInOrder('N. I. Ezhov', 'n i ezhov'), true);
  });
});
