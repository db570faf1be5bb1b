import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OfficialsHandle } from '../../../src/features/officials';
import { holdsInOrder } from '../../../src/core/officials/symbolName';
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
  test('workspace symbols find an official in any romanization, in Cyrillic or with a typo, named so the workbench keeps them', async () => {
    await officials();
    for (const query of ['Yezhov', 'Ежов', 'Ežov', 'Yeshov', 'Ezhov']) {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
      const ezhov = symbols.find(symbol => symbol.name.startsWith('Ezhov'));
      assert.ok(ezhov, `${query}: ${symbols.map(symbol => symbol.name).join(', ')}`);
      assert.strictEqual(ezhov.name, query === 'Ezhov' ? 'Ezhov' : query === 'Yeshov' ? 'Ezhov (≈ Yeshov)' : `Ezhov (${query})`);
      assert.ok(ezhov.location.uri.path.endsWith(`/${ARTICLE}`));
      const doc = await vscode.workspace.openTextDocument(ezhov.location.uri);
      assert.strictEqual(doc.getText(ezhov.location.range), 'Ezhov');
      // Go to Symbol in Workspace drops a symbol whose name does not hold the typed letters in order.
      for (const symbol of symbols) assert.ok(holdsInOrder(symbol.name, query), `${query}: ${symbol.name}`);
    }
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

  test('Find Official… finds the historians the corpus cites, as authors, in either script', async () => {
    await officials();
    for (const query of ['Conquest', 'Конквест']) {
      const quickPick = await vscode.commands.executeCommand<vscode.QuickPick<OfficialPickItem>>('opis.findOfficial', query);
      try {
        const [first] = quickPick.items;
        assert.strictEqual(first?.label, 'Robert Conquest', `${query}: ${quickPick.items.map(item => item.label).join(', ')}`);
        assert.strictEqual(first.description, 'cited author');
        assert.strictEqual(first.author, true);
      } finally {
        quickPick?.hide();
      }
    }
  });

  test('Find Official… finds the historians the notes cite in a folder without an officials file', async () => {
    const handle = await officials();
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'officials.json');
    const original = await vscode.workspace.fs.readFile(file);
    try {
      await vscode.workspace.fs.delete(file);
      await waitFor(handle.store.onDidChange, () => handle.store.index?.proposed, 'people proposed from the text');
      const quickPick = await vscode.commands.executeCommand<vscode.QuickPick<OfficialPickItem>>('opis.findOfficial', 'Dziak');
      try {
        assert.deepStrictEqual([quickPick.items[0]?.label, quickPick.items[0]?.description], ['Dziak', 'cited author']);
      } finally {
        quickPick?.hide();
      }
    } finally {
      await vscode.workspace.fs.writeFile(file, original);
      await waitFor(handle.store.onDidChange, () => (handle.store.index?.proposed === false ? true : undefined), 'the officials file again');
    }
  });

  test('Find Official… says when no one matches and offers the nearest names', async () => {
    await officials();
    const open = (query: string) => vscode.commands.executeCommand<vscode.QuickPick<OfficialPickItem>>('opis.findOfficial', query);
    const near = await open('Ezhovshchina');
    try {
      assert.strictEqual(near.title, 'Find Official: no official matches “Ezhovshchina”; the nearest names');
      assert.deepStrictEqual(near.items.map(item => item.label), ['Ezhov', 'N. S. Khrushchev']);
      assert.match(near.items[0].description ?? '', /^nearest name\b/);
      assert.ok(near.items.every(item => item.alwaysShow), 'the workbench filter does not hide a suggestion');
    } finally {
      near?.hide();
    }
    const none = await open('Zzyzx');
    try {
      assert.strictEqual(none.title, 'Find Official: no official matches “Zzyzx”, and no name is near it');
      assert.strictEqual(none.items.length, 0);
    } finally {
      none?.hide();
    }
    const found = await open('Stalin');
    try {
      assert.strictEqual(found.title, 'Find Official');
      assert.strictEqual(found.items[0]?.label, 'Stalin');
    } finally {
      found?.hide();
    }
  });

  test('the Officials view groups people by affiliation, with mention counts, and each mention with its line', async () => {
    const handle = await officials();
    const { provider } = handle;
    // groups and people are made at once; a mention's item reads its line from the file
    const itemOf = (node: Parameters<typeof provider.getTreeItem>[0]) => provider.getTreeItem(node) as vscode.TreeItem;
    // an earlier test put the officials file back: its people's mentions are found again in the background
    const nkvdCounts = () => {
      const nkvd = provider.getChildren().find(node => itemOf(node).label === 'NKVD');
      return nkvd && provider.getChildren(nkvd).map(node => itemOf(node).description).join();
    };
    await waitFor(handle.store.onDidChange, () => nkvdCounts() === '1 mention,4 mentions,2 mentions,6 mentions' || undefined, 'the NKVD’s mention counts').catch(() => undefined);
    const groups = provider.getChildren();
    const labels = groups.map(node => itemOf(node).label);
    for (const expected of ['Central Committee', 'NKVD', 'Obkom', 'OGPU', 'Politbiuro', 'Sovnarkom']) assert.ok(labels.includes(expected), `${expected} in ${labels.join(', ')}`);
    assert.strictEqual(labels[labels.length - 1], 'Other');
    const nkvd = groups[labels.indexOf('NKVD')];
    const people = provider.getChildren(nkvd).map(node => itemOf(node));
    assert.deepStrictEqual(people.map(item => item.label), ['Beriia', 'Dmitriev', 'Ezhov', 'Reshetov']);
    assert.deepStrictEqual(people.map(item => item.description), ['1 mention', '4 mentions', '2 mentions', '6 mentions']);
    assert.strictEqual(people[3].command?.command, 'opis.officials.revealMention');
    const reshetov = provider.getChildren(nkvd)[3];
    const mentions = await Promise.all(provider.getChildren(reshetov).map(node => provider.getTreeItem(node)));
    const article = (await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ARTICLE))).getText();
    for (const item of mentions) {
      const line = Number(/:(\d+)$/.exec(String(item.description))?.[1]);
      const label = String(item.label).replace(/^…|…$/g, '');
      assert.ok(/Reshetov/.test(label) && label.length > 40, `the line around the mention: ${label}`);
      assert.ok(article.split(/\r?\n/)[line - 1].includes(label), `${label} on line ${line}`);
    }
  });
});
