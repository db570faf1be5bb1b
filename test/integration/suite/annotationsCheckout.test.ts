import * as assert from 'assert';
import * as vscode from 'vscode';
import { fileNameOf } from '../../../src/core/annotations';
import { nodeStoreFileSystem } from '../../../src/node/nodeStoreFileSystem';
import { activateOpis, ARTICLE, inspectAnnotations as inspect, openWorkspaceFile, untilAnnotations as until } from './helpers';

// A branch switch done outside the window: git replaces the folder's .opis/annotations/ wholesale (every file
// rewritten or removed, the folder itself removed when the branch has none). Threads and the Annotations view
// follow; what the checkout removed stays removed; a change not yet saved here is kept on top.
const PASSAGES = ['the regional party recruited most officials of the political police', 'Fainsod admitted that the documentary record'];

suite('annotations: a branch switched outside the window', () => {
  let editor: vscode.TextEditor;
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const folder = () => vscode.Uri.joinPath(root(), '.opis', 'annotations');

  async function annotate(passage: string, note: string): Promise<string> {
    const at = editor.document.getText().indexOf(passage);
    assert.ok(at >= 0, passage);
    const id = await vscode.commands.executeCommand<string>('opis.annotateSelection', {
      uri: editor.document.uri,
      range: new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + passage.length)),
      note,
    });
    assert.ok(id);
    return id;
  }

  /** The folder's files by name, as a branch holds them. */
  async function branch(): Promise<Map<string, Uint8Array>> {
    const files = new Map<string, Uint8Array>();
    for (const [name] of await vscode.workspace.fs.readDirectory(folder())) files.set(name, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), name)));
    return files;
  }

  /** What a checkout does to the folder: all of it goes, then the other branch's files are written. */
  async function checkout(files: Map<string, Uint8Array>): Promise<void> {
    await vscode.workspace.fs.delete(folder(), { recursive: true });
    for (const [name, bytes] of files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), name), bytes);
  }

  const notes = (s: Awaited<ReturnType<typeof inspect>>) => new Map(s.threads.map(t => [t.id, t.comments[0]?.body]));

  /** The folder's files once `holds` is true of them, read again at each change the file watcher reports (bounded). */
  async function onDiskWhen(holds: (files: Map<string, Uint8Array>) => boolean, ms = 20_000): Promise<Map<string, Uint8Array>> {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder(), '*'));
    const deadline = Date.now() + ms;
    try {
      for (;;) {
        const changed = new Promise<void>(resolve => {
          const subscriptions = [watcher.onDidChange(() => done()), watcher.onDidCreate(() => done())];
          const timer = setTimeout(() => done(), Math.max(0, deadline - Date.now()));
          const done = () => {
            clearTimeout(timer);
            subscriptions.forEach(s => s.dispose());
            resolve();
          };
        });
        const files = await branch();
        if (holds(files) || Date.now() >= deadline) return files;
        await changed;
      }
    } finally {
      watcher.dispose();
    }
  }

  suiteSetup(async () => {
    await activateOpis();
    editor = await openWorkspaceFile(ARTICLE);
  });

  test('switching to a branch without annotations and back removes and restores threads and view entries, and a reload writes nothing back', async () => {
    const first = await annotate(PASSAGES[0], 'On main.');
    const second = await annotate(PASSAGES[1], 'Also on main.');
    const main = await branch();

    await checkout(new Map());
    await until('every thread of main to go', s => (s.threads.some(t => t.id === first || t.id === second) ? undefined : true));
    assert.ok(!(await inspect()).view.some(e => e.id === first || e.id === second), 'the view follows');
    await vscode.commands.executeCommand('opis.annotations.restart');
    assert.ok(!(await inspect()).threads.some(t => t.id === first), 'nothing that git removed is written back');
    assert.ok(!(await vscode.workspace.fs.readDirectory(folder()).then(entries => entries.length, () => 0)), 'the folder stays empty');

    await checkout(main);
    const back = await until('main’s threads', s => (s.threads.some(t => t.id === first) && s.threads.some(t => t.id === second) ? s : undefined));
    assert.deepStrictEqual([notes(back).get(first), notes(back).get(second)], ['On main.', 'Also on main.']);
    assert.ok(back.view.some(e => e.id === first) && back.view.some(e => e.id === second));
    for (const id of [first, second]) await vscode.commands.executeCommand('opis.annotation.delete', { id });
  });

  test('a checkout while an edit waits to be saved: the branch’s removals and additions are taken, the edit is kept on top', async () => {
    const kept = await annotate(PASSAGES[0], 'Before the switch.');
    const removed = await annotate(PASSAGES[1], 'Only on the old branch.');
    const old = await branch();
    // The other branch: the first note as it was, the second gone, a colleague's note added.
    const added = 'urn:uuid:3c2a-from-the-other-branch';
    const text = new TextDecoder().decode(old.get(fileNameOf(kept))).split(kept).join(added).replace('Before the switch.', 'From the other branch.');
    const other = new Map(old);
    other.delete(fileNameOf(removed));
    other.set(fileNameOf(added), new TextEncoder().encode(text));

    // Another writer (a script, another window) holds the store's lock, so the edit below stays in memory. It takes
    // the lock as every writer does, waiting while this window's store holds it (a folder made beside the store
    // would be taken for the lock even when the store held it then, and released with it).
    const release = await nodeStoreFileSystem.lock!(folder().fsPath);
    const saving = vscode.commands.executeCommand('opis.annotation.saveEdit', { id: kept, note: 'Edited while the branch switched.' });
    await until('the edit in memory', s => (notes(s).get(kept) === 'Edited while the branch switched.' ? true : undefined));
    await checkout(other);
    await release();
    await saving;

    const after = await until('the other branch’s note', s => (s.threads.some(t => t.id === added) && !s.threads.some(t => t.id === removed) ? s : undefined));
    assert.strictEqual(notes(after).get(kept), 'Edited while the branch switched.');
    assert.strictEqual(notes(after).get(added), 'From the other branch.');
    assert.ok(after.view.some(e => e.id === added) && !after.view.some(e => e.id === removed), 'the view follows');
    const edited = (files: Map<string, Uint8Array>) => /Edited while the branch switched\./.test(new TextDecoder().decode(files.get(fileNameOf(kept))));
    const onDisk = await onDiskWhen(edited);
    assert.deepStrictEqual([...onDisk.keys()].sort(), [...other.keys()].sort(), 'the removed note is not written back');
    assert.ok(edited(onDisk), new TextDecoder().decode(onDisk.get(fileNameOf(kept))));

    await vscode.commands.executeCommand('opis.annotations.restart');
    assert.deepStrictEqual([...notes(await inspect()).keys()].filter(id => id === removed), []);
    for (const id of [kept, added]) await vscode.commands.executeCommand('opis.annotation.delete', { id });
  });
});
