import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateOpis, ARTICLE, codeActions, hoverText, openWorkspaceFile, semanticTokens } from './helpers';

function positionOf(document: vscode.TextDocument, needle: string): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `the article contains “${needle}”`);
  return document.positionAt(offset);
}

suite('transliteration', () => {
  suiteSetup(activateOpis);

  test('semantic tokens mark a glossary term, an official and a romanized word of the article', async () => {
    const { document } = await openWorkspaceFile(ARTICLE);
    const tokens = await semanticTokens(document);
    const typesOf = (text: string) => new Set(tokens.filter(t => t.text === text).map(t => t.type));
    assert.ok(typesOf('okrug').has('glossaryTerm'), 'okrug is a glossary term');
    assert.ok(typesOf('Kabakov').has('officialName'), 'Kabakov is an official');
    assert.ok(typesOf('Protokoly').has('romanizedRussian'), 'Protokoly is romanized Russian');
    assert.ok(typesOf('i').has('romanizedRussian'), 'the i of a Russian title is romanized Russian');
    assert.strictEqual(typesOf('Moscow').size, 0, 'English exonyms are not marked');
  });

  test('the romanized-word hover shows the Cyrillic and the other systems', async () => {
    const { document } = await openWorkspaceFile(ARTICLE);
    const at = positionOf(document, 'Protokoly i pis’ma').translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    const text = hoverText(hovers);
    assert.ok(text.includes('Протоколы'), text);
    assert.ok(text.includes('BGN/PCGN'), text);
  });

  test('a term of the reader’s own .opis/glossary.json is highlighted as a glossary term', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need a workspace folder');
    const article = vscode.Uri.joinPath(folder.uri, 'own-glossary.md');
    const own = vscode.Uri.joinPath(folder.uri, '.opis', 'glossary.json');
    // a local body no bundled glossary holds, as a reader adds one
    const entry = { term: 'Vetlugales', kind: 'term', expansion: 'Vetluzhskii lesnoi trest', english: 'the Vetluga timber trust', cyrillic: 'Ветлуглес' };
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('The Vetlugales office met the quota.\n'));
    try {
      const { document } = await openWorkspaceFile('own-glossary.md');
      const typesOf = async (text: string) => new Set((await semanticTokens(document)).filter(t => t.text === text).map(t => t.type));
      assert.ok(!(await typesOf('Vetlugales')).has('glossaryTerm'), 'not a glossary term before the reader adds it');
      // Opis's own watcher was created first, so its reload has run when this one hears of the file.
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder.uri, '.opis/glossary.json'));
      const written = new Promise(resolve => {
        watcher.onDidCreate(resolve);
        watcher.onDidChange(resolve);
      });
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.opis'));
      await vscode.workspace.fs.writeFile(own, new TextEncoder().encode(JSON.stringify({ version: 1, entries: [entry] })));
      await written;
      watcher.dispose();
      assert.ok((await typesOf('Vetlugales')).has('glossaryTerm'), 'a glossary term once .opis/glossary.json has it');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(article);
      await vscode.workspace.fs.delete(own).then(undefined, () => undefined);
    }
  });

  test('Convert Selection to Cyrillic and to BGN change the selection', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'the Politbiuro and Ezhov' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 4, 0, 14);
    await vscode.commands.executeCommand('opis.translit.toCyrillic');
    assert.strictEqual(document.getText(), 'the Политбюро and Ezhov');
    const ezhov = document.getText().indexOf('Ezhov');
    editor.selection = new vscode.Selection(document.positionAt(ezhov), document.positionAt(ezhov));
    await vscode.commands.executeCommand('opis.translit.toBGN');
    assert.strictEqual(document.getText(), 'the Политбюро and Yezhov');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('an inconsistent spelling gets an information diagnostic and a quick fix to the dominant form', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Ezhov spoke. Ezhov left. Yezhov returned.' });
    await vscode.window.showTextDocument(document);
    const diagnostic = await new Promise<vscode.Diagnostic>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostic for Yezhov')), 10000);
      const check = () => {
        const found = vscode.languages.getDiagnostics(document.uri).find(d => d.source === 'opis' && document.getText(d.range) === 'Yezhov');
        if (found) {
          clearTimeout(timer);
          sub.dispose();
          resolve(found);
        }
      };
      const sub = vscode.languages.onDidChangeDiagnostics(check);
      check();
    });
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    const actions = await codeActions(document.uri, diagnostic.range);
    const fix = actions.find(a => a.title === 'Use “Ezhov”');
    assert.ok(fix?.edit, actions.map(a => a.title).join(', '));
    await vscode.workspace.applyEdit(fix.edit);
    assert.strictEqual(document.getText(), 'Ezhov spoke. Ezhov left. Ezhov returned.');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
