import assert from 'node:assert/strict';
import { loadOfficials } from '../../../src/core/officials/loader';
import { affiliationsOf, fullName, initialLetters, roleSummary } from '../../../src/core/officials/model';
import { bundled, officialsText } from './fixtures';

const file = (officials: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ officials, ...extra }, null, 2);
const good = { id: 'reshetov', surname: 'Reshetov', cyrillic: 'Решетов', roles: [{ title: 'NKVD representative', years: '1936', affiliation: 'NKVD' }] };

describe('officials loader', () => {
  it('loads the bundled file without errors, authors apart', () => {
    const { data, errors } = loadOfficials(officialsText);
    assert.deepEqual(errors, []);
    assert.ok(data.officials.length >= 45);
    assert.ok(data.authors.length >= 20);
    const officialIds = new Set(data.officials.map(official => official.id));
    assert.deepEqual(data.authors.filter(author => officialIds.has(author.id)), []);
    assert.ok(!data.officials.some(official => ['Leggett', 'Fainsod', 'Getty', 'Kokurin'].includes(official.surname)));
  });

  it('names the file, the line and the column of a JSON syntax error', () => {
    const { data, errors } = loadOfficials('{\n  "officials": [\n    { "id": "x", }\n  ]\n}', 'people.json');
    assert.deepEqual(data.officials, []);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^people\.json: not valid JSON at line 3, column \d+/);
  });

  it('names the file and the field of an invalid entry, and keeps the valid ones', () => {
    const text = file([good, { id: 'kabakov', surname: 'Kabakov', roles: [{ title: 'chairman', years: 'autumn' }] }, { ...good, id: 'dmitriev', surname: 'Dmitriev' }]);
    const { data, errors } = loadOfficials(text, 'officials.json');
    assert.deepEqual(data.officials.map(official => official.id), ['reshetov', 'dmitriev']);
    assert.deepEqual(errors.sort(), [
      'officials.json: officials[1] (id "kabakov").roles[0].years: must match pattern "^\\d{4}(-\\d{4})?$"',
      'officials.json: officials[1] (id "kabakov"): must have required property \'cyrillic\'',
    ]);
  });

  it('reports unknown fields, and keeps both entries of a duplicate id, naming the later by its place in the file', () => {
    const { data, errors } = loadOfficials(file([good, { ...good, nickname: 'R' }, { ...good }]));
    assert.deepEqual(data.officials.map(official => official.id), ['reshetov', 'reshetov-2']);
    assert.deepEqual(errors, [
      'officials.json: officials[1] (id "reshetov"): must NOT have additional properties "nickname"',
      'officials.json: officials[2].id: "reshetov" is also the id of officials[0]; both are kept, this one as "reshetov-2" until you give it an id of its own',
    ]);
  });

  it('rejects a file whose root is not an officials list, loading nothing', () => {
    for (const text of ['[]', '{"people": []}', '{"officials": {}}']) {
      const { data, errors } = loadOfficials(text);
      assert.deepEqual(data.officials, []);
      assert.ok(errors.length > 0 && errors.every(error => error.startsWith('officials.json: ')), errors.join('\n'));
    }
  });

  it('derives names, initials, affiliations and role summaries', () => {
    const kabakov = bundled.officials.find(official => official.id === 'kabakov');
    const chubar = bundled.officials.find(official => official.id === 'chubar');
    assert.ok(kabakov && chubar);
    assert.equal(fullName(kabakov), 'Ivan Dmitrievich Kabakov');
    assert.deepEqual(initialLetters(kabakov), ['I', 'D']);
    assert.deepEqual(initialLetters(chubar), ['V', 'Ia']);
    assert.deepEqual(affiliationsOf(kabakov), ['Oblast’ Executive Committee', 'Obkom']);
    assert.equal(roleSummary(kabakov), 'Oblast’ Executive Committee chairman, Urals (1928); oblast’ party first secretary, Urals (1930)');
  });
});
