// Runs against the packaged VSIX installed with --install-extension (no development path): the shipped
// artifact itself activates and works.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { semanticTokens } from '../integration/suite/helpers';

suite('installed VSIX', () => {
  test('Opis is installed from the VSIX (not a development folder) and activates', async () => {
    const ext = vscode.extensions.getExtension('opis-history.opis');
    assert.ok(ext, 'the installed extension is found');
    assert.match(ext.extensionPath, /[\\/]extensions[\\/]opis-history\.opis-/, `installed under the extensions folder, not ${ext.extensionPath}`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  test('the shipped bundle opens the shipped article', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('opis.openArticle');
    assert.ok(editor);
    assert.match(editor.document.getText(), /Dual subordination\?/);
  });

  test('the shipped word list and data files are found: romanized words, terms and names are highlighted', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('opis.openArticle');
    assert.ok(editor);
    const types = new Set((await semanticTokens(editor.document)).map(t => t.type));
    assert.deepStrictEqual([...types].sort(), ['glossaryTerm', 'officialName', 'romanizedRussian']);
  });
});
