// `opis sources`: the register of the bundled article as JSON (the README's contract), CSV and text; a folder of
// articles read whole, with the files two articles share and a conflict reported; usage errors.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../cliHarness';

const ARTICLE = 'harris-dual-subordination.md';

describe('opis sources', () => {
  it('prints one JSON row per file with the contract’s fields', async () => {
    const { code, stdout, stderr } = await runCli(['sources', ARTICLE, '--json']);
    assert.equal(code, 0, stderr);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    assert.equal(rows.length, 52);
    assert.deepEqual(rows.find(r => r.delo === '677'), {
      archive: 'RGASPI',
      fond: '17',
      opis: '3',
      opisTitle: 'Protokoly Politbiuro',
      delo: '677',
      title: 'Protokol #23, 15 marta 1928, same title',
      titles: ['Protokol #23, 15 marta 1928, same title'],
      folios: '82-85, 133-138',
      notes: [{ article: ARTICLE, note: 27 }, { article: ARTICLE, note: 28, folios: '82-85, 133-138' }],
      articles: [ARTICLE],
    });
    assert.equal(stderr, '');
  });

  it('prints CSV with a header and quoted cells', async () => {
    const { stdout } = await runCli(['sources', ARTICLE, '--csv']);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[0], 'archive,archiveCurrent,fond,opis,delo,tom,title,folios,notes,articles');
    assert.equal(lines.length, 53);
    assert.ok(lines.includes(`RGASPI,,17,2,344,1,"Stenogramma Plenuma TsK i TsKK, 6-11 aprelia 1928","21, 122",${ARTICLE}#29; ${ARTICLE}#30,${ARTICLE}`));
  });

  it('prints a line per file with its folios and notes', async () => {
    const { stdout } = await runCli(['sources', ARTICLE]);
    assert.match(stdout, /^TsKhSD \(RGANI\), f\. 6, op\. 1, d\. 59: ll\. 184-186 — harris-dual-subordination\.md \[\^66\], \[\^67\]\n {4}Zasedanii biuro/m);
    assert.match(stdout, /^GAAO SO, f\. 1, op\. 2, d\. 22329: l\. 5 — /m);
  });

  it('reads a folder of articles, shares files between them and reports a conflict', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opis-sources-'));
    try {
      writeFileSync(path.join(dir, 'a.md'), 'Text.[^1]\n\n[^1]: GARF, f. 5446, op. 1, d. 10 Perepiska, l. 3.\n');
      writeFileSync(path.join(dir, 'b.md'), 'Text.[^1] More.[^2]\n\n[^1]: GA RF, f. 5446, op. 1, d. 10, ll. 4-5.\n\n[^2]: GARF, f. 5446, op. 2, d. 10 Perepiska, l. 9.\n');
      const run = await runCli(['sources', path.basename(dir), '--json'], { cwd: path.dirname(dir) });
      assert.equal(run.code, 0, run.stderr);
      const rows = JSON.parse(run.stdout) as { opis: string; folios: string; articles: string[]; archiveCurrent?: string }[];
      const base = path.basename(dir);
      assert.deepEqual(rows.map(r => [r.opis, r.folios, r.articles, r.archiveCurrent]), [
        ['1', '3-5', [`${base}/a.md`, `${base}/b.md`], undefined],
        ['2', '9', [`${base}/b.md`], undefined],
      ]);
      assert.match(run.stderr, /the same title under two opis': GARF, f\. 5446, op\. 1, d\. 10 and GARF, f\. 5446, op\. 2, d\. 10/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses no input, a missing file and two formats at once', async () => {
    assert.equal((await runCli(['sources'])).code, 2);
    const missing = await runCli(['sources', 'no-such-article.md']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no-such-article\.md/);
    assert.equal((await runCli(['sources', ARTICLE, '--json', '--csv'])).code, 2);
  });
});
