// Words that were read as an entry they only resemble, all from James Harris, “Dual subordination? The political police
// and the party in the Urals region, 1918-1953” (corpus/harris-dual-subordination.md): a Russian word romanized in a
// title (po voprosam okhrany truda, of labour protection: no Okhrana), English words that begin a gloss and are no name
// of its entry (peasants, factory directors, party organisations).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const terms = (written: string) => explainTerm(glossary, written).map(e => e.term);

describe('opis explain: a word is no entry it only resembles', () => {
  it('reads a romanized Russian case form as its Cyrillic is read (okhrany is охраны, no Okhrana)', () => {
    assert.deepEqual(terms('okhrany'), []);
    assert.deepEqual(terms('okhrany truda'), []);
    assert.deepEqual(terms('Okhrana'), ['Okhrana']);
    assert.deepEqual(terms('okhranki'), ['Okhrana']);
    for (const [written, term] of [['politburo', 'Politbiuro'], ['kolkhoza', 'kolkhoz'], ['raikomam', 'raikom'], ['narkomzema', 'NKZem']]) {
      assert.deepEqual(terms(written), [term], written);
    }
  });

  it('takes no word a gloss qualifies with a clause or begins a list with for a name of its entry', () => {
    for (const written of ['Peasants', 'peasant', 'factory', 'factory directors', 'prisoner']) assert.deepEqual(terms(written), [], written);
    assert.deepEqual(terms('otkhodniks'), ['otkhodnik']);
    assert.deepEqual(terms('factory committee'), ['fabzavkom']);
  });

  it('takes no proper name in -ization for the process its first word names (organisation is no OUN)', () => {
    assert.deepEqual(terms('organisation'), []);
    assert.deepEqual(terms('party organisations'), []);
    assert.deepEqual(terms('Organization of Ukrainian Nationalists'), ['OUN']);
    assert.deepEqual(terms('collectivisation'), ['kollektivizatsiia']);
  });
});
