// The families of organs scripts/glossary/families.mjs adds from named reference sources: each member is an entry of the
// bundled glossary that names its family's source and is found by its forms as texts write them.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm } from '../../../src/core/glossary';
import { pathToFileURL } from 'node:url';
import { loadGlossary } from '../../../src/node/loadGlossary';

type Member = [string, string, string, string, string, string?, string[]?];
const tables = pathToFileURL(path.join(__dirname, '..', '..', '..', 'scripts', 'glossary', 'familyTables.mjs')).href;
const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const termOf = (written: string) => explainTerm(glossary, written).map(e => e.term);

describe('families of organs from named sources', () => {
  it('gives every member an entry that names its family’s source and its Cyrillic forms', async () => {
    const families = ((await import(tables)) as { FAMILIES: { source: string; members: Member[] }[] }).FAMILIES;
    assert.ok(families.length >= 5);
    for (const { source, members } of families) {
      for (const [term, cyrillic, , cyrillicExpansion] of members) {
        const entry = glossary.entries.find(e => e.term === term);
        assert.ok(entry, term);
        assert.equal(entry.source, source, term);
        assert.equal(entry.cyrillic, cyrillic, term);
        assert.equal(entry.cyrillicExpansion, cyrillicExpansion, term);
      }
    }
  });

  it('finds a member by its siglum, its compound and its name in a case form', () => {
    assert.deepEqual(termOf('СКВО'), ['SKVO']);
    assert.deepEqual(termOf('Приволжского военного округа'), ['PriVO']);
    assert.deepEqual(termOf('Наркомлегпрома'), ['NKLP']);
    assert.deepEqual(termOf('НКПП'), ['NKPP']);
    assert.deepEqual(termOf('Орграспредом'), ['Orgraspred']);
    assert.deepEqual(termOf('Отдела руководящих партийных органов'), ['ORPO']);
    assert.deepEqual(termOf('Volga Military District'), ['PriVO']);
  });

  it('leaves a siglum two commissariats are written with unread', () => {
    assert.deepEqual(termOf('НКВТ'), []);
    assert.deepEqual(termOf('Наркомвнешторга'), ['Narkomvneshtorg']);
  });
});

describe('opis explain: a council among a name’s words and in a compound', () => {
  const said = (written: string) => explainTerm(glossary, written).map(e => e.english);

  it('translates a name word by word before the entry one of its words has, which names only a part', () => {
    assert.deepEqual(said('правление треста')[0], 'board of trust (the name translated word by word, not a glossary entry)');
    assert.deepEqual(termOf('правление треста')[1], 'trest');
    assert.deepEqual(said('Совет физической культуры')[0], 'council of physical culture (the name translated word by word, not a glossary entry)');
    assert.deepEqual(said('избирательной комиссии'), ['electoral commission (the name translated word by word, not a glossary entry)']);
    assert.deepEqual(termOf('Московского городского комитета обороны'), ['gorodskoi komitet oborony'], 'an entry naming the whole');
  });

  it('reads -sovet after a field as a council, after a territory as the elected soviet', () => {
    assert.deepEqual(said('Voensoveta'), ['military council (sovet)']);
    assert.deepEqual(said('Горсовета'), ['city soviet: an elected council with administrative functions']);
  });

  it('finds the entries of the mutual-aid committees, the sports societies, the armoured directorate, the geological committee, the creative unions and the Comintern’s schools', () => {
    assert.deepEqual(termOf('кресткомов'), ['KKOV']);
    assert.deepEqual(termOf('Динамо'), ['Dinamo']);
    assert.deepEqual(termOf('ГАБТУ'), ['GABTU']);
    assert.deepEqual(termOf('Геолкома'), ['Geolkom']);
    assert.deepEqual(termOf('моторно-рыболовных станций'), ['motorno-rybolovnaia stantsiia']);
    assert.deepEqual(termOf('Mrs'), [], 'no English title is a siglum');
    assert.deepEqual(termOf('Союза художников СССР'), ['SKh SSSR']);
    assert.deepEqual(termOf('Музфонда'), ['Muzfond']);
    assert.deepEqual(termOf('Коммунистического университета трудящихся Востока'), ['KUTV']);
  });
});
