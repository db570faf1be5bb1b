// opis explain on spellings English-language texts give terms in besides the LC system's: sigla with an English
// plural, BGN/PCGN and popular forms of й and the signs, and words written without their signs.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const terms = (written: string) => explainTerm(glossary, written).map(e => e.term);

describe('opis explain: sigla and terms as English-language texts spell them', () => {
  it('reads a siglum with an English plural s, whatever letter it ends with', () => {
    assert.deepEqual(terms('MTSs'), ['MTS']);
    assert.deepEqual(terms('NKVDs'), ['NKVD']);
    assert.deepEqual(terms('KBs'), ['KB']);
  });

  it('reads y before o after a vowel as й (rayon), in any case', () => {
    for (const written of ['rayon', 'rayona', 'rayonakh', 'Rayony']) assert.deepEqual(terms(written), ['raion'], written);
  });

  it('reads the hard sign written as an apostrophe before an iotated vowel, or left out (s’yezd, syezda)', () => {
    for (const written of ["s'yezda", 'syezda', 'syezdov', 's”yezda']) assert.deepEqual(terms(written), ['s’’ezd'], written);
  });

  it('reads a term in a case form written without its soft sign', () => {
    assert.deepEqual(terms('vreditelstva'), ['vreditel’stvo']);
    assert.deepEqual(terms('selsovetov'), ['sel’sovet']);
  });

  it('reads y before o after a vowel as ё too (payok: паёк, priyomnik: приёмник)', () => {
    assert.deepEqual(terms('spetspayoka'), ['spetspaek']);
    assert.deepEqual(terms('detpriyomnikov'), ['detpriemnik']);
  });

  it('reads a short noun in -a or -o and the dative plural in either script', () => {
    for (const written of ['izbakh', 'избах', 'избой']) assert.deepEqual(terms(written), ['izba'], written);
    assert.deepEqual(terms('урками'), ['urka']);
    assert.deepEqual(terms('raipa'), ['raipo']);
    assert.deepEqual(terms('vuzam'), ['vuz']);
    assert.deepEqual(terms('пудам'), ['pud']);
  });

  it('reads no siglum as a short noun’s case form (came is no TsAMO, CPU no TsPA)', () => {
    assert.deepEqual(terms('came'), []);
    assert.deepEqual(terms('CPU'), []);
  });

  it('leaves English words with y before a vowel as they are', () => {
    for (const written of ['flyers', 'crayon', 'mayor', 'eyes', 'yesterday']) assert.deepEqual(terms(written), [], written);
  });
});

describe('opis explain: English names written otherwise than the gloss', () => {
  it('reads a plural anywhere in the name and the words in another order', () => {
    assert.deepEqual(terms('enemies of the people'), ['vrag naroda']);
    assert.deepEqual(terms("workers' faculties"), ['rabfak']);
    assert.deepEqual(terms('Main Camp Administration'), ['Gulag']);
  });

  it('reads oblast and raion as the English words glosses use, and another rendering of an office', () => {
    assert.deepEqual(terms('oblast party committee'), ['Obkom']);
    assert.deepEqual(terms('raion party committee'), ['raikom']);
    assert.deepEqual(terms("Workers' and Peasants' Inspectorate"), ['Rabkrin']);
  });

  it('reads a name without the place a gloss gives it in, and a quoted name of several words', () => {
    assert.deepEqual(terms('Left Opposition'), ['levaia oppozitsiia']);
    assert.deepEqual(terms('anti-Soviet elements'), ['antisovetskie elementy']);
  });

  it('reads no common word that a gloss leaves alone without People’s as its term, and the name with People’s', () => {
    for (const written of ['control', 'militia', 'assembly']) assert.deepEqual(terms(written), [], written);
    assert.deepEqual(terms("people's control"), ['narodnyi kontrol’']);
    assert.deepEqual(terms("People's Militia"), ['narodnoe opolchenie']);
  });

  it('reads no ordinary word a gloss quotes alone as its term', () => {
    for (const written of ['citizen', 'bandits', 'nuns']) assert.deepEqual(terms(written), [], written);
  });
});

describe('opis explain: a body named after someone, as texts write the name', () => {
  it('reads the name with the person’s initials written together or cut to им., and without the Union', () => {
    for (const written of ['Государственной библиотеки имени В.И.Ленина', 'Государственной библиотеки им. Ленина', 'Gosudarstvennaia biblioteka imeni Lenina']) {
      assert.deepEqual(terms(written), ['GBL'], written);
    }
  });

  it('reads no body named after another person, nor the name without him', () => {
    assert.deepEqual(terms('Государственной библиотеки имени Пушкина'), []);
    assert.ok(!terms('Государственной библиотеки').includes('GBL'));
  });
});

describe('opis explain: a short word of a name of several words in another case', () => {
  it('reads a word of three letters and its ending as a form of the name’s word (высшей мере: высшая мера)', () => {
    assert.deepEqual(terms('высшей мере'), ['VMN']);
    assert.deepEqual(terms('к высшей мере наказания'), ['VMN']);
    assert.deepEqual(terms('vysshei mere nakazaniia'), ['VMN']);
  });
});
