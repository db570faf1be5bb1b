import * as assert from 'assert';
import * as vscode from 'vscode';
import { fileNameOf } from '../../../src/core/annotations';
import { activateOpis, ARTICLE, inspectAnnotations as inspect, openWorkspaceFile } from './helpers';

// Private annotations: kept in the extension's own storage, never in the workspace (so never committed),
// marked as private, and moved between the two stores without loss.
const PASSAGE = 'the regional party recruited most officials of the political police';

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

suite('annotations: private and shared', () => {
  let editor: vscode.TextEditor;
  let shared: vscode.Uri;
  let own: vscode.Uri;

  const annotate = (note: string) => {
    const at = editor.document.getText().indexOf(PASSAGE);
    return vscode.commands.executeCommand<string>('opis.annotateSelection', {
      uri: editor.document.uri,
      range: new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + PASSAGE.length)),
      note,
    });
  };
  const labelOf = async (id: string) => (await inspect()).threads.find(t => t.id === id)?.label;
  const sharedFile = (id: string) => vscode.Uri.joinPath(shared, fileNameOf(id));
  const privateFile = (id: string) => vscode.Uri.joinPath(own, fileNameOf(id));

  suiteSetup(async () => {
    await activateOpis();
    editor = await openWorkspaceFile(ARTICLE);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const stores = (await inspect()).stores.find(s => s.folder === folder.toString());
    assert.ok(stores, 'the workspace folder has its stores');
    shared = vscode.Uri.file(stores.shared);
    own = vscode.Uri.file(stores.private);
    assert.ok(!own.path.startsWith(`${folder.path}/`), `private notes are kept outside the workspace: ${own.path}`);
  });

  test('Make Annotation Private / Shared moves a note with its reply out of the repository, marked, and back', async () => {
    const id = await annotate('Shared by default.');
    assert.ok(id);
    const replyId = await vscode.commands.executeCommand<string>('opis.annotation.reply', { id, note: 'A reply travels with its note.' });
    assert.ok(await exists(sharedFile(id)));
    assert.strictEqual(await labelOf(id), 'Note');

    assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.toggleSharing', id), true);
    assert.strictEqual(await labelOf(id), 'Private · Note');
    assert.deepStrictEqual((await inspect()).threads.find(t => t.id === id)?.comments.map(c => c.body), ['Shared by default.', 'A reply travels with its note.']);
    assert.ok(!(await exists(sharedFile(id))) && !(await exists(sharedFile(replyId))), 'nothing of it is left in .opis/annotations/');
    assert.ok((await exists(privateFile(id))) && (await exists(privateFile(replyId))));

    await vscode.commands.executeCommand('opis.annotations.restart');
    assert.strictEqual(await labelOf(id), 'Private · Note', 'read back from the private store after a reload');

    assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.toggleSharing', id, false), true);
    assert.strictEqual(await labelOf(id), 'Note');
    assert.ok((await exists(sharedFile(id))) && (await exists(sharedFile(replyId))));
    assert.ok(!(await exists(privateFile(id))) && !(await exists(privateFile(replyId))));
    assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.delete', { id }), true);
  });

  test('with opis.annotations.defaultSharing set to private, new notes are private, and Undo of a delete puts one back there', async () => {
    const settings = vscode.workspace.getConfiguration('opis');
    await settings.update('annotations.defaultSharing', 'private', vscode.ConfigurationTarget.Global);
    try {
      const id = await annotate('Private from the start.');
      assert.ok(id);
      assert.strictEqual(await labelOf(id), 'Private · Note');
      assert.ok(await exists(privateFile(id)));
      assert.ok(!(await exists(sharedFile(id))));

      assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.delete', { id }), true);
      assert.ok(!(await exists(privateFile(id))));
      assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.undoDelete'), id);
      assert.strictEqual(await labelOf(id), 'Private · Note');
      assert.ok(await exists(privateFile(id)));
      assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.delete', { id }), true);
    } finally {
      await settings.update('annotations.defaultSharing', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a move whose copy cannot be written leaves the note where it was', async () => {
    const id = await annotate('Stays shared.');
    assert.ok(id);
    // A folder where the private file would go: the copy cannot be written there.
    const blocker = vscode.Uri.joinPath(privateFile(id), 'in-the-way');
    await vscode.workspace.fs.writeFile(blocker, new TextEncoder().encode('x'));
    try {
      assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.toggleSharing', id), false);
      assert.strictEqual(await labelOf(id), 'Note');
      assert.ok(await exists(sharedFile(id)), 'the shared file is untouched');
    } finally {
      await vscode.workspace.fs.delete(privateFile(id), { recursive: true });
    }
    assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.toggleSharing', id), true, 'once the way is clear it moves');
    assert.strictEqual(await labelOf(id), 'Private · Note');
    assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.delete', { id }), true);
  });
});
