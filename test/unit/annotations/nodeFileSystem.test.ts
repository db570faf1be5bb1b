// The Node adapter on the real file system: atomic replace, symlinks written through, the workspace layout.
import * as assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnnotationStore, SingleFileLayout } from '../../../src/core/annotations';
import { nodeStoreFileSystem } from '../../../src/node/nodeStoreFileSystem';
import { workspaceLayout, workspaceRoot } from '../../../src/node/openStore';
import { passage } from './fixtures';

describe('AnnotationStore on the real file system', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'opis-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one file per annotation under .opis/annotations and leaves no temporary or lock file', async () => {
    const store = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(dir));
    await store.load();
    store.add({ ...passage('the NKVD'), note: 'one' });
    await store.save();
    store.add({ ...passage('regional party'), note: 'two' });
    await store.save();
    assert.equal(readdirSync(path.join(dir, '.opis', 'annotations')).length, 2);
    assert.deepEqual(readdirSync(path.join(dir, '.opis')), ['annotations']);
    mkdirSync(path.join(dir, 'texts'));
    assert.equal(await workspaceRoot(path.join(dir, 'texts', 'a.md')), dir);
    const reopened = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(dir));
    await reopened.load();
    assert.deepEqual(reopened.annotations.map(a => a.note).sort(), ['one', 'two']);
  });

  it('leaves a folder without annotations as it was when it loads the store there', async () => {
    const store = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(dir));
    await store.load();
    assert.deepEqual(store.annotations, []);
    assert.deepEqual(readdirSync(dir), []);
    store.add({ ...passage('the NKVD'), note: 'one' });
    await store.save();
    assert.deepEqual(readdirSync(dir), ['.opis']);
  });

  it('writes through a symlinked store to its target', async () => {
    const target = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    const first = new AnnotationStore(nodeStoreFileSystem, new SingleFileLayout(target, path.dirname));
    first.add({ ...passage('the NKVD'), note: 'one' });
    await first.save();
    symlinkSync(target, link);
    const store = new AnnotationStore(nodeStoreFileSystem, new SingleFileLayout(link, path.dirname));
    await store.load();
    store.add({ ...passage('regional party'), note: 'two' });
    assert.equal((await store.save()).ok, true);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.match(readFileSync(target, 'utf8'), /"two"/);
  });

  it('keeps a copy of an unreadable store beside it and leaves the store untouched', async () => {
    const file = path.join(dir, 'annotations.json');
    writeFileSync(file, '{ not json');
    const store = new AnnotationStore(nodeStoreFileSystem, new SingleFileLayout(file, path.dirname));
    assert.equal((await store.load()).ok, false);
    const copies = readdirSync(dir).filter(f => f.startsWith('annotations.json.damaged-'));
    assert.equal(copies.length, 1);
    store.add({ ...passage('the NKVD'), note: 'kept in memory' });
    await store.save();
    assert.equal(readFileSync(file, 'utf8'), '{ not json');
  });
});
