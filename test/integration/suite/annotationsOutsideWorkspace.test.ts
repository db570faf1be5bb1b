import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnnotationsSnapshot } from '../../../src/features/annotations';
import { activateOpis } from './helpers';

const inspect = () => vscode.commands.executeCommand<AnnotationsSnapshot>('opis.annotations.inspect');

suite('annotations outside the workspace folders', () => {
  test('a note on the article shipped with Opis is kept and comes back after a reload', async () => {
    await activateOpis();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('opis.openArticle');
    assert.ok(editor);
    assert.strictEqual(vscode.workspace.getWorkspaceFolder(editor.document.uri), undefined, 'the shipped article is outside the workspace');
    const text = editor.document.getText();
    const quote = 'the local political police plenipotentiary was a central member';
    const at = text.toLowerCase().indexOf(quote);
    assert.ok(at >= 0, 'the article has the passage');
    const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + quote.length));
    const id = await vscode.commands.executeCommand<string>('opis.annotateSelection', { uri: editor.document.uri, range, note: 'The plenipotentiary in the family circle.' });
    assert.ok(id, 'the note is created, not refused');

    await vscode.commands.executeCommand('opis.annotations.restart');
    const thread = (await inspect()).threads.find(t => t.id === id);
    assert.ok(thread, 'after a reload the note is back');
    assert.strictEqual(thread.uri, editor.document.uri.toString());
    assert.deepStrictEqual(thread.range, [range.start.line, range.start.character, range.end.line, range.end.character]);
    assert.ok(thread.comments[0].body.includes('family circle'));

    await vscode.commands.executeCommand('opis.annotation.delete', { id });
    assert.strictEqual((await inspect()).threads.find(t => t.id === id), undefined);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
