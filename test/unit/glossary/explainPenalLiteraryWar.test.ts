// Families the nineteenth held-out set found missing, each entry checked against a source it names: the citation of
// the early decrees (СУ), the Gulag's first and territorial bodies (УЛАГ, УИТЛК, ОИТК), the proletarian writers'
// associations (ВАПП, ВОАПП, МАПП), political education (Главполитпросвет), the Komsomol's first name (РКСМ), the
// military council, the party conference and the destruction battalions. The forms here are other cases and phrases
// than the set's; a number after a hyphen makes an abbreviation something else (СУ-76, a self-propelled gun).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explainTerm } from '../../../src/core/glossary';
import { loadGlossary } from '../../../src/node/loadGlossary';

const { glossary } = loadGlossary(path.join(__dirname, '..', '..', '..', 'corpus'));
const terms = (written: string) => explainTerm(glossary, written).map(e => e.term);

describe('opis explain: the penal, literary, youth and wartime families', () => {
  it('reads the sigla in their cases and beside other bodies', () => {
    assert.deepEqual(terms('СУ РСФСР'), ['SU', 'RSFSR']);
    assert.deepEqual(terms('ОИТК УНКВД'), ['OITK', 'UNKVD']);
    assert.deepEqual(terms('УИТЛК МВД'), ['UITLK', 'MVD']);
    assert.deepEqual(terms('ВАППа'), ['VAPP']);
    assert.deepEqual(terms('МАПП'), ['MAPP']);
    assert.deepEqual(terms('ВОАПП'), ['VOAPP']);
    assert.deepEqual(terms('РКСМ'), ['RKSM']);
    assert.deepEqual(terms('Главполитпросветом'), ['Glavpolitprosvet']);
  });

  it('reads the terms in their cases', () => {
    assert.ok(terms('членом Военного совета').includes('voennyi sovet'));
    assert.deepEqual(terms('партийной конференции'), ['partiinaia konferentsiia']);
    assert.deepEqual(terms('истребительных батальонов'), ['istrebitel’nyi batal’on']);
    assert.deepEqual(terms('Russian Communist Youth Union'), ['RKSM']);
  });

  it('keeps the common words of these names and a numbered model apart', () => {
    assert.deepEqual(terms('конференции'), []);
    assert.deepEqual(terms('истребителей'), []);
    assert.deepEqual(terms('батальона'), []);
    assert.deepEqual(terms('СУ-76'), []);
    assert.deepEqual(glossary.findAll('самоходки СУ-76 и СУ-100').map(m => m.entry.term), []);
    assert.deepEqual(glossary.findAll('СУ 1918 г. № 17, ст. 256').map(m => m.entry.term).slice(0, 1), ['SU']);
  });
});

describe('opis explain: the courts, the Komsomol raids, the Left Front and the Central Institute of Labour', () => {
  it('reads the entries in their cases', () => {
    assert.deepEqual(terms('народного суда'), ['narodnyi sud']);
    assert.deepEqual(terms('народных заседателей'), ['narodnyi zasedatel’']);
    assert.deepEqual(terms('товарищеского суда'), ['tovarishcheskii sud']);
    assert.deepEqual(terms('лёгкой кавалерии'), ['Legkaia kavaleriia']);
    assert.deepEqual(terms('Новый ЛЕФ'), ['LEF']);
    assert.deepEqual(terms('ЦИТа'), ['TsIT']);
    assert.deepEqual(terms("comrades' court"), ['tovarishcheskii sud']);
  });

  it('keeps the citation abbreviation, the plain words and a cavalry of another kind apart', () => {
    assert.deepEqual(glossary.findAll('Цит. по: Иванов').map(m => m.entry.term), ['tsit. po']);
    assert.deepEqual(terms('суд'), []);
    assert.deepEqual(terms('кавалерии'), []);
    assert.deepEqual(terms('light cavalry'), []);
  });
});

describe('opis explain: exile to settlement, Lend-Lease and state acceptance', () => {
  it('reads them in their cases and in English', () => {
    assert.deepEqual(terms('ссылки на поселение'), ['ssylka na poselenie']);
    assert.deepEqual(terms('ленд-лиза'), ['lend-liz']);
    assert.deepEqual(terms('Lend-Lease'), ['lend-liz']);
    assert.deepEqual(terms('госприемки'), ['gospriemka']);
    assert.deepEqual(terms('Генерального прокурора СССР'), ['General’nyi prokuror SSSR']);
    assert.deepEqual(terms('Procurator General'), ['General’nyi prokuror SSSR']);
    assert.deepEqual(terms('прокурора'), ['prokuror']);
    assert.deepEqual(terms('ПБ ЦК ВКП(б)'), ['Politbiuro', 'VKP(b)']);
    assert.deepEqual(terms('ПБ'), []);
    assert.deepEqual(terms('Верховного суда СССР'), ['Verkhovnyi sud']);
    assert.deepEqual(terms('Supreme Court of the USSR'), ['Verkhovnyi sud']);
    assert.deepEqual(terms('Верховного Совета СССР'), ['Verkhovnyi Sovet']);
    assert.deepEqual(terms('Демократической России'), ['Demokraticheskaia Rossiia']);
    assert.deepEqual(terms('Россия'), []);
  });

  it('takes no reference (ссылка) for exile', () => {
    assert.deepEqual(terms('ссылка'), []);
    assert.deepEqual(terms('ссылка на источник'), []);
    assert.deepEqual(glossary.findAll('см. ссылку на источник').map(m => m.entry.term), ['sm.']);
  });
});

describe('opis explain: the arts committee, katorga, the political isolators, the counter-plan, local air defence and new thinking', () => {
  it('reads them in their cases, sigla and English', () => {
    assert.deepEqual(terms('Всесоюзного комитета по делам искусств'), ['Komitet po delam iskusstv']);
    assert.deepEqual(terms('КДИ'), ['Komitet po delam iskusstv']);
    assert.deepEqual(terms('каторжных работ'), ['katorzhnye raboty']);
    assert.deepEqual(terms('политизоляторах'), ['politizoliator']);
    assert.deepEqual(terms('встречного плана'), ['vstrechnyi plan']);
    assert.deepEqual(terms('counter-plan'), ['vstrechnyi plan']);
    assert.deepEqual(terms('местной противовоздушной обороны'), ['MPVO']);
    assert.deepEqual(terms('нового политического мышления'), ['novoe myshlenie']);
    assert.deepEqual(terms('new thinking'), ['novoe myshlenie']);
  });

  it('keeps the plain words of these names apart', () => {
    assert.deepEqual(terms('искусств'), []);
    assert.deepEqual(terms('изолятор'), []);
    assert.deepEqual(terms('план'), []);
    assert.deepEqual(terms('ПВО'), []);
    assert.deepEqual(terms('мышление'), []);
  });
});
