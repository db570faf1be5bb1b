import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { SearchHitJson } from '../../../src/cli/commands/search';
import { LineIndex } from '../../../src/core/text/range';
import { runCli } from '../cliHarness';
import { articleText } from './fixtures';

describe('opis search', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-search-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('searches the bundled corpus by default and prints the fixed JSON contract, best first', async () => {
    const { code, stdout, stderr } = await runCli(['search', 'Yezhov', '--json'], { cwd: dir });
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const hits = JSON.parse(stdout) as SearchHitJson[];
    assert.deepEqual(Object.keys(hits[0]), ['id', 'name', 'fullName', 'cyrillic', 'role', 'score', 'mentions']);
    assert.deepEqual([hits[0].id, hits[0].name, hits[0].fullName, hits[0].cyrillic], ['ezhov', 'Ezhov', 'Ezhov', 'Ежов']);
    assert.match(hits[0].role, /NKVD/);
    assert.ok(hits.every((hit, i) => i === 0 || hit.score <= hits[i - 1].score));
    // Mentions point at the name: 0-based line and UTF-16 character in the file.
    const lines = new LineIndex(articleText);
    assert.equal(hits[0].mentions.length, 2);
    for (const { file, line, character } of hits[0].mentions) {
      assert.equal(file, 'harris-dual-subordination.md');
      assert.equal(lines.lineText(line).slice(character, character + 5), 'Ezhov');
    }
  });

  it('honours --limit and finds role words', async () => {
    const { stdout } = await runCli(['search', 'NKVD Sverdlovsk', '--limit', '2', '--json'], { cwd: dir });
    assert.deepEqual((JSON.parse(stdout) as SearchHitJson[]).map(hit => hit.id).sort(), ['dmitriev', 'reshetov']);
  });

  it('prints a readable list without --json', async () => {
    const { code, stdout } = await runCli(['search', 'Берия'], { cwd: dir });
    assert.equal(code, 0);
    assert.match(stdout, /^1\. Beriia \(Берия\) · 1 mention\n/);
    assert.match(stdout, /first mention: harris-dual-subordination\.md:\d+:\d+/);
  });

  it('searches another corpus folder, proposing people when it has no officials file', async () => {
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes', 'a.md'), 'The chairman I. D. Kabakov wrote.\nLater Kabakov’s clique fell.\n');
    const { code, stdout, stderr } = await runCli(['search', 'Kabakow', '--corpus', '.', '--json'], { cwd: dir });
    assert.equal(code, 0);
    assert.match(stderr, /has no officials\.json/);
    const [hit] = JSON.parse(stdout) as SearchHitJson[];
    assert.equal(hit.fullName, 'I. D. Kabakov');
    assert.deepEqual(hit.mentions, [
      { file: 'notes/a.md', line: 0, character: 13 },
      { file: 'notes/a.md', line: 1, character: 6 },
    ]);
  });

  it('proposes no word the glossary knows (the folder’s own, else the bundled one) as a person', async () => {
    writeFileSync(path.join(dir, 'a.md'), 'Narkomtiazhprom ordered the cuts; later Narkomtiazhprom reversed them. Glavsnab wrote; Glavsnab was firm.\n');
    const bundled = await runCli(['search', 'Narkomtiazhprom', '--corpus', '.', '--json'], { cwd: dir });
    assert.deepEqual(JSON.parse(bundled.stdout), []);
    assert.equal((JSON.parse((await runCli(['search', 'Glavsnab', '--corpus', '.', '--json'], { cwd: dir })).stdout) as SearchHitJson[])[0]?.name, 'Glavsnab');
    const entry = { term: 'Glavsnab', kind: 'term', expansion: 'Glavnoe upravlenie snabzheniia', english: 'Chief Supply Administration', cyrillic: 'Главснаб' };
    writeFileSync(path.join(dir, 'glossary.json'), JSON.stringify({ version: 1, entries: [entry] }));
    const own = await runCli(['search', 'Glavsnab', '--corpus', '.', '--json'], { cwd: dir });
    assert.equal(own.code, 0);
    assert.deepEqual(JSON.parse(own.stdout), []);
  });

  it('reports a malformed officials file by file and field, searches what it could load, and exits 1', async () => {
    writeFileSync(path.join(dir, 'a.md'), 'Reshetov and Dmitriev.');
    writeFileSync(
      path.join(dir, 'officials.json'),
      JSON.stringify({ officials: [{ id: 'reshetov', surname: 'Reshetov', cyrillic: 'Решетов', roles: [] }, { id: 'dmitriev', surname: 'Dmitriev', roles: [] }] }),
    );
    const { code, stdout, stderr } = await runCli(['search', 'Reshetov', '--corpus', dir, '--json'], { cwd: dir });
    assert.equal(code, 1);
    assert.match(stderr, /officials\.json: officials\[1\] \(id "dmitriev"\): must have required property 'cyrillic'/);
    assert.equal((JSON.parse(stdout) as SearchHitJson[])[0].id, 'reshetov');
  });

  it('rejects an empty or punctuation-only query and a bad --limit with a usage error', async () => {
    for (const args of [[''], ['  '], ['?!…'], ['Kabakov', '--limit', 'many'], ['Kabakov', '--limit'], ['Kabakov', '--corpus'], ['Kabakov', '--fuzzy']]) {
      const { code, stdout, stderr } = await runCli(['search', ...args], { cwd: dir });
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /Usage: opis search/);
    }
  });

  it('cuts a 1,000-character query with a notice and still answers', async () => {
    const { code, stdout, stderr } = await runCli(['search', `Kabakov ${'a'.repeat(1000)}`, '--json'], { cwd: dir });
    assert.equal(code, 0);
    assert.match(stderr, /only the first 8 words/);
    assert.equal((JSON.parse(stdout) as SearchHitJson[])[0].id, 'kabakov');
  });

  it('says when a corpus folder does not exist', async () => {
    const { code, stderr } = await runCli(['search', 'Stalin', '--corpus', 'missing'], { cwd: dir });
    assert.equal(code, 1);
    assert.match(stderr, /missing: no such folder/);
  });
});
