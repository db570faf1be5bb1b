import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnnotationStore } from '../../../src/core/annotations';
import { nodeStoreFileSystem } from '../../../src/node/nodeStoreFileSystem';
import { workspaceLayout } from '../../../src/node/openStore';
import { ARTICLE } from '../anchoring/sampleArticle';
import { CLI_FROM_SOURCE } from '../cliHarness';

const WRITER = path.join(__dirname, 'annotateRaceWriter.ts');

function writer(cwd: string, tag: string, count: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(CLI_FROM_SOURCE[0], [...CLI_FROM_SOURCE.slice(1, -1), WRITER, cwd, 'article.md', 'Kabakov', String(count), tag]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    child.on('error', reject);
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

describe('opis annotate from several processes at once', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-race-'));
    mkdirSync(path.join(dir, '.opis'));
    writeFileSync(path.join(dir, 'article.md'), ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('4 processes × 50 annotate on one store keep all 200', async function () {
    this.timeout(120_000);
    const runs = await Promise.all(['a', 'b', 'c', 'd'].map(tag => writer(dir, tag, 50)));
    for (const run of runs) assert.deepEqual([run.code, run.stderr], [0, '']);
    const printed = runs.flatMap(run => run.stdout.trim().split('\n'));
    assert.equal(new Set(printed).size, 200);
    const store = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(dir), { trusted: false });
    assert.ok((await store.load()).ok);
    assert.deepEqual(store.annotations.map(a => a.id).sort(), printed.sort());
    assert.deepEqual(store.annotations.map(a => a.note).sort(), ['a', 'b', 'c', 'd'].flatMap(tag => Array.from({ length: 50 }, (_, i) => `${tag} ${i}`)).sort());
    assert.equal(readdirSync(path.join(dir, '.opis', 'annotations')).length, 200, 'no temporary or lock file left');
  });
});
