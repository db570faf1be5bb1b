// An id (or a glossary term) written twice in one data file is reported in one sentence that names the file, the
// two places and what Opis does about it; nothing is dropped without a word.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseGlossary } from '../../../src/core/glossary';
import { loadOfficials } from '../../../src/core/officials/loader';
import { runCli } from '../cliHarness';

const lazar = { id: 'kaganovich', given: 'Lazar Moiseevich', surname: 'Kaganovich', cyrillic: 'Лазарь Моисеевич Каганович', roles: [{ title: 'Central Committee secretary' }] };
const mikhail = { id: 'kaganovich', given: 'Mikhail Moiseevich', surname: 'Kaganovich', cyrillic: 'Михаил Моисеевич Каганович', roles: [{ title: 'People’s Commissar of the Aviation Industry' }] };
const OFFICIALS = JSON.stringify({ officials: [lazar, mikhail], authors: [{ id: 'getty', name: 'J. Arch Getty' }, { id: 'getty', name: 'Getty' }] }, null, 2);

describe('duplicate ids in data files', () => {
  it('officials.json: both people are kept, the later under a new id, and each reuse is one sentence naming the file', () => {
    const { data, errors } = loadOfficials(OFFICIALS, 'corpus/officials.json');
    assert.deepEqual(data.officials.map(o => [o.id, o.given]), [['kaganovich', 'Lazar Moiseevich'], ['kaganovich-2', 'Mikhail Moiseevich']]);
    assert.deepEqual(data.authors.map(a => a.id), ['getty', 'getty-2']);
    assert.deepEqual(errors, [
      'corpus/officials.json: officials[1].id: "kaganovich" is also the id of officials[0]; both are kept, this one as "kaganovich-2" until you give it an id of its own',
      'corpus/officials.json: authors[1].id: "getty" is also the id of authors[0]; both are kept, this one as "getty-2" until you give it an id of its own',
    ]);
  });

  it('officials.json: a new id does not take one the file already uses', () => {
    const third = { ...mikhail, id: 'kaganovich-2', given: 'Iulii Moiseevich', cyrillic: 'Юлий Моисеевич Каганович' };
    const { data } = loadOfficials(JSON.stringify({ officials: [lazar, third, mikhail] }));
    assert.deepEqual(data.officials.map(o => o.id), ['kaganovich', 'kaganovich-2', 'kaganovich-3']);
  });

  it('glossary.json: a term written twice is reported, with which entry is used', () => {
    const entry = { term: 'obkom', kind: 'term', expansion: 'oblastnoi komitet', english: 'regional party committee', cyrillic: 'обком' };
    const { entries, errors } = parseGlossary(JSON.stringify({ version: 1, entries: [entry, { ...entry, english: 'oblast committee' }] }), '.opis/glossary.json');
    assert.equal(entries.length, 2);
    assert.deepEqual(errors, ['.opis/glossary.json: entries[1].term: "obkom" is also the term of entries[0]; this later entry replaces it, so merge the two or give one another term']);
  });

  it('the command line reports a duplicate official on stderr and finds both people', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opis-duplicate-'));
    try {
      mkdirSync(path.join(dir, 'corpus'));
      writeFileSync(path.join(dir, 'corpus', 'officials.json'), OFFICIALS);
      writeFileSync(path.join(dir, 'corpus', 'a.md'), 'L. M. Kaganovich wrote to M. M. Kaganovich.\n');
      const run = await runCli(['search', 'Mikhail Kaganovich', '--corpus', 'corpus', '--json'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /^opis search: officials\.json: officials\[1\]\.id: "kaganovich" is also the id of officials\[0\]; both are kept, this one as "kaganovich-2"/m);
      const hits = JSON.parse(run.stdout) as { id: string; mentions: unknown[] }[];
      assert.equal(hits[0].id, 'kaganovich-2');
      assert.equal(hits[0].mentions.length, 1);
      assert.ok(hits.some(hit => hit.id === 'kaganovich'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
