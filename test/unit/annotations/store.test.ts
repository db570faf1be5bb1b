import * as assert from 'node:assert/strict';
import { fileNameOf, parseStore, serializeStore } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';
import { FILE, FOLDER, passage, storeOn, type LayoutName } from './fixtures';

const ok = { ok: true, messages: [] };

for (const layout of ['folder', 'file'] as LayoutName[]) {
  const on = (fs: MemoryFileSystem, who = 'alice', start = Date.UTC(2024, 0, 1)) => storeOn(fs, who, start, layout);
  /** Every text the store wrote, joined: the collection, or each annotation file. */
  const stored = (fs: MemoryFileSystem) => [...fs.files.keys()].filter(f => f === FILE || f.startsWith(`${FOLDER}/`)).map(f => fs.text(f)).join('\n');

  describe(`AnnotationStore (${layout === 'folder' ? 'one file per annotation' : 'one collection file'})`, () => {
    it('starts empty, creates the store on save, and round-trips annotations, tags and replies', async () => {
      const fs = new MemoryFileSystem();
      const store = on(fs);
      assert.deepEqual(await store.load(), ok);
      const a = store.add({ ...passage('directly handled problems'), note: 'Fainsod.', tags: ['party'], category: 'Evidence' });
      store.addReply(a.id, 'Compare the obkom files.');
      await store.save();
      if (layout === 'folder') assert.deepEqual([...fs.files.keys()].sort(), [`${FOLDER}/${fileNameOf(a.id)}`, `${FOLDER}/${fileNameOf('urn:uuid:alice-2')}`].sort());
      const again = on(new MemoryFileSystem());
      const copy = (again as unknown as { fs: MemoryFileSystem }).fs;
      for (const [f, b] of fs.files) copy.files.set(f, b);
      await again.load();
      assert.deepEqual(again.annotations, store.annotations);
      const before = stored(fs);
      await store.save();
      assert.equal(stored(fs), before, 'saving without changes rewrites nothing');
    });

    it('tells whether the store on disk changed since its last read, without taking the change in', async () => {
      const fs = new MemoryFileSystem();
      const alice = on(fs, 'alice');
      alice.add({ ...passage('the NKVD'), note: 'mine' });
      await alice.save();
      await alice.load();
      assert.equal(await alice.changedOnDisk(), false, 'nothing changed since the read');
      const bob = on(fs, 'bob');
      await bob.load();
      const added = bob.add({ ...passage('directly handled'), note: "bob's" });
      await bob.save();
      assert.equal(await alice.changedOnDisk(), true, 'a file added by another writer');
      assert.deepEqual(alice.annotations.map(a => a.note), ['mine'], 'the check takes nothing in');
      await alice.load();
      assert.equal(await alice.changedOnDisk(), false);
      bob.remove(added.id);
      await bob.save();
      assert.equal(await alice.changedOnDisk(), true, 'the same file deleted again');
    });

    it('keeps what another writer saved, takes their deletions, and keeps an edit over a deletion', async () => {
      const fs = new MemoryFileSystem();
      const alice = on(fs, 'alice');
      const shared = alice.add({ ...passage('the NKVD'), note: 'shared' });
      const doomed = alice.add({ ...passage('directly handled'), note: 'to delete' });
      const gone = alice.add({ ...passage('regional party'), note: 'bob deletes' });
      await alice.save();
      const bob = on(fs, 'bob');
      await bob.load();
      bob.add({ ...passage('problems involving'), note: "bob's" });
      bob.update(doomed.id, { note: 'edited by bob' });
      bob.remove(gone.id);
      await bob.save();
      alice.remove(doomed.id);
      alice.update(shared.id, { tags: ['police'] });
      await alice.save();
      const check = on(fs, 'carol');
      await check.load();
      assert.deepEqual(check.annotations.map(a => a.note).sort(), ["bob's", 'edited by bob', 'shared']);
      assert.deepEqual(check.get(shared.id)?.tags, ['police']);
    });

    it('keeps both versions of an annotation edited here and on disk as a conflict, and resolves it by choice', async () => {
      const fs = new MemoryFileSystem();
      const alice = on(fs, 'alice');
      const a = alice.add({ ...passage('the NKVD'), note: 'v1' });
      await alice.save();
      const bob = on(fs, 'bob', Date.UTC(2030, 0, 1));
      await bob.load();
      bob.update(a.id, { note: 'bob, later' });
      await bob.save();
      alice.update(a.id, { note: 'alice, earlier' });
      await alice.save();
      const [conflict] = alice.conflicts();
      assert.equal(conflict.id, a.id);
      assert.deepEqual(conflict.versions.map(v => (v.body as { value: string }[])[0].value), ['alice, earlier', 'bob, later']);
      await bob.load();
      assert.equal(bob.conflicts().length, 1, 'the conflict is on disk for every reader');
      assert.ok(bob.resolve(a.id, 1));
      await bob.save();
      await alice.load();
      assert.deepEqual(alice.conflicts(), []);
      assert.equal(alice.get(a.id)?.note, 'bob, later');
    });

    it('takes a valid store with fewer annotations (a checkout) as the truth, keeping only unsaved changes', async () => {
      const fs = new MemoryFileSystem();
      const store = on(fs);
      store.add({ ...passage('the NKVD'), note: 'checked out away' });
      await store.save();
      for (const f of [...fs.files.keys()]) fs.files.delete(f);
      store.add({ ...passage('regional party'), note: 'unsaved' });
      await store.load();
      assert.deepEqual(store.annotations.map(a => a.note), ['unsaved']);
    });

    for (const damage of ['0 bytes', 'Windows-1251', 'half a file'] as const) {
      it(`keeps a damaged store's bytes aside (${damage}), writes it again only from what it read whole`, async () => {
        const fs = new MemoryFileSystem();
        const alice = on(fs, 'alice');
        const a = alice.add({ ...passage('the NKVD'), note: 'first' });
        await alice.save();
        const file = layout === 'file' ? FILE : `${FOLDER}/${fileNameOf(a.id)}`;
        const good = fs.files.get(file)!;
        const bad = damage === '0 bytes' ? new Uint8Array() : damage === 'Windows-1251' ? Uint8Array.from([0x7b, 0xcf, 0xf0, 0xe8, 0x7d]) : good.slice(0, good.length >> 1);
        fs.files.set(file, bad);
        const bob = on(fs, 'bob');
        const status = await bob.load();
        assert.equal(status.ok, layout === 'folder', JSON.stringify(status));
        assert.match(status.messages.join(' '), /is empty|not UTF-8|not valid JSON/);
        const [kept] = bob.kept();
        assert.ok(kept.copy);
        assert.deepEqual(fs.files.get(kept.copy), bad);
        bob.add({ ...passage('regional party'), note: "bob's" });
        await bob.save();
        assert.deepEqual(fs.files.get(file), layout === 'file' ? bad : bad, 'a store that never read it whole leaves it');
        await alice.save();
        await bob.save();
        const check = on(fs, 'carol');
        assert.deepEqual((await check.load()).ok, true);
        assert.deepEqual(check.annotations.map(x => x.note).sort(), ["bob's", 'first']);
        assert.ok((await bob.compareKept(kept)).kept);
      });
    }

    it('keeps both annotations that share an id, the second under a new id, and says so', async () => {
      const fs = new MemoryFileSystem();
      const alice = on(fs, 'alice');
      const a = alice.add({ ...passage('the NKVD'), note: 'one' });
      await alice.save();
      if (layout === 'file') {
        const json = JSON.parse(fs.text(FILE)!);
        json.first.items.push(JSON.parse(JSON.stringify(json.first.items[0]).replace('"one"', '"two"')));
        fs.setText(FILE, JSON.stringify(json));
      }
      else fs.files.set(`${FOLDER}/copy.json`, new TextEncoder().encode(fs.text(`${FOLDER}/${fileNameOf(a.id)}`)!.replace('"one"', '"two"')));
      const bob = on(fs, 'bob');
      const status = await bob.load();
      assert.match(status.messages.join(' '), /two annotations share the id urn:uuid:alice-1/);
      assert.deepEqual(bob.annotations.map(x => x.note).sort(), ['one', 'two']);
      await bob.save();
      const check = on(fs, 'carol');
      await check.load();
      assert.deepEqual(check.annotations.map(x => x.note).sort(), ['one', 'two']);
      assert.deepEqual((await check.load()).messages, [], 'renamed once, on disk');
    });

    it('refuses to write what it could not read back, and writes no position it does not know', async () => {
      const fs = new MemoryFileSystem();
      const store = on(fs);
      store.add({ ...passage('the NKVD'), position: { start: -1, end: -1 } });
      assert.deepEqual(await store.save(), ok);
      assert.ok(!stored(fs).includes('TextPositionSelector'));
      store.add({ ...passage('the NKVD'), position: { start: 1.5, end: 3 } });
      const status = await store.save();
      assert.equal(status.ok, false);
      assert.match(status.messages[0], /not saved: .* would not be readable/);
      const check = on(fs, 'bob');
      assert.deepEqual(await check.load(), ok);
    });

    for (const crashOn of ['write', 'rename'] as const) {
      it(`loses nothing when a save crashes (${crashOn}), and removes the temporary file at the next load`, async () => {
        const fs = new MemoryFileSystem();
        const store = on(fs);
        store.add({ ...passage('the NKVD'), note: 'first' });
        await store.save();
        store.add({ ...passage('directly handled problems'), note: 'second' });
        fs.crashOn = crashOn;
        await assert.rejects(store.save(), /simulated crash/);
        assert.ok([...fs.files.keys()].some(f => f.includes('.opis-tmp-')));
        const reopened = on(fs, 'bob');
        await reopened.load();
        assert.ok(![...fs.files.keys()].some(f => f.includes('.opis-tmp-')));
        assert.deepEqual(reopened.annotations.map(a => a.note), ['first']);
        await store.save();
        await reopened.load();
        assert.deepEqual(reopened.annotations.map(a => a.note).sort(), ['first', 'second']);
      });
    }

    it('reports a read-only store, leaves it, and keeps the changes in memory', async () => {
      const fs = new MemoryFileSystem();
      const store = on(fs);
      store.add({ ...passage('the NKVD'), note: 'one' });
      await store.save();
      const before = stored(fs);
      for (const f of fs.files.keys()) fs.readOnly.add(f);
      if (layout === 'folder') fs.readOnly.add(`${FOLDER}/${fileNameOf('urn:uuid:alice-2')}`);
      store.add({ ...passage('regional party'), note: 'two' });
      const status = await store.save();
      assert.equal(status.ok, false);
      assert.match(status.messages[0], /read-only; changes are kept in memory/);
      assert.equal(stored(fs), before);
      assert.equal(store.annotations.length, 2);
    });

    it('reads a file with git conflict markers as a conflict keeping both sides', async () => {
      const fs = new MemoryFileSystem();
      const alice = on(fs);
      const a = alice.add({ ...passage('the NKVD'), note: 'ours' });
      await alice.save();
      const file = layout === 'file' ? FILE : `${FOLDER}/${fileNameOf(a.id)}`;
      const text = fs.text(file)!;
      const line = text.split('\n').find(l => l.includes('"ours"'))!;
      fs.setText(file, text.replace(line, `<<<<<<< HEAD\n${line}\n=======\n${line.replace('ours', 'theirs')}\n>>>>>>> other`));
      const bob = on(fs, 'bob');
      await bob.load();
      assert.deepEqual(bob.conflicts()[0].versions.map(v => (v.body as { value: string }[])[0].value), ['ours', 'theirs']);
      await bob.save();
      assert.ok(!fs.text(file)!.includes('<<<<<<<'), 'rewritten as valid JSON');
      assert.equal(on(fs, 'carol').annotations.length, 0);
    });

    it('in an untrusted workspace writes nothing: no save, no copy, no temporary clean-up', async () => {
      const fs = new MemoryFileSystem();
      fs.setText(layout === 'file' ? FILE : `${FOLDER}/x.json`, '{ not json');
      fs.setText(`${FOLDER}/x.json.opis-tmp-1`, 'left');
      const before = [...fs.files.keys()].sort();
      const store = storeOn(fs, 'alice', 0, layout, { trusted: false });
      const status = await store.load();
      assert.match(status.messages.join(' '), /could not be copied aside/);
      store.add({ ...passage('the NKVD') });
      assert.equal((await store.save()).ok, false);
      assert.deepEqual([...fs.files.keys()].sort(), before);
    });
  });
}

describe('AnnotationStore: the workspace folder layout and the single file it replaces', () => {
  it('migrates .opis/annotations.json when trusted: equal annotation for annotation, replies as files, a backup kept', async () => {
    const fs = new MemoryFileSystem();
    const old = storeOn(fs, 'alice', Date.UTC(2024, 0, 1), 'file');
    const a = old.add({ ...passage('the NKVD'), note: 'n', tags: ['t'] });
    old.addReply(a.id, 'first reply');
    old.addReply(a.id, 'second reply');
    old.add({ ...passage('regional party'), category: 'Question' });
    await old.save();
    const legacyBytes = fs.files.get(FILE)!;
    const untrusted = storeOn(fs, 'bob', 0, 'folder', { trusted: false });
    await untrusted.load();
    assert.deepEqual(fs.files.get(FILE), legacyBytes, 'no migration in an untrusted workspace');
    assert.deepEqual(untrusted.annotations, old.annotations, 'but it reads it');
    const store = storeOn(fs, 'bob', 0, 'folder');
    await store.load();
    assert.equal(fs.files.get(FILE), undefined);
    const backup = [...fs.files.keys()].find(f => f.startsWith(`${FILE}.backup-`))!;
    assert.deepEqual(fs.files.get(backup), legacyBytes);
    assert.equal([...fs.files.keys()].filter(f => f.startsWith(`${FOLDER}/`)).length, 4);
    const reread = storeOn(fs, 'carol', 0, 'folder');
    await reread.load();
    const byId = (xs: readonly { id: string }[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
    assert.deepEqual(byId(reread.annotations), byId(old.annotations));
    assert.deepEqual(reread.get(a.id)?.replies.map(r => r.note), ['first reply', 'second reply']);
  });

  it('serializes a collection that parseStore reads back', () => {
    const set = { annotations: [{ ...passage('the NKVD'), id: 'urn:x:1', note: '', tags: [], category: 'Note', created: 'c', modified: 'c', replies: [] }], foreign: [] };
    const read = parseStore(serializeStore(set), FILE);
    assert.ok(read.ok);
    assert.deepEqual(read.ok && read.set, set);
  });
});
