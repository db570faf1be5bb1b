// Moving an annotation between the shared store and a private one: the copy is saved before the original goes,
// so no failure loses it.
import * as assert from 'node:assert/strict';
import { AnnotationStore, fileNameOf, FolderLayout, moveAnnotation, serializeEntry, type Json } from '../../../src/core/annotations';
import { passage } from './fixtures';
import { MemoryFileSystem } from './memoryFileSystem';

const SHARED = '/ws/.opis/annotations';
const PRIVATE = '/data/opis/annotations/0123456789abcdef';

/** A file system whose removals of `failing` throw, as a file held open or a vanished mount would. */
class RemovalFails extends MemoryFileSystem {
  readonly failing = new Set<string>();
  override async remove(file: string): Promise<void> {
    if (this.failing.has(file)) throw new Error(`${file}: operation not permitted`);
    return super.remove(file);
  }
}

describe('moving an annotation between stores', () => {
  let fs: RemovalFails;
  let shared: AnnotationStore;
  let mine: AnnotationStore;
  let id: string;
  let replyId: string;

  beforeEach(async () => {
    fs = new RemovalFails();
    let n = 0;
    const options = { creator: 'Olga', newId: () => `urn:uuid:n-${++n}`, now: () => new Date(Date.UTC(2024, 0, 1, 0, 0, n)) };
    shared = new AnnotationStore(fs, new FolderLayout(SHARED, '/ws/.opis'), options);
    mine = new AnnotationStore(fs, new FolderLayout(PRIVATE, '/data/opis/annotations'), options);
    id = shared.add({ ...passage('regional party secretary'), note: 'Who held it in 1934?', tags: ['obkom'] }).id;
    replyId = shared.addReply(id, 'Kabakov, until 1937.')!.id;
    assert.ok((await shared.save()).ok);
  });

  const filesIn = (folder: string) => [...fs.files.keys()].filter(f => f.startsWith(`${folder}/`)).sort();

  it('writes the annotation and its replies into the other store and removes them from the first, unchanged', async () => {
    const before = structuredClone(shared.get(id));
    const moved = await moveAnnotation(shared, mine, id);
    assert.deepEqual(moved, { ok: true, annotation: before });
    assert.deepEqual(filesIn(SHARED), []);
    assert.deepEqual(filesIn(PRIVATE), [`${PRIVATE}/${fileNameOf(id)}`, `${PRIVATE}/${fileNameOf(replyId)}`].sort());
    const reread = new AnnotationStore(fs, new FolderLayout(PRIVATE, '/data/opis/annotations'));
    await reread.load();
    assert.deepEqual(reread.annotations, [before]);

    assert.equal((await moveAnnotation(mine, shared, id)).ok, true, 'and back again');
    assert.deepEqual(filesIn(PRIVATE), []);
    assert.deepEqual(shared.annotations, [before]);
  });

  it('leaves the annotation where it was when the copy cannot be written', async () => {
    fs.readOnly.add(`${PRIVATE}/${fileNameOf(replyId)}`);
    const moved = await moveAnnotation(shared, mine, id);
    assert.equal(moved.ok, false);
    assert.match(!moved.ok ? moved.message : '', /^not moved, it stays where it was: .*read-only/);
    assert.equal(shared.get(id)?.replies.length, 1);
    assert.equal(mine.get(id), undefined, 'no copy is left in memory to be written later');
    assert.deepEqual(filesIn(SHARED), [`${SHARED}/${fileNameOf(id)}`, `${SHARED}/${fileNameOf(replyId)}`].sort());
  });

  it('keeps it in both stores when the original cannot be removed, and says so', async () => {
    fs.failing.add(`${SHARED}/${fileNameOf(id)}`);
    const moved = await moveAnnotation(shared, mine, id);
    assert.equal(moved.ok, false);
    assert.match(!moved.ok ? moved.message : '', /so it is in both: .*operation not permitted/);
    assert.ok(shared.get(id), 'the original is still shown');
    assert.ok(mine.get(id));
    assert.ok(fs.files.has(`${SHARED}/${fileNameOf(id)}`));
    assert.ok(fs.files.has(`${PRIVATE}/${fileNameOf(id)}`));
  });

  it('refuses an annotation in conflict, whose other versions would be lost', async () => {
    const file = `${SHARED}/${fileNameOf(id)}`;
    const { '@context': _context, version: _version, ...first } = JSON.parse(fs.text(file)!) as Json;
    const boris = { ...first, modified: '2024-02-01T00:00:00.000Z', creator: { type: 'Person', name: 'Boris' } };
    fs.setText(file, serializeEntry(id, { versions: [first, boris] }));
    await shared.load();
    assert.equal(shared.conflicts().length, 1);
    const moved = await moveAnnotation(shared, mine, id);
    assert.deepEqual(moved, { ok: false, message: 'it was changed in two places; resolve the conflict first, so that no version is lost' });
    assert.deepEqual(filesIn(PRIVATE), []);
  });
});
