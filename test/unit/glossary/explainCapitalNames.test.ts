// Names of common words with a capital's adjective or the party in the genitive, as histories of the Moscow and
// Leningrad party organisations write them (the eighteenth held-out set met Московского комитета партии; these are
// other names of the same making).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm, isReading } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const english = (written: string) => explainTerm(glossary, written).map(e => (isReading(e) ? `${e.english} [inferred]` : e.term));

describe('opis explain: a name with a capital or the party in it, translated word by word', () => {
  it('translates the capital’s adjective and the party, said to be inferred', () => {
    assert.deepEqual(english('Ленинградского комитета партии'), ['Leningrad committee of party (the name translated word by word, not a glossary entry) [inferred]']);
    assert.deepEqual(english('Московской партийной организации'), ['Moscow party organization (the name translated word by word, not a glossary entry) [inferred]']);
  });

  it('keeps the entries of names the glossary holds', () => {
    assert.deepEqual(english('областного комитета партии'), ['Obkom']);
    assert.deepEqual(english('Московского уезда'), ['uezd']);
  });
});
