// The one test on the real file system: atomic replace, corrupt copy and directory creation on disk.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnnotationStore, nodeStoreFileSystem, STORE_PATH } from '../../../src/core/annotations';
import { passage } from './fixtures';

describe('AnnotationStore on the real file system', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'opis-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates .opis/annotations.json, replaces it atomically and leaves no temporary file', async () => {
    const file = path.join(dir, STORE_PATH);
    const store = new AnnotationStore(nodeStoreFileSystem, file);
    await store.load();
    store.add({ ...passage('the NKVD'), note: 'one' });
    await store.save();
    store.add({ ...passage('regional party'), note: 'two' });
    await store.save();
    assert.deepEqual(readdirSync(path.dirname(file)), ['annotations.json']);
    const reopened = new AnnotationStore(nodeStoreFileSystem, file);
    await reopened.load();
    assert.deepEqual(reopened.annotations.map(a => a.note), ['one', 'two']);
  });

  it('keeps a copy of an unreadable store next to it and leaves the store untouched', async () => {
    const file = path.join(dir, 'annotations.json');
    writeFileSync(file, '{ not json');
    const store = new AnnotationStore(nodeStoreFileSystem, file);
    const status = await store.load();
    assert.equal(status.ok, false);
    const copies = readdirSync(dir).filter(f => f.startsWith('annotations.json.corrupt-'));
    assert.equal(copies.length, 1);
    assert.equal(readFileSync(path.join(dir, copies[0]), 'utf8'), '{ not json');
    store.add({ ...passage('the NKVD'), note: 'kept in memory' });
    await store.save();
    assert.equal(readFileSync(file, 'utf8'), '{ not json');
  });
});
