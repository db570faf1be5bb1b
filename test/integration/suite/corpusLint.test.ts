import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateOpis, ARTICLE, codeActions, openWorkspaceFile, waitFor } from './helpers';

/** Opis's diagnostics but the romanization's (information on spellings, tested with the romanization). */
function opisDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter(d => d.source === 'opis' && d.code !== 'opis.inconsistentRomanization' && (code === undefined || d.code === code));
}

function diagnosticsWhere(uri: vscode.Uri, predicate: (list: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => {
    const list = opisDiagnostics(uri);
    return predicate(list) ? list : undefined;
  }, what);
}

suite('corpus lint', () => {
  test('reports a reference without a definition, and its quick fix adds a stub', async () => {
    await activateOpis();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Intro.\n\nA claim.[^1] More.[^2]\n\n[^1]: One.\n' });
    await vscode.window.showTextDocument(document);
    const [dangling] = await diagnosticsWhere(document.uri, list => list.some(d => d.code === 'undefined-reference'), 'the undefined-reference diagnostic');
    assert.strictEqual(dangling.code, 'undefined-reference');
    assert.strictEqual(dangling.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(dangling.range.isEqual(new vscode.Range(2, 18, 2, 22)), `range ${JSON.stringify(dangling.range)}`);

    const actions = await codeActions(document.uri, dangling.range, vscode.CodeActionKind.QuickFix.value);
    const stub = actions.find(a => a.title === 'Add a definition stub for [^2]');
    assert.ok(stub?.edit, `quick fix offered among ${actions.map(a => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(stub.edit));
    assert.strictEqual(document.getText(), 'Intro.\n\nA claim.[^1] More.[^2]\n\n[^1]: One.\n\n[^2]: \n');

    const after = await diagnosticsWhere(document.uri, list => !list.some(d => d.code === 'undefined-reference'), 'the diagnostic to clear after the fix');
    assert.deepStrictEqual(after.map(d => d.code), ['empty-note']);
  });

  test('follows edits as you type', async () => {
    await activateOpis();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'A claim.[^1]\n\n[^1]: One.\n' });
    const editor = await vscode.window.showTextDocument(document);
    await diagnosticsWhere(document.uri, list => list.length === 0, 'a clean first lint');
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'OOOOGGGGPPPPUUUU\n\n'));
    const [residue] = await diagnosticsWhere(document.uri, list => list.length > 0, 'the residue diagnostic after typing');
    assert.strictEqual(residue.code, 'residue-quadrupled');
    assert.ok(residue.range.isEqual(new vscode.Range(0, 0, 0, 16)));
  });

  test('lints a book-length document in pieces, and a newer edit replaces the findings of the older text', async () => {
    await activateOpis();
    const article = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ARTICLE)));
    // ten copies: 0.8 MB, about 250 pages, every note defined ten times
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: Array(10).fill(article).join('\n\n') });
    const editor = await vscode.window.showTextDocument(document);
    const list = await diagnosticsWhere(document.uri, l => l.some(d => d.code === 'duplicate-definition-not-shown'), 'the diagnostics of the long document');
    // 9 × 93 notes defined again: the first hundred shown, the others counted in one line
    assert.strictEqual(list.filter(d => d.code === 'duplicate-definition').length, 100);
    const more = list.find(d => d.code === 'duplicate-definition-not-shown');
    assert.strictEqual(more?.message, `${9 * 93 - 100} more “duplicate-definition” problems in this file, not shown: the first 100 are`);
    assert.strictEqual(more.severity, vscode.DiagnosticSeverity.Information);
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'A claim.[^nowhere]\n\n'));
    const after = await diagnosticsWhere(document.uri, l => l.some(d => d.code === 'undefined-reference'), 'the diagnostic of the edit');
    assert.ok(after.find(d => d.code === 'undefined-reference')!.range.isEqual(new vscode.Range(0, 8, 0, 18)));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('lints the bundled article with no error', async () => {
    await activateOpis();
    const editor = await openWorkspaceFile(ARTICLE);
    const list = await diagnosticsWhere(editor.document.uri, l => l.length > 0, 'the article diagnostics');
    assert.deepStrictEqual(list.map(d => [d.code, d.severity]), [['missing-note-text', vscode.DiagnosticSeverity.Warning]]);
  });
});
