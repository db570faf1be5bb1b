import * as assert from 'node:assert/strict';
import { parseStore } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';
import { FILE, passage, storeOn } from './fixtures';

describe('AnnotationStore', () => {
  it('starts empty when there is no store yet, and creates it on save', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    assert.deepEqual(await store.load(), { ok: true });
    assert.equal(store.annotations.length, 0);
    store.add({ ...passage('the NKVD'), note: 'Check.' });
    await store.save();
    assert.ok(fs.files.get(FILE)?.includes('"exact": "the NKVD"'));
  });

  it('round-trips annotations, tags, categories and replies through the file', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    const a = store.add({ ...passage('directly handled problems'), note: 'Fainsod, *Smolensk*.', tags: ['party', 'police'], category: 'Evidence' });
    store.addReply(a.id, 'Compare the obkom files.');
    store.add({ ...passage('the NKVD'), category: 'Question' });
    await store.save();

    const copy = new MemoryFileSystem();
    copy.files.set(FILE, fs.files.get(FILE)!);
    const again = storeOn(copy);
    await again.load();
    assert.deepEqual(again.annotations, store.annotations);
    assert.equal(again.annotations[0].replies[0].note, 'Compare the obkom files.');
    assert.deepEqual(again.tags(), ['party', 'police']);
  });

  it('writes W3C JSON, pretty-printed in a stable order', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    store.add({ ...passage('the NKVD'), note: 'n', tags: ['t'] });
    await store.save();
    const text = fs.files.get(FILE)!;
    const json = JSON.parse(text);
    assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(json.type, 'AnnotationCollection');
    const item = json.first.items[0];
    assert.deepEqual(Object.keys(item), ['id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'target']);
    assert.deepEqual(item.body.map((b: { purpose: string }) => b.purpose), ['commenting', 'tagging', 'classifying']);
    assert.deepEqual(item.target.selector.map((s: { type: string }) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.ok(text.startsWith('{\n  "@context"'));
    // Saving again without changes rewrites nothing, byte for byte.
    await store.save();
    assert.equal(fs.files.get(FILE), text);
  });

  it('keeps W3C properties and items it does not understand', async () => {
    const fs = new MemoryFileSystem();
    const foreign = { id: 'urn:x:page-note', type: 'Annotation', target: 'https://example.org/page', body: 'A page note' };
    const stored = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'urn:x:1',
            type: 'Annotation',
            rights: 'CC-BY',
            target: { source: 'article.md', selector: [{ type: 'TextQuoteSelector', exact: 'the NKVD' }] },
          },
          foreign,
        ],
      },
    };
    fs.files.set(FILE, JSON.stringify(stored));
    const store = storeOn(fs);
    await store.load();
    store.update('urn:x:1', { note: 'edited' });
    await store.save();
    const items = JSON.parse(fs.files.get(FILE)!).first.items;
    assert.equal(items[0].rights, 'CC-BY');
    assert.deepEqual(items[1], foreign);
  });

  it('copies an unreadable store aside, says so, and never writes over it', async () => {
    const fs = new MemoryFileSystem();
    const broken = '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n<<<<<<< HEAD\n';
    fs.files.set(FILE, broken);
    const store = storeOn(fs);
    const status = await store.load();
    assert.equal(status.ok, false);
    assert.ok(!status.ok && /annotations\.json: not valid JSON at line 3/.test(status.message), JSON.stringify(status));
    const copies = [...fs.files.keys()].filter(f => f.startsWith(`${FILE}.corrupt-`));
    assert.equal(copies.length, 1);
    assert.equal(fs.files.get(copies[0]), broken);

    const made = store.add({ ...passage('the NKVD'), note: 'made while broken' });
    assert.equal((await store.save()).ok, false);
    assert.equal(fs.files.get(FILE), broken, 'the unreadable store is left as it was');
    assert.equal([...fs.files.keys()].filter(f => f.includes('.corrupt-')).length, 1, 'copied once, not at every save');

    // Once repaired, the note made meanwhile is merged in and saved.
    const elsewhere = new MemoryFileSystem();
    const other = storeOn(elsewhere, 'bob');
    other.add({ ...passage('directly handled problems'), note: 'from the repaired file' });
    await other.save();
    fs.files.set(FILE, elsewhere.files.get(FILE)!);
    assert.deepEqual(await store.save(), { ok: true });
    const notes = parseStore(fs.files.get(FILE)!, FILE);
    assert.ok(notes.ok);
    assert.deepEqual(notes.ok && notes.set.annotations.map(a => a.note).sort(), ['from the repaired file', made.note].sort());
  });

  it('names the field when the store does not match its schema', async () => {
    const fs = new MemoryFileSystem();
    fs.files.set(FILE, JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [{ id: 'x', type: 'Annotation' }] } }));
    const status = await storeOn(fs).load();
    assert.ok(!status.ok && status.message.includes(`first.items[0] (id "x"): must have required property 'target'`), JSON.stringify(status));
  });

  for (const crashOn of ['write', 'rename'] as const) {
    it(`loses nothing when a save crashes (${crashOn === 'write' ? 'half-way through writing' : 'before replacing the store'})`, async () => {
      const fs = new MemoryFileSystem();
      const store = storeOn(fs);
      store.add({ ...passage('the NKVD'), note: 'first' });
      await store.save();
      const before = fs.files.get(FILE);

      store.add({ ...passage('directly handled problems'), note: 'second' });
      fs.crashOn = crashOn;
      await assert.rejects(store.save(), /simulated crash/);
      assert.equal(fs.files.get(FILE), before, 'the store on disk is the last complete one');
      assert.deepEqual([...fs.files.keys()], [FILE], 'no temporary file is left behind');

      const reopened = storeOn(fs, 'alice-again');
      assert.deepEqual(await reopened.load(), { ok: true });
      assert.deepEqual(reopened.annotations.map(a => a.note), ['first']);
      // The note that failed to save is still in memory and goes out with the next save.
      await store.save();
      await reopened.load();
      assert.deepEqual(reopened.annotations.map(a => a.note), ['first', 'second']);
    });
  }

  it('merges a store changed on disk by someone else instead of overwriting it', async () => {
    const fs = new MemoryFileSystem();
    const alice = storeOn(fs, 'alice');
    const shared = alice.add({ ...passage('the NKVD'), note: 'shared' });
    const doomed = alice.add({ ...passage('directly handled'), note: 'to delete' });
    await alice.save();

    const bob = storeOn(fs, 'bob', Date.UTC(2024, 0, 2));
    await bob.load();
    bob.add({ ...passage('problems involving'), note: "bob's" });
    bob.update(doomed.id, { note: 'edited by bob' });
    await bob.save();

    alice.add({ ...passage('regional party'), note: "alice's" });
    alice.remove(doomed.id);
    alice.update(shared.id, { tags: ['police'] });
    await alice.save();

    const check = storeOn(fs, 'carol');
    await check.load();
    const byNote = new Map(check.annotations.map(a => [a.note, a]));
    assert.deepEqual([...byNote.keys()].sort(), ["alice's", "bob's", 'edited by bob', 'shared']);
    assert.deepEqual(byNote.get('shared')?.tags, ['police']);
  });

  it('takes the later edit when both sides edited the same note', async () => {
    const fs = new MemoryFileSystem();
    const alice = storeOn(fs, 'alice');
    const a = alice.add({ ...passage('the NKVD'), note: 'v1' });
    await alice.save();
    const bob = storeOn(fs, 'bob', Date.UTC(2030, 0, 1));
    await bob.load();
    bob.update(a.id, { note: 'bob, later' });
    await bob.save();
    alice.update(a.id, { note: 'alice, earlier' });
    await alice.save();
    assert.equal(alice.get(a.id)?.note, 'bob, later');
  });

  it('picks up an outside change on load without losing what is unsaved here', async () => {
    const fs = new MemoryFileSystem();
    const alice = storeOn(fs, 'alice');
    await alice.load();
    const bob = storeOn(fs, 'bob');
    bob.add({ ...passage('the NKVD'), note: 'on disk' });
    await bob.save();
    alice.add({ ...passage('regional party'), note: 'unsaved' });
    await alice.load();
    assert.deepEqual(alice.annotations.map(a => a.note).sort(), ['on disk', 'unsaved']);
  });

  it('does not take a deleted store file as the deletion of every note', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOn(fs);
    store.add({ ...passage('the NKVD'), note: 'keep me' });
    await store.save();
    fs.files.delete(FILE);
    await store.load();
    assert.equal(store.annotations.length, 1);
    await store.save();
    assert.ok(fs.files.get(FILE)?.includes('keep me'));
  });

  it('restores a deleted annotation (undo) and relocates one without counting it as an edit', async () => {
    const store = storeOn(new MemoryFileSystem());
    const a = store.add({ ...passage('the NKVD'), note: 'x' });
    const removed = store.remove(a.id)!;
    assert.equal(store.annotations.length, 0);
    assert.equal(store.restore([removed]), 1);
    assert.equal(store.restore([removed]), 0, 'an id already present is not added twice');
    const moved = passage('the NKVD', 'Preface. ' + 'In the 1930s the NKVD.');
    assert.equal(store.relocate(a.id, moved), true);
    assert.deepEqual(store.get(a.id)?.position, moved.position);
    assert.equal(store.get(a.id)?.modified, a.created);
  });
});
