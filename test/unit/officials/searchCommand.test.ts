import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { SearchHitJson } from '../../../src/cli/commands/search';
import { LineIndex } from '../../../src/core/text/range';
import { articleText, corpusDir } from './fixtures';

async function opis(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: t => (out += t), stderr: t => (err += t), cwd, bundledCorpus: corpusDir });
  return { code, out, err };
}

describe('opis search', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-search-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('searches the bundled corpus by default and prints the fixed JSON contract, best first', async () => {
    const { code, out, err } = await opis(dir, 'search', 'Yezhov', '--json');
    assert.equal(err, '');
    assert.equal(code, 0);
    const hits = JSON.parse(out) as SearchHitJson[];
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
    const { out } = await opis(dir, 'search', 'NKVD Sverdlovsk', '--limit', '2', '--json');
    assert.deepEqual((JSON.parse(out) as SearchHitJson[]).map(hit => hit.id).sort(), ['dmitriev', 'reshetov']);
  });

  it('prints a readable list without --json', async () => {
    const { code, out } = await opis(dir, 'search', 'Берия');
    assert.equal(code, 0);
    assert.match(out, /^1\. Beriia \(Берия\) · 1 mention\n/);
    assert.match(out, /first mention: harris-dual-subordination\.md:\d+:\d+/);
  });

  it('searches another corpus folder, proposing people when it has no officials file', async () => {
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes', 'a.md'), 'The chairman I. D. Kabakov wrote.\nLater Kabakov’s clique fell.\n');
    const { code, out, err } = await opis(dir, 'search', 'Kabakow', '--corpus', '.', '--json');
    assert.equal(code, 0);
    assert.match(err, /has no officials\.json/);
    const [hit] = JSON.parse(out) as SearchHitJson[];
    assert.equal(hit.fullName, 'I. D. Kabakov');
    assert.deepEqual(hit.mentions, [
      { file: 'notes/a.md', line: 0, character: 13 },
      { file: 'notes/a.md', line: 1, character: 6 },
    ]);
  });

  it('reports a malformed officials file by file and field, searches what it could load, and exits 1', async () => {
    writeFileSync(path.join(dir, 'a.md'), 'Reshetov and Dmitriev.');
    writeFileSync(
      path.join(dir, 'officials.json'),
      JSON.stringify({ officials: [{ id: 'reshetov', surname: 'Reshetov', cyrillic: 'Решетов', roles: [] }, { id: 'dmitriev', surname: 'Dmitriev', roles: [] }] }),
    );
    const { code, out, err } = await opis(dir, 'search', 'Reshetov', '--corpus', dir, '--json');
    assert.equal(code, 1);
    assert.match(err, /officials\.json: officials\[1\] \(id "dmitriev"\): must have required property 'cyrillic'/);
    assert.equal((JSON.parse(out) as SearchHitJson[])[0].id, 'reshetov');
  });

  it('rejects an empty or punctuation-only query and a bad --limit with a usage error', async () => {
    for (const args of [[''], ['  '], ['?!…'], ['Kabakov', '--limit', 'many'], ['Kabakov', '--limit'], ['Kabakov', '--corpus'], ['Kabakov', '--fuzzy']]) {
      const { code, out, err } = await opis(dir, 'search', ...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, /Usage: opis search/);
    }
  });

  it('cuts a 1,000-character query with a notice and still answers', async () => {
    const { code, out, err } = await opis(dir, 'search', `Kabakov ${'a'.repeat(1000)}`, '--json');
    assert.equal(code, 0);
    assert.match(err, /only the first 8 words/);
    assert.equal((JSON.parse(out) as SearchHitJson[])[0].id, 'kabakov');
  });

  it('says when a corpus folder does not exist', async () => {
    const { code, err } = await opis(dir, 'search', 'Stalin', '--corpus', 'missing');
    assert.equal(code, 1);
    assert.match(err, /missing: no such folder/);
  });
});
