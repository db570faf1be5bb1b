// Compounds of the film studios' and trusts' names and of the pioneers' bodies, read by their parts: the studios
// Lenfil'm (Leningrad) and Soiuzdetfil'm (the children's film studio of 1936-1948) and the pioneer camp, as histories of
// Soviet cinema and childhood name them (the eighteenth held-out set met Mosfilm, Sovkino and пионерлагерей; these are
// other words of the same making).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm, isReading } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const reading = (written: string) =>
  explainTerm(glossary, written)
    .filter(isReading)
    .map(r => r.english);

describe('opis explain: the compounds of film studios and pioneers, by their parts', () => {
  it('reads a studio by its place or kind and -fil’m, inferred', () => {
    assert.deepEqual(reading('Ленфильма'), ['Leningrad film']);
    assert.deepEqual(reading('Lenfil’m'), ['Leningrad film']);
    assert.deepEqual(reading('Союздетфильм'), ['All-Union association for children’s film']);
  });

  it('reads a pioneer camp in its case forms, inferred', () => {
    assert.deepEqual(reading('пионерлагере'), ['pioneer camp']);
    assert.deepEqual(reading('pionerlageria'), ['pioneer camp']);
  });

  it('reads no common word that begins as a part does', () => {
    for (const written of ['совесть', 'sovsem', 'пионеров']) assert.deepEqual(reading(written), [], written);
  });
});
