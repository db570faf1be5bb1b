// Opis's own data files get errors and completion from the schemas Opis ships (contributes.jsonValidation), as a
// user editing them in VS Code's JSON editor sees them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateOpis, waitFor } from './helpers';

suite('schemas of Opis files in the JSON editor', () => {
  suiteSetup(activateOpis);
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, 'nested'), { recursive: true, useTrash: false });
  });

  async function open(relative: string, text: string): Promise<vscode.TextDocument> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const uri = vscode.Uri.joinPath(folder.uri, relative);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  }

  const problems = (doc: vscode.TextDocument) => () => {
    const found = vscode.languages.getDiagnostics(doc.uri);
    return found.length ? found : undefined;
  };

  // Each file breaks its schema in a way only that schema knows about. They lie in a nested folder: Opis itself reads
  // the workspace folder's own files, and would report (or set aside) broken ones.
  const cases: Array<{ file: string; text: string; message: RegExp; atText: string }> = [
    { file: 'nested/.opis/glossary.json', text: '{\n  "version": 1,\n  "entries": [{ "term": "RGASPI", "kind": "planet" }]\n}\n', message: /Value is not accepted/, atText: '"planet"' },
    { file: 'nested/seminar.argument.json', text: '{\n  "article": "a.md",\n  "question": {},\n  "thesis": {},\n  "periods": [],\n  "sections": [],\n  "verdict": true\n}\n', message: /verdict|not allowed/i, atText: '"verdict"' },
    { file: 'nested/officials.json', text: '{\n  "version": 1,\n  "officials": [{ "id": 5 }]\n}\n', message: /string|Incorrect type/i, atText: '5' },
    { file: 'nested/.opis/annotations/urn%3Auuid%3A1.json', text: '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "version": 7\n}\n', message: /Value must be 1|Value is not accepted/, atText: '7' },
    { file: 'nested/.opis/annotations.json', text: '{\n  "type": "AnnotationCollection"\n}\n', message: /@context|first|Missing property/i, atText: '{' },
  ];
  for (const c of cases) {
    test(`${c.file}: an error from the shipped schema where the file breaks it`, async () => {
      const doc = await open(c.file, c.text);
      const found = await waitFor(vscode.languages.onDidChangeDiagnostics, problems(doc), `schema errors in ${c.file}`, 30000);
      const at = doc.getText().indexOf(c.atText);
      const hit = found.find(d => c.message.test(d.message) && doc.offsetAt(d.range.start) <= at && at <= doc.offsetAt(d.range.end));
      assert.ok(hit, `an error at ${c.atText} matching ${c.message}; got ${found.map(d => `${doc.offsetAt(d.range.start)}: ${d.message}`).join(' | ')}`);
    });
  }

  test('completion offers the properties the glossary schema defines', async () => {
    // an error first, so that the schema is known to be loaded before completion is asked
    const doc = await open('nested/.opis/glossary.json', '{\n  "planet": 1,\n  \n}\n');
    await waitFor(vscode.languages.onDidChangeDiagnostics, problems(doc), 'the schema error for "planet"', 30000);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 2));
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some(l => l.includes('entries')), `completion offers "entries": ${labels.join(', ')}`);
  });
});
