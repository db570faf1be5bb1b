// opis explain on the republics and their parties as texts name them: union republics by the adjectives English
// prose uses, autonomous republics by any adjective, and a republic's party by its siglum; all read by their parts.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm, isReading } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
/** The one reading a term gives, with what it says; nothing where an entry or several parts explain it. */
function reading(written: string): { english: string; expansion: string } | undefined {
  const found = explainTerm(glossary, written);
  return found.length === 1 && isReading(found[0]) ? found[0] : undefined;
}

describe('opis explain: republics and their parties by their parts, inferred', () => {
  it('reads a union republic by another English spelling of its adjective', () => {
    assert.equal(reading('Azerbaijan SSR')?.english, 'Azerbaijani Soviet Socialist Republic');
    assert.equal(reading('Kirgiz SSR')?.english, 'Kirghiz Soviet Socialist Republic');
    assert.equal(reading('Kyrgyz S.S.R.')?.english, 'Kirghiz Soviet Socialist Republic');
    assert.equal(reading('Tadzhik SSR')?.english, 'Tajik Soviet Socialist Republic');
  });

  it('reads an autonomous republic by its adjective, English as written, Russian romanized in the nominative and said untranslated', () => {
    assert.equal(reading('Chechen-Ingush ASSR')?.english, 'Chechen-Ingush Autonomous Soviet Socialist Republic');
    assert.equal(reading('Bashkir A.S.S.R.')?.english, 'Bashkir Autonomous Soviet Socialist Republic');
    const russian = reading('Чечено-Ингушской АССР');
    assert.equal(russian?.english, 'Autonomous Soviet Socialist Republic: Checheno-Ingushskaia (the adjective romanized, untranslated)');
    assert.equal(russian?.expansion, 'Checheno-Ingushskaia Avtonomnaia Sovetskaia Sotsialisticheskaia Respublika');
    assert.equal(reading('Tatarskoi ASSR')?.expansion, 'Tatarskaia Avtonomnaia Sovetskaia Sotsialisticheskaia Respublika');
  });

  it('leaves ASSR alone and a word that is no adjective before it as the entry', () => {
    assert.deepEqual(explainTerm(glossary, 'ASSR').map(e => e.term), ['ASSR']);
    assert.deepEqual(explainTerm(glossary, 'в АССР').map(e => e.term), ['ASSR']);
  });

  it('reads a republic’s party by its siglum, with (b) as the Bolsheviks', () => {
    assert.equal(reading('КП(б)Уз')?.english, "Communist Party (Bolsheviks) of Uzbekistan (the republic's party within the VKP(b), later the CPSU)");
    assert.equal(reading('KPUz')?.expansion, 'Kommunisticheskaia partiia Uzbekistan');
    assert.equal(reading('КП(б)Г')?.english.startsWith('Communist Party (Bolsheviks) of Georgia'), true);
    assert.deepEqual(explainTerm(glossary, 'КП(б)У').map(e => e.term), ['KP(b)U']);
  });

  it('reads no party whose letters two republics begin with, and no siglum by another’s Ukrainian stem', () => {
    assert.deepEqual(explainTerm(glossary, 'КП(б)А'), []);
    assert.deepEqual(explainTerm(glossary, 'КП(б)Т'), []);
    assert.ok(!explainTerm(glossary, 'КП(б)Э').some(e => e.term === 'KP(b)U'));
  });
});

describe('opis explain: health departments and design institutes by their parts, inferred', () => {
  it('reads zdrav- before a body and gipro- with its branch', () => {
    assert.equal(reading('облздравотдела')?.english, 'regional (oblast’) health department');
    assert.equal(reading('gorzdravotdel')?.english, 'city health department');
    assert.equal(reading('Мосгипротранса')?.english, 'Moscow state design institute for transport');
    assert.equal(reading('губнаробраза')?.english, 'provincial (guberniia) public education');
  });
});
