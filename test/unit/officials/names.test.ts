import assert from 'node:assert/strict';
import { caseForms, nominativeOf, sameName, splitPossessive } from '../../../src/core/officials/names';

describe('name morphology', () => {
  it('declines surnames by their ending', () => {
    assert.deepEqual(caseForms('Kabakov'), ['Kabakov', 'Kabakova', 'Kabakovu', 'Kabakove', 'Kabakovym']);
    assert.deepEqual(caseForms('Kaganovich'), ['Kaganovich', 'Kaganovicha', 'Kaganovichu', 'Kaganoviche', 'Kaganovichem']);
    assert.deepEqual(caseForms('Mrachkovskii'), ['Mrachkovskii', 'Mrachkovskogo', 'Mrachkovskomu', 'Mrachkovskim', 'Mrachkovskom']);
    assert.deepEqual(caseForms('Beriia'), ['Beriia', 'Berii', 'Beriiu', 'Beriei']);
    assert.deepEqual(caseForms('Chubar’'), ['Chubar’', 'Chubaria', 'Chubariu', 'Chubarem', 'Chubare']);
    assert.deepEqual(caseForms('Ordzhonikidze'), ['Ordzhonikidze']);
  });

  it('declines given names and treats apostrophes alike', () => {
    assert.ok(caseForms('Sergei').includes('Sergeia'));
    assert.ok(caseForms('Vitalii').includes('Vitaliia'));
    assert.deepEqual(caseForms("Chubar'"), caseForms('Chubar’'));
  });

  it('matches case forms and misprinted endings of long names only', () => {
    assert.equal(sameName('Ivana', 'Ivan'), true);
    assert.equal(sameName('Afanas’eva', 'Afanas’evich'), true);
    assert.equal(sameName('Ivanov', 'Ivan'), false);
    assert.equal(sameName('Petra', 'Pavel'), false);
  });

  it('guesses the nominative of a genitive surname', () => {
    assert.equal(nominativeOf('Kabakova'), 'Kabakov');
    assert.equal(nominativeOf('Mrachkovskogo'), 'Mrachkovskii');
    assert.equal(nominativeOf('Kaganovicha'), 'Kaganovich');
    assert.equal(nominativeOf('Prass'), 'Prass');
  });

  it('splits a possessive', () => {
    assert.deepEqual(splitPossessive('Stalin’s'), { base: 'Stalin', possessive: true });
    assert.deepEqual(splitPossessive("Lenin's"), { base: 'Lenin', possessive: true });
    assert.deepEqual(splitPossessive('Stalin'), { base: 'Stalin', possessive: false });
  });
});
