// `opis sources --cache DIR` and `opis bibliography --cache DIR`: the same answer as without the flag, from the
// cache on a second run, an edited article read again, a damaged cache rebuilt with one line on stderr.
import * as assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { IndexCache, indexWriter } from '../../../src/core/indexCache';
import { BUNDLED_CORPUS, runCli } from '../cliHarness';

const ARTICLE = path.join(BUNDLED_CORPUS, 'harris-dual-subordination.md');

describe('opis sources --cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-cache-'));
    copyFileSync(ARTICLE, path.join(dir, 'one.md'));
    copyFileSync(ARTICLE, path.join(dir, 'two.md'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The articles the saved cache has entries for, read as the command line reads it. */
  const cacheEntries = async () => {
    const cache = new IndexCache({ writer: indexWriter('dev'), maxBytes: 1 << 30 });
    assert.equal(await cache.load(readFileSync(path.join(dir, '.opis', 'cache', 'opis-index.json'))), undefined);
    return cache.paths().map(key => path.basename(key)).sort();
  };

  it('answers as without the cache, first and second time, and keeps one entry per article', async () => {
    const plain = await runCli(['sources', '.', '--json'], { cwd: dir });
    assert.equal(plain.code, 0, plain.stderr);
    const first = await runCli(['sources', '.', '--json', '--cache', '.opis/cache'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, plain.stdout);
    assert.deepEqual(await cacheEntries(), ['one.md', 'two.md']);
    const second = await runCli(['sources', '.', '--json', '--cache', '.opis/cache'], { cwd: dir });
    assert.equal(second.stdout, plain.stdout);
    assert.equal(second.stderr, '');
    assert.ok(JSON.parse(plain.stdout).length > 10);
  });

  it('reads an article edited since again, and prunes one deleted', async () => {
    await runCli(['sources', '.', '--json', '--cache', '.opis/cache'], { cwd: dir });
    appendFileSync(path.join(dir, 'one.md'), '\n\nAdded.[^900]\n\n[^900]: GARF, f. 9401, op. 2, d. 64, l. 3.\n');
    rmSync(path.join(dir, 'two.md'));
    const cached = await runCli(['sources', '.', '--json', '--cache', '.opis/cache'], { cwd: dir });
    const plain = await runCli(['sources', '.', '--json'], { cwd: dir });
    assert.equal(cached.stdout, plain.stdout);
    assert.ok(JSON.parse(cached.stdout).some((row: { fond: string; delo: string }) => row.fond === '9401' && row.delo === '64'));
    assert.deepEqual(await cacheEntries(), ['one.md']);
  });

  it('a damaged cache is dropped with one line on stderr and rebuilt', async () => {
    await runCli(['sources', '.', '--cache', '.opis/cache'], { cwd: dir });
    const file = path.join(dir, '.opis', 'cache', 'opis-index.json');
    writeFileSync(file, readFileSync(file).subarray(0, 40));
    const run = await runCli(['sources', '.', '--json', '--cache', '.opis/cache'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.match(run.stderr, /^opis sources: \.opis\/cache\/opis-index\.json: the index cache is damaged or truncated .*; rebuilt\n$/);
    assert.equal(run.stdout, (await runCli(['sources', '.', '--json'], { cwd: dir })).stdout);
    assert.deepEqual(await cacheEntries(), ['one.md', 'two.md']);
  });

  it('opis bibliography takes the same cache', async () => {
    const plain = await runCli(['bibliography', '.', '--format', 'csl-json'], { cwd: dir });
    await runCli(['sources', '.', '--cache', '.opis/cache'], { cwd: dir });
    const cached = await runCli(['bibliography', '.', '--format', 'csl-json', '--cache', '.opis/cache'], { cwd: dir });
    assert.equal(cached.code, 0, cached.stderr);
    assert.equal(cached.stdout, plain.stdout);
  });
});
