import assert from 'node:assert/strict';
import { fullName } from '../../../src/core/officials/model';
import { nearestOfficials } from '../../../src/core/officials/nearest';
import { OfficialsSearch } from '../../../src/core/officials/search';
import { runCli } from '../cliHarness';
import { bundled } from './fixtures';

const search = new OfficialsSearch(bundled.officials);
const nearest = (query: string, limit?: number) => nearestOfficials(bundled.officials, query, limit).map(fullName);

describe('nearest names for a query that found no one', () => {
  it('suggests the closest surnames, in another romanization or script, nearest first', () => {
    for (const [query, first] of [['Ordzhonikidzevich', 'Sergo Ordzhonikidze'], ['Stallin', 'Stalin'], ['Bukharinov', 'N. Bukharin'], ['Кагановичев', 'Lazar Moiseevich Kaganovich']]) {
      assert.equal(nearest(query)[0], first, query);
    }
    assert.deepEqual(nearest('Stallin', 2), ['Stalin', 'K. V. Sukhomlin']);
    assert.deepEqual(nearest('Ordzhonikidzevich', 5), ['Sergo Ordzhonikidze']);
  });

  it('answers the queries the search finds no one for: a word made from a name, a name far from the roster', () => {
    for (const query of ['Ezhovshchina', 'Zinovievshchina', 'Berievskii', 'Sudoplatov']) assert.deepEqual(search.search(query, 10).results, [], query);
    assert.deepEqual(nearest('Ezhovshchina'), ['Ezhov', 'N. S. Khrushchev']);
    assert.deepEqual(nearest('Zinovievshchina'), ['Zinoviev']);
    assert.equal(nearest('Berievskii')[0], 'Beriia');
  });

  it('suggests no one when no surname is near', () => {
    for (const query of ['Zzyzx', 'qwerty', 'Jagoda', 'Ягода']) {
      assert.deepEqual(search.search(query, 10).results, [], query);
      assert.deepEqual(nearest(query), [], query);
    }
    assert.deepEqual(nearestOfficials([], 'Ezhov'), []);
    assert.deepEqual(nearest(''), []);
  });

  it('shows a weak match of a name spelled otherwise as a nearest name, not as found; a typo of the name stays found', () => {
    const western = new OfficialsSearch([
      { id: 'stanton', surname: 'Stanton', given: 'Edwin', cyrillic: '', roles: [] },
      { id: 'bagirov', surname: 'Bagirov', cyrillic: 'Багиров', roles: [] },
    ]);
    const found = (roster: OfficialsSearch, query: string) => roster.search(query).results.map(result => `${result.official.surname}${result.near ? ' (near)' : ''}`);
    assert.deepEqual(found(western, 'Stalin'), ['Stanton (near)']);
    assert.deepEqual(found(western, 'Kirov'), ['Bagirov (near)']);
    assert.deepEqual(found(western, 'Stantno'), ['Stanton'], 'two letters swapped');
    assert.deepEqual(found(western, 'Bagriov'), ['Bagirov']);
    for (const query of ['Stailn', 'Ezohv', 'Kabakow', 'Ежов']) assert.equal(search.search(query).results[0]?.near, undefined, query);
  });

  it('prints a weak match first among the nearest names', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'opis-near-'));
    try {
      writeFileSync(path.join(dir, 'a.md'), 'Edwin Stanton wrote to the president; Stanton’s letter came late.\n');
      const { code, stdout } = await runCli(['search', 'Stalin', '--corpus', '.'], { cwd: dir });
      assert.equal(code, 0);
      assert.equal(stdout, 'No official matches "Stalin". Nearest names: Edwin Stanton.\n');
      assert.equal((await runCli(['search', 'Stalin', '--corpus', '.', '--json'], { cwd: dir })).stdout, '[]\n');
      assert.match((await runCli(['search', 'Stanotn', '--corpus', '.'], { cwd: dir })).stdout, /^1\. Edwin Stanton · 2 mentions\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is what opis search prints when nothing matches', async () => {
    const none = await runCli(['search', 'Sudoplatov']);
    assert.equal(none.code, 0);
    assert.deepEqual(search.search('Sudoplatov', 10).results, []);
    assert.equal(none.stdout, `No official matches "Sudoplatov". Nearest names: ${nearestOfficials(bundled.officials, 'Sudoplatov').map(o => `${fullName(o)} (${o.cyrillic})`).join(', ')}.\n`);
    assert.match(none.stdout, /Nearest names: Mikhail Aleksandrovich Solovov \(Михаил Александрович Соловов\), /);
    assert.equal((await runCli(['search', 'Zzyzx'])).stdout, 'No official matches "Zzyzx", and no name is near it.\n');
    assert.equal((await runCli(['search', 'Zzyzx', '--json'])).stdout, '[]\n', 'the JSON contract stays a list of hits');
  });
});
