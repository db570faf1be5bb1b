import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateOpis, EXTENSION_ID } from './helpers';

interface Contributes {
  viewsContainers: { activitybar: { id: string }[] };
  views: Record<string, { id: string }[]>;
  commands: { command: string; category?: string }[];
}

suite('foundation', () => {
  test('Opis activates and contributes its container, view and command', async () => {
    const ext = await activateOpis();
    assert.strictEqual(ext.isActive, true);
    const pkg = ext.packageJSON as { activationEvents: string[]; contributes: Contributes };
    assert.ok(!pkg.activationEvents.includes('*'), 'never activate on *');
    assert.deepStrictEqual(pkg.contributes.viewsContainers.activitybar.map(c => c.id), ['opis']);
    assert.ok(pkg.contributes.views.opis.some(v => v.id === 'opis.argument'), 'Argument view contributed');
    const open = pkg.contributes.commands.find(c => c.command === 'opis.openArticle');
    assert.strictEqual(open?.category, 'Opis');
  });

  test('Opis: Open Article is registered and opens the bundled article', async () => {
    await activateOpis();
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('opis.openArticle'));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('opis.openArticle');
    assert.ok(editor, 'the command returns the editor it opened');
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.ok(editor.document.uri.path.endsWith('/corpus/harris-dual-subordination.md'), editor.document.uri.toString());
    assert.match(editor.document.getText(), /Dual subordination\?/);
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  test('the Argument view can be focused in the Opis container', async () => {
    await activateOpis();
    await vscode.commands.executeCommand('opis.argument.focus');
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('workbench.view.extension.opis'), 'the activity-bar container is registered');
  });
});
