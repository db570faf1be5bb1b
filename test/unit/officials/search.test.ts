import assert from 'node:assert/strict';
import { OfficialsSearch } from '../../../src/core/officials/search';
import { bundled } from './fixtures';

const search = new OfficialsSearch(bundled.officials);
const top = (query: string, limit = 5) => search.search(query, limit).results.map(result => result.official.id);

// query → the person who must come first, across romanizations, Cyrillic, typos and role words.
const TABLE: [string, string][] = [
  // other romanizations and established English forms
  ['Yezhov', 'ezhov'],
  ['Ezhov', 'ezhov'],
  ['Beria', 'beriia'],
  ['Beriya', 'beriia'],
  ['Ordjonikidze', 'ordzhonikidze'],
  ['Ordžonikidze', 'ordzhonikidze'],
  ['Sergo', 'ordzhonikidze'],
  ['Kaganovitch', 'kaganovich'],
  ['Mrachkovsky', 'mrachkovskii'],
  ['Mračkovskij', 'mrachkovskii'],
  ['Preobrazhensky', 'preobrazhenskii'],
  ['Menzhinsky', 'menzhinskii'],
  ['Zinovyev', 'zinoviev'],
  ['Trotskii', 'trotsky'],
  ['Ryazanov', 'riazanov'],
  ['Eykhe', 'eikhe'],
  ['Shakhgildyan', 'shakhgildian'],
  ['Gasselblat', 'gasselblat'],
  ['Chubar', 'chubar'],
  ['Goloshchekin', 'goloshcheikin'],
  ['Yanson', 'ianson'],
  ['Andreyev', 'andreev'],
  ['Khatayevich', 'khataevich'],
  ['Syrcov', 'syrtsov'],
  ['Hruščev', 'khrushchev'],
  // Cyrillic
  ['Берия', 'beriia'],
  ['Ежов', 'ezhov'],
  ['Орджоникидзе', 'ordzhonikidze'],
  ['Кабаков', 'kabakov'],
  ['Хрущёв', 'khrushchev'],
  ['Троцкий', 'trotsky'],
  ['Чубарь', 'chubar'],
  // Cyrillic in a case only a man's surname takes
  ['Кабаковым', 'kabakov'],
  ['Ежову', 'ezhov'],
  ['Троцкого', 'trotsky'],
  // one or two typos
  ['Kabakow', 'kabakov'],
  ['Kabakof', 'kabakov'],
  ['Rikov', 'rykov'],
  ['Stallin', 'stalin'],
  ['Nedosekn', 'nedosekin'],
  ['Reshetof', 'reshetov'],
  ['Bukarin', 'bukharin'],
  ['Krapiwin', 'krapivin'],
  ['Sedachev', 'sedashev'],
  ['Ordzonikidse', 'ordzhonikidze'],
  // names with given names or initials
  ['Ivan Kabakov', 'kabakov'],
  ['I. D. Kabakov', 'kabakov'],
  ['Viktor Nedosekin', 'nedosekin'],
  // role words
  ['Sovnarkom', 'rykov'],
  ['Glavmetall', 'khrennikov'],
  ['Magnitostroi', 'gasselblat'],
  ['Eastern Steel Trust', 'sedashev'],
  ['Urals Coal Trust', 'shakhgildian'],
  ['Uralmash director', 'bannikov'],
  ['Institute of Marx and Engels', 'riazanov'],
  ['Workers and Peasants Inspectorate', 'ordzhonikidze'],
  ['General Secretary', 'stalin'],
  ['Oblsovnarkhoz', 'dunaev'],
  ['UGGRU technical director', 'volkov'],
  ['Planning Commission', 'solovov'],
  ['Politbiuro', 'bukharin'],
  ['Obkom 1946', 'nedosekin'],
];

describe('officials search', () => {
  it('has a table of at least 40 cases', () => {
    assert.ok(TABLE.length >= 40);
  });

  for (const [query, id] of TABLE) {
    it(`finds ${id} first for "${query}"`, () => {
      assert.equal(top(query)[0], id, `results: ${top(query).join(', ')}`);
    });
  }

  it('finds both NKVD representatives in Sverdlovsk first for "NKVD Sverdlovsk"', () => {
    assert.deepEqual(top('NKVD Sverdlovsk', 2).sort(), ['dmitriev', 'reshetov']);
  });

  it('scores an exact surname 1 and ranks it above a given-name match', () => {
    const results = search.search('Dmitriev').results;
    assert.equal(results[0].official.id, 'dmitriev');
    assert.equal(results[0].score, 1);
    assert.ok(results.some(result => result.official.id === 'kabakov' && result.score < 1));
  });

  it('highlights the matched characters of the full name', () => {
    const [kabakov] = search.search('Kabakov').results;
    assert.equal(kabakov.official.id, 'kabakov');
    assert.deepEqual(kabakov.highlights, [[17, 24]]);
    const [ezhov] = search.search('Yezhov').results;
    assert.deepEqual(ezhov.highlights, [[0, 5]]);
    const [sedashev] = search.search('Eastern Steel Trust').results;
    assert.deepEqual(sedashev.highlights, []);
  });

  it('names the other spelling the query used, and nothing when it used the article’s', () => {
    assert.equal(search.search('Yezhov').results[0].spelling, 'Yezhov');
    assert.equal(search.search('Beria').results[0].spelling, 'Beria');
    assert.equal(search.search('Ezhov').results[0].spelling, undefined);
    assert.equal(search.search('Kabakow').results[0].spelling, undefined);
  });

  it('honours the limit', () => {
    assert.equal(search.search('Urals', 3).results.length, 3);
    assert.equal(search.search('Urals', 0).results.length, 0);
  });

  it('returns nothing, without error, for an empty or punctuation-only query', () => {
    for (const query of ['', '   ', '!!!', '…—?', '.']) assert.deepEqual(search.search(query), { results: [], truncated: false });
  });

  it('searches the first words of a 1,000-character query and says it was cut', () => {
    const outcome = search.search(`Kabakov ${'x'.repeat(1000)}`);
    assert.equal(outcome.truncated, true);
    assert.equal(outcome.results[0].official.id, 'kabakov');
    const words = search.search(Array.from({ length: 200 }, () => 'Reshetov').join(' '));
    assert.equal(words.truncated, true);
    assert.equal(words.results[0].official.id, 'reshetov');
  });

  it('never lists the cited authors', () => {
    assert.deepEqual(top('Leggett'), []);
    assert.ok(!top('Petrov').includes('petrov'));
  });

  it('reads a Cyrillic surname in a case only a man\'s takes as its nominative, ahead of a woman\'s name of its stem', () => {
    const people = new OfficialsSearch([
      { id: 'prokhanova', surname: 'Prokhanova', given: 'Aleksandra', cyrillic: 'Александра Проханова', roles: [] },
      { id: 'prokhanov', surname: 'Prokhanov', given: 'Aleksandr Stepanovich', cyrillic: 'Александр Степанович Проханов', roles: [] },
    ]);
    const first = (query: string) => people.search(query, 2).results.map(r => r.official.id);
    assert.deepEqual(first('Прохановым'), ['prokhanov', 'prokhanova']);
    assert.deepEqual(first('Проханову'), ['prokhanov', 'prokhanova']);
    // the genitive of his name is also her nominative: both are found, hers as written first
    assert.deepEqual(first('Проханова'), ['prokhanova', 'prokhanov']);
  });
});
