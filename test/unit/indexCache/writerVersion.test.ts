// A persisted index names the analysis code that wrote it: a build whose analyses changed (a parser fix under the
// same version number) does not serve the parts another build found.
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { indexWriter, IndexCache } from '../../../src/core/indexCache';

const ROOT = path.join(__dirname, '..', '..', '..');

async function digestOf(root: string): Promise<string> {
  const { analysisDigest } = (await import(path.join(ROOT, 'scripts', 'analysisDigest.mjs'))) as { analysisDigest: (root: string) => string };
  return analysisDigest(root);
}

describe('the writer of the persisted index', () => {
  it('changes with any file of the analysis code, and only with it', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'opis-digest-'));
    try {
      cpSync(path.join(ROOT, 'src', 'core'), path.join(copy, 'src', 'core'), { recursive: true });
      const before = await digestOf(copy);
      assert.match(before, /^[0-9a-f]{16}$/);
      assert.equal(await digestOf(ROOT), before, 'the same code, the same digest');
      writeFileSync(path.join(copy, 'README.md'), 'not analysis code');
      assert.equal(await digestOf(copy), before);
      appendFileSync(path.join(copy, 'src', 'core', 'citations', 'index.ts'), '\n// a change\n');
      assert.notEqual(await digestOf(copy), before, 'a changed parser');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('drops a cache written by the same version with other analyses', async () => {
    const written = new IndexCache({ writer: '1.0.0+aaaa', maxBytes: 1 << 20 });
    written.set('a.md', { size: 1, mtime: 0, hash: 'h', checked: 0 }, 'notes', 'v', []);
    const other = new IndexCache({ writer: '1.0.0+bbbb', maxBytes: 1 << 20 });
    assert.match((await other.load(await written.serialise())) ?? '', /another version/);
    assert.equal(indexWriter('1.0.0'), '1.0.0+source', 'run from the sources');
  });
});
