import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';

const corpusDir = path.resolve(__dirname, '../../../corpus');

async function opis(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: t => (out += t), stderr: t => (err += t), cwd: tmpdir(), bundledCorpus: corpusDir });
  return { code, out, err };
}

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
      const { code, out, err } = await opis('translit', input, '--to', to, '--json');
      assert.equal(err, '');
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(out), { input, to, output });
    });
  }

  it('prints the bare output without --json', async () => {
    assert.deepEqual(await opis('translit', 'oblast’', '--to', 'cyrillic'), { code: 0, out: 'область\n', err: '' });
  });

  it('rejects a missing or unknown target and missing text with usage errors', async () => {
    for (const args of [['translit', 'x'], ['translit', 'x', '--to', 'klingon'], ['translit', '--to', 'lc'], ['translit', 'x', '--to']]) {
      const { code, err } = await opis(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, /^opis translit: .+\nUsage: opis translit/);
    }
  });

  it('reports a bad lexicon file by name and field but still converts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opis-translit-'));
    try {
      writeFileSync(path.join(dir, 'translit-lexicon.json'), JSON.stringify({ entries: [{ latin: 'Andrianov', cyrillic: 'Андрианов' }, { latin: 7 }] }));
      const { code, out, err } = await opis('translit', 'Andrianov', '--to', 'cyrillic', '--corpus', dir);
      assert.equal(code, 0);
      assert.equal(out, 'Андрианов\n');
      assert.match(err, /translit-lexicon\.json: entries\[1\]\.latin: must be string/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails clearly on a corpus folder that does not exist', async () => {
    const { code, err } = await opis('translit', 'x', '--to', 'lc', '--corpus', 'no/such/dir');
    assert.equal(code, 1);
    assert.match(err, /no\/such\/dir: no such folder/);
  });
});

describe('opis detect', () => {
  it('gives the fixed JSON contract with UTF-16 offsets, end exclusive', async () => {
    const text = 'Protokoly i pis’ma were read via media in Asia.';
    const { code, out, err } = await opis('detect', text, '--json');
    assert.equal(err, '');
    assert.equal(code, 0);
    const words = JSON.parse(out) as Array<{ text: string; start: number; end: number; kind: string }>;
    assert.deepEqual(words, [
      { text: 'Protokoly', start: 0, end: 9, kind: 'romanized-russian' },
      { text: 'i', start: 10, end: 11, kind: 'romanized-russian' },
      { text: 'pis’ma', start: 12, end: 18, kind: 'romanized-russian' },
    ]);
  });

  it('uses the corpus lexicon (officials’ names) and prints offsets as text without --json', async () => {
    const { out } = await opis('detect', 'Beria met Lazar.');
    assert.equal(out, '0-5  Beria\n10-15  Lazar\n');
    assert.equal((await opis('detect', 'Nothing here.')).out, 'No romanized Russian words.\n');
  });

  it('rejects extra arguments', async () => {
    const { code, err } = await opis('detect', 'a', 'b');
    assert.equal(code, 2);
    assert.match(err, /one quoted argument/);
  });
});
