import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OfficialsHandle } from '../../../src/features/officials';
import type { OfficialPickItem } from '../../../src/features/officials/findOfficialCommand';
import { activateOpis, ARTICLE, hoverText, openWorkspaceFile, waitFor } from './helpers';

async function officials(): Promise<OfficialsHandle> {
  await activateOpis();
  const handle = await vscode.commands.executeCommand<OfficialsHandle>('opis.officials.inspect');
  assert.ok(handle, 'opis.officials.inspect returns the feature handle');
  await handle.store.ready;
  await waitFor(handle.store.onDidChange, () => handle.store.index?.officials.length, 'the officials index');
  return handle;
}

/** The position of the first `text` in the editor's document. */
function positionOf(editor: vscode.TextEditor, text: string): vscode.Position {
  const offset = editor.document.getText().indexOf(text);
  assert.ok(offset >= 0, `${text} is in the article`);
  return editor.document.positionAt(offset + 1);
}

suite('officials', () => {
  test('workspace symbols find an official in another romanization, at the first mention', async () => {
    await officials();
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Yezhov');
    const ezhov = symbols.find(symbol => symbol.name === 'Ezhov');
    assert.ok(ezhov, `symbols: ${symbols.map(symbol => symbol.name).join(', ')}`);
    assert.ok(ezhov.location.uri.path.endsWith(`/${ARTICLE}`));
    const doc = await vscode.workspace.openTextDocument(ezhov.location.uri);
    assert.strictEqual(doc.getText(ezhov.location.range), 'Ezhov');
  });

  test('Find All References on a name lists every mention, case forms included', async () => {
    const handle = await officials();
    const editor = await openWorkspaceFile(ARTICLE);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor, 'Kabakov'));
    const kabakov = locations.filter(location => editor.document.getText(location.range).includes('Kabakov'));
    assert.strictEqual(kabakov.length, handle.store.index?.mentionsOf('kabakov').length);
    assert.ok(kabakov.length >= 15);
    assert.ok(kabakov.some(location => editor.document.getText(location.range).startsWith('Kabakova')), 'genitive file titles count');
  });

  test('hover on a name shows the full name, Cyrillic and roles as untrusted Markdown', async () => {
    await officials();
    const editor = await openWorkspaceFile(ARTICLE);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor, 'Reshetov'));
    const text = hoverText(hovers);
    assert.match(text, /Reshetov/);
    assert.match(text, /Решетов/);
    assert.match(text, /regional NKVD representative/);
    assert.match(text, /First mention/);
    const [content] = hovers.flatMap(hover => hover.contents);
    assert.ok(content instanceof vscode.MarkdownString && !content.isTrusted && !content.supportHtml, 'untrusted Markdown');
  });

  test('Find Official… opens a QuickPick whose first result for "Yezhov" is Ezhov', async () => {
    await officials();
    const quickPick = await vscode.commands.executeCommand<vscode.QuickPick<OfficialPickItem>>('opis.findOfficial', 'Yezhov');
    try {
      assert.ok(quickPick, 'the command returns its QuickPick');
      assert.strictEqual(quickPick.value, 'Yezhov');
      const [first] = quickPick.items;
      assert.strictEqual(first?.label, 'Ezhov');
      assert.match(first.description ?? '', /^Yezhov · .*NKVD/, 'the spelling typed is shown (and highlighted) beside the role');
      assert.strictEqual(first.detail, 'Ежов · 2 mentions');
      assert.deepStrictEqual(first.highlights, [[0, 5]]);
    } finally {
      quickPick?.hide();
    }
  });

  test('the Officials view groups people by affiliation, with mention counts', async () => {
    const { provider } = await officials();
    const groups = provider.getChildren();
    const labels = groups.map(node => provider.getTreeItem(node).label);
    for (const expected of ['Central Committee', 'NKVD', 'Obkom', 'OGPU', 'Politbiuro', 'Sovnarkom']) assert.ok(labels.includes(expected), `${expected} in ${labels.join(', ')}`);
    assert.strictEqual(labels[labels.length - 1], 'Other');
    const nkvd = groups[labels.indexOf('NKVD')];
    const people = provider.getChildren(nkvd).map(node => provider.getTreeItem(node));
    assert.deepStrictEqual(people.map(item => item.label), ['Beriia', 'Dmitriev', 'Ezhov', 'Reshetov']);
    assert.deepStrictEqual(people.map(item => item.description), ['1 mention', '4 mentions', '2 mentions', '6 mentions']);
    assert.strictEqual(people[3].command?.command, 'opis.officials.revealMention');
  });
});
