// When the editor offers to prepare a clone: only for a folder whose annotations git would commit, until the
// clone has both the attribute and a merge driver.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { clonePendingSetup, gitSetup, GIT_ATTRIBUTE } from '../../../src/node/gitSetup';

describe('git set-up offer', function () {
  this.timeout(30_000);
  let dir: string;
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-offer-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function clone(): string {
    const repo = path.join(dir, 'clone');
    execFileSync('git', ['init', '-q', repo]);
    return repo;
  }

  it('is made for a clone without set-up, at its top, also from a corpus in a subfolder', async () => {
    const repo = clone();
    const corpus = path.join(repo, 'corpus');
    mkdirSync(corpus);
    assert.deepEqual(await clonePendingSetup(repo), { root: repo, lack: 'missing' });
    assert.deepEqual(await clonePendingSetup(corpus), { root: repo, lack: 'missing' });
  });

  it('is not made outside a clone, or for a folder git ignores', async () => {
    assert.equal(await clonePendingSetup(dir), undefined);
    const repo = clone();
    mkdirSync(path.join(repo, 'scratch'));
    writeFileSync(path.join(repo, '.gitignore'), 'scratch/\n');
    assert.equal(await clonePendingSetup(path.join(repo, 'scratch')), undefined);
  });

  it('is not made once the clone has the attribute and any Opis merge driver; the attribute alone is not enough', async () => {
    const repo = clone();
    writeFileSync(path.join(repo, '.gitattributes'), `${GIT_ATTRIBUTE}\n`);
    assert.deepEqual(await clonePendingSetup(repo), { root: repo, lack: 'missing' }, 'the attribute came with a pull; this clone has no driver yet');
    const script = path.join(dir, 'another copy of opis', 'cli.js');
    mkdirSync(path.dirname(script));
    writeFileSync(script, '');
    await gitSetup(repo, ['node', script]);
    assert.equal(await clonePendingSetup(repo), undefined);
  });

  it('is made again when the driver runs a command line that is gone, as an update of the extension moves it', async () => {
    const repo = clone();
    const old = path.join(dir, 'extensions', 'opis-history.opis-0.1.0', 'dist', 'cli.js');
    mkdirSync(path.dirname(old), { recursive: true });
    writeFileSync(old, '');
    await gitSetup(repo, ['env', 'ELECTRON_RUN_AS_NODE=1', '/opt/VS Code/code', old]);
    assert.equal(await clonePendingSetup(repo), undefined);
    rmSync(path.join(dir, 'extensions', 'opis-history.opis-0.1.0'), { recursive: true });
    assert.deepEqual(await clonePendingSetup(repo), { root: repo, lack: 'moved' });
  });

  it('set-up covers annotation files at the top and in a subfolder, and a second run does nothing', async () => {
    const repo = clone();
    const cli = path.join(dir, 'opis', 'cli.js');
    mkdirSync(path.dirname(cli));
    writeFileSync(cli, '');
    const first = await gitSetup(repo, ['node', cli]);
    assert.equal(first.done.length, 3);
    assert.equal(git(repo, 'config', 'merge.opis.driver'), `node ${cli} merge-annotation %O %A %B`);
    assert.deepEqual((await gitSetup(repo, ['node', cli])).done, []);
    await gitSetup(repo, ['env', 'ELECTRON_RUN_AS_NODE=1', '/opt/VS Code/code', cli]);
    assert.equal(git(repo, 'config', 'merge.opis.driver'), `env ELECTRON_RUN_AS_NODE\\=1 '/opt/VS Code/code' ${cli} merge-annotation %O %A %B`, 'quoted for the shell');
    const attr = git(repo, 'check-attr', 'merge', '--', '.opis/annotations/a.json', 'corpus/.opis/annotations/b.json', 'corpus/b.json');
    assert.equal(attr, ['.opis/annotations/a.json: merge: opis', 'corpus/.opis/annotations/b.json: merge: opis', 'corpus/b.json: merge: unspecified'].join('\n'));
    assert.equal(await clonePendingSetup(repo), undefined);
  });
});
