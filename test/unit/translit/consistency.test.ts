import * as assert from 'node:assert/strict';
import { findInconsistencies } from '../../../src/core/translit';

describe('findInconsistencies', () => {
  it('reports the minority spellings of a name in a document, with its dominant spelling as the fix', () => {
    const text = 'Ezhov came. Yezhov left. Ezhov returned, and the okrug met.';
    const found = findInconsistencies(text, []);
    assert.deepEqual(
      found.map(f => [f.text, f.start, f.end, f.replacement]),
      [['Yezhov', 12, 18, 'Ezhov']],
    );
    assert.deepEqual(found[0].forms, [{ form: 'ezhov', count: 2 }, { form: 'yezhov', count: 1 }]);
  });

  it('lets the rest of the corpus break a tie and names its spellings', () => {
    const found = findInconsistencies('Zinoviev and Zinov’ev.', ['Zinov’ev, Zinov’ev.']);
    assert.deepEqual(found.map(f => [f.text, f.replacement]), [['Zinoviev', 'Zinov’ev']]);
    assert.deepEqual(found[0].forms, [{ form: 'zinov’ev', count: 3 }, { form: 'zinoviev', count: 1 }]);
  });

  it('keeps the case of the word it replaces and ignores case-only differences', () => {
    const found = findInconsistencies('tsentral’nyi arkhiv, Tsentral’nyi komitet and tsentralnyi.', []);
    assert.deepEqual(found.map(f => [f.text, f.replacement]), [['tsentralnyi', 'tsentral’nyi']]);
  });

  it('finds nothing when one spelling is used, and leaves other documents’ spellings to them', () => {
    assert.deepEqual(findInconsistencies('Ezhov and Ezhov.', ['Yezhov']), []);
  });
});
