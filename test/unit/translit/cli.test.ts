import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../cliHarness';

describe('opis translit', () => {
  const cases: Array<[string, string, string]> = [
    ['Politbiuro', 'cyrillic', 'Политбюро'],
    ['s’’ezd', 'cyrillic', 'съезд'],
    ['Ежов', 'lc', 'Ezhov'],
    ['Ezhov', 'bgn', 'Yezhov'],
    ['Beriia', 'popular', 'Beria'],
    ['Берия', 'iso9', 'Beriâ'],
    ['the okrug leaders met Ezhov', 'cyrillic', 'the округ leaders met Ежов'],
  ];
  for (const [input, to, output] of cases) {
    it(`"${input}" --to ${to} --json gives the fixed contract`, async () => {
      const { code, stdout, stderr } = await runCli(['translit', input, '--to', to, '--json']);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(stdout), { input, to, output });
    });
  }

  it('prints the bare output without --json', async () => {
    assert.deepEqual(await runCli(['translit', 'oblast’', '--to', 'cyrillic']), { code: 0, stdout: 'область\n', stderr: '' });
  });

  it('rejects a missing or unknown target and missing text with usage errors', async () => {
    for (const args of [['translit', 'x'], ['translit', 'x', '--to', 'klingon'], ['translit', '--to', 'lc'], ['translit', 'x', '--to']]) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^opis translit: .+\nUsage: opis translit/);
    }
  });

  it('reports a bad lexicon file by name and field but still converts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opis-translit-'));
    try {
      writeFileSync(path.join(dir, 'translit-lexicon.json'), JSON.stringify({ entries: [{ latin: 'Andrianov', cyrillic: 'Андрианов' }, { latin: 7 }] }));
      const { code, stdout, stderr } = await runCli(['translit', 'Andrianov', '--to', 'cyrillic', '--corpus', dir]);
      assert.equal(code, 0);
      assert.equal(stdout, 'Андрианов\n');
      assert.match(stderr, /translit-lexicon\.json: entries\[1\]\.latin: must be string/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails clearly on a corpus folder that does not exist', async () => {
    const { code, stderr } = await runCli(['translit', 'x', '--to', 'lc', '--corpus', 'no/such/dir']);
    assert.equal(code, 1);
    assert.match(stderr, /no\/such\/dir: no such folder/);
  });
});

describe('opis detect', () => {
  it('gives the fixed JSON contract with UTF-16 offsets, end exclusive', async () => {
    const text = 'Protokoly i pis’ma were read via media in Asia.';
    const { code, stdout, stderr } = await runCli(['detect', text, '--json']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const words = JSON.parse(stdout) as Array<{ text: string; start: number; end: number; kind: string }>;
    assert.deepEqual(words, [
      { text: 'Protokoly', start: 0, end: 9, kind: 'romanized-russian' },
      { text: 'i', start: 10, end: 11, kind: 'romanized-russian' },
      { text: 'pis’ma', start: 12, end: 18, kind: 'romanized-russian' },
    ]);
  });

  it('uses the corpus lexicon (officials’ names) and prints offsets as text without --json', async () => {
    const { stdout } = await runCli(['detect', 'Beria met Lazar.']);
    assert.equal(stdout, '0-5  Beria\n10-15  Lazar\n');
    assert.equal((await runCli(['detect', 'Nothing here.'])).stdout, 'No romanized Russian words.\n');
  });

  it('rejects extra arguments', async () => {
    const { code, stderr } = await runCli(['detect', 'a', 'b']);
    assert.equal(code, 2);
    assert.match(stderr, /one quoted argument/);
  });
});
