// opis explain on the forms texts give terms in: an ordinary Russian word that shares its romanization with an
// entry's Latin name, Ukrainian forms, adjectives, English names written otherwise.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm, Glossary, type GlossaryEntry } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const terms = (written: string, using: Glossary = glossary) => explainTerm(using, written).map(e => e.term);

describe('opis explain: a Cyrillic word is an entry only as a form of the entry’s own Cyrillic', () => {
  it('reads охрана, the common noun (guard, protection), as no Okhrana, in any case, capitals or phrase', () => {
    for (const written of ['охрана', 'охраны', 'охрану', 'Охрана', 'ОХРАНА', 'охрана труда', 'вооружённая охрана', 'вооруженной охраны']) {
      assert.ok(!terms(written).includes('Okhrana'), written);
    }
  });

  it('still finds the Okhrana by its own Cyrillic and its Latin name, and MOOP by its Russian name', () => {
    for (const written of ['охранка', 'охранки', 'Okhrana', 'okhranka']) assert.deepEqual(terms(written), ['Okhrana'], written);
    assert.deepEqual(terms('Министерства охраны общественного порядка'), ['MOOP']);
  });

  it('keeps case forms, a dropped vowel and a siglum or Latin form the entry writes with other Cyrillic', () => {
    assert.deepEqual(terms('колхоза'), ['kolkhoz']);
    assert.deepEqual(terms('трудодням'), ['trudoden’']);
    assert.deepEqual(terms('СНК'), ['Sovnarkom']);
    assert.deepEqual(terms('Наркомзему'), ['NKZem']);
  });

  it('holds for a workspace entry too: its own Cyrillic word decides', () => {
    const entry: GlossaryEntry = { term: 'Okhrana', kind: 'term', expansion: 'okhrannoe otdelenie', english: 'the tsarist secret police', cyrillic: 'охранка', aliases: ['okhranka'] };
    const small = new Glossary([entry]);
    assert.deepEqual(terms('охраны', small), []);
    assert.deepEqual(terms('охранкой', small), ['Okhrana']);
    assert.deepEqual(terms('охраны', new Glossary([{ ...entry, cyrillic: 'Охранное отделение' }])), ['Okhrana'], 'a phrase of Cyrillic is not compared');
  });
});
