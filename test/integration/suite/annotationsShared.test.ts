import * as assert from 'assert';
import * as vscode from 'vscode';
import { fileNameOf, serializeEntry, type Json } from '../../../src/core/annotations';
import { activateOpis, ARTICLE, inspectAnnotations as inspect, openWorkspaceFile, untilAnnotations as until } from './helpers';

// Annotations as a colleague's pull or merge leaves them: files written and deleted in .opis/annotations/
// from outside the window, and an annotation both sides changed.
const PASSAGE = 'the regional party recruited most officials of the political police';

const folder = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.opis', 'annotations');
const fileOf = (id: string) => vscode.Uri.joinPath(folder(), fileNameOf(id));

async function storedItem(id: string): Promise<Json> {
  const { '@context': _context, version: _version, ...item } = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fileOf(id)))) as Json;
  return item;
}

/** The item with another note and author, as a colleague's edit leaves it. */
function editedBy(item: Json, name: string, note: string, modified: string): Json {
  const body = (item.body as Json[]).map(b => (b.purpose === 'commenting' ? { ...b, value: note } : b));
  return { ...item, body, creator: { type: 'Person', name }, modified };
}

const write = (id: string, versions: Json[]) => vscode.workspace.fs.writeFile(fileOf(id), new TextEncoder().encode(serializeEntry(id, { versions })));

suite('annotations shared through git', () => {
  let id: string;

  suiteSetup(async () => {
    await activateOpis();
    const editor = await openWorkspaceFile(ARTICLE);
    const at = editor.document.getText().indexOf(PASSAGE);
    const created = await vscode.commands.executeCommand<string>('opis.annotateSelection', {
      uri: editor.document.uri,
      range: new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + PASSAGE.length)),
      note: 'A note to share.',
    });
    assert.ok(created);
    id = created;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('opis.annotation.delete', { id });
  });

  test('an annotation changed on both sides is marked, compared side by side and resolved to the chosen version', async () => {
    const item = await storedItem(id);
    await write(id, [editedBy(item, 'Alice', 'Alice’s reading.', '2024-03-01T10:00:00.000Z'), editedBy(item, 'Bob', 'Bob’s reading.', '2024-03-02T10:00:00.000Z')]);
    // the store reads the conflict first, then its thread is drawn again: both are waited for
    const thread = await until('the conflict to be read and shown', s => (s.conflicts.some(c => c.id === id) ? s.threads.find(t => t.id === id && t.label?.startsWith('Conflict · ')) : undefined));
    assert.deepStrictEqual((await inspect()).conflicts, [{ id, versions: 2 }]);
    assert.ok(thread?.label?.startsWith('Conflict · '), thread?.label);
    assert.deepStrictEqual(thread.comments.map(c => c.body), ['Alice’s reading.'], 'the first version is shown until one is chosen');

    const second = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'opis-conflict', path: '/version 2.md', query: id }));
    assert.match(second.getText(), /^Author: Bob\nModified: 2024-03-02T10:00:00.000Z\n/);
    assert.ok(second.getText().includes('Bob’s reading.'));

    assert.strictEqual(await vscode.commands.executeCommand('opis.annotations.resolveConflict', id, 1), true);
    const after = await inspect();
    assert.deepStrictEqual(after.conflicts, []);
    const resolved = after.threads.find(t => t.id === id);
    assert.deepStrictEqual(resolved?.comments.map(c => c.body), ['Bob’s reading.']);
    assert.deepStrictEqual(resolved.authors, ['Bob'], 'the thread names who wrote the kept version');
    assert.ok(!resolved.label?.startsWith('Conflict'), resolved.label);
    const stored = await storedItem(id);
    assert.strictEqual(stored.type, 'Annotation', 'the file holds one annotation again, not a conflict');
    assert.strictEqual((stored.creator as Json).name, 'Bob');
    assert.strictEqual(await vscode.commands.executeCommand('opis.annotations.resolveConflict', id, 0), false, 'nothing left to resolve');
  });

  test('a file added or deleted outside the window (a pull, a checkout) shows and hides its thread', async () => {
    const other = 'urn:uuid:0f4c9a52-colleague-note';
    const item = editedBy({ ...(await storedItem(id)), id: other }, 'Carol', 'Carol’s note from the pull.', '2024-04-01T00:00:00.000Z');
    await write(other, [item]);
    const thread = await until('the pulled note’s thread', s => s.threads.find(t => t.id === other));
    assert.deepStrictEqual(thread.comments.map(c => c.body), ['Carol’s note from the pull.']);
    assert.deepStrictEqual(thread.authors, ['Carol']);

    await vscode.workspace.fs.delete(fileOf(other));
    await until('the deleted note’s thread to go', s => (s.threads.some(t => t.id === other) ? undefined : true));
    await vscode.commands.executeCommand('opis.annotations.restart');
    assert.ok(!(await inspect()).threads.some(t => t.id === other), 'a reload does not write back what was deleted on disk');
    assert.ok((await inspect()).threads.some(t => t.id === id), 'the other notes stay');
  });
});
