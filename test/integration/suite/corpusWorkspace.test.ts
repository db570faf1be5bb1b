// One model of the workspace corpus for every feature: a file written, changed or deleted on disk reaches the notes
// diagnostics and the officials' mentions without being opened, and the `opis.corpus.include` glob decides what the
// corpus is for all of them.
import * as assert from 'assert';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { OfficialsHandle } from '../../../src/features/officials';
import { activateOpis, waitFor } from './helpers';

// at the folder's root: a file written into a folder created the same moment can be missed by the file watcher
const FILE = 'seminar-notes.md';
const TEXT = (name: string) => `# Seminar notes\n\nIn 1937 ${name} spoke first.[^1]\n\n[^1]: Ibid., l. 5.\n`;

suite('the workspace corpus', () => {
  let handle: OfficialsHandle;
  let uri: vscode.Uri;

  suiteSetup(async () => {
    await activateOpis();
    handle = (await vscode.commands.executeCommand<OfficialsHandle>('opis.officials.inspect'))!;
    await handle.store.ready;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    uri = vscode.Uri.joinPath(folder.uri, FILE);
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('opis.corpus').update('include', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  });

  const mentionsIn = (file: string, id: string) => (handle.store.index?.mentionsIn(file) ?? []).filter(m => m.officialId === id);
  const ibidWarning = () => vscode.languages.getDiagnostics(uri).find(d => /Ibid/.test(d.message));

  test('a file written on disk is checked and searched without being opened', async () => {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT('Kabakov')));
    const warning = await waitFor(vscode.languages.onDidChangeDiagnostics, ibidWarning, 'the Ibid. warning of the new file');
    assert.strictEqual(warning.range.start.line, 4);
    await waitFor(handle.store.onDidChange, () => mentionsIn(FILE, 'kabakov').length === 1 || undefined, 'the mention of Kabakov in the new file');
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString()), 'the file was never opened');
  });

  test('a change on disk replaces that file’s mentions', async () => {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT('Ezhov')));
    await waitFor(handle.store.onDidChange, () => (mentionsIn(FILE, 'ezhov').length === 1 && mentionsIn(FILE, 'kabakov').length === 0) || undefined, 'Ezhov instead of Kabakov');
  });

  test('the include setting decides the corpus for every feature', async () => {
    await vscode.workspace.getConfiguration('opis.corpus').update('include', 'harris-*.md', vscode.ConfigurationTarget.Workspace);
    await waitFor(handle.store.onDidChange, () => handle.store.index?.mentionsIn(FILE).length === 0 || undefined, 'the file left out of the officials’ mentions');
    assert.strictEqual(handle.store.keyOf(uri), undefined);
    await vscode.workspace.getConfiguration('opis.corpus').update('include', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(handle.store.onDidChange, () => mentionsIn(FILE, 'ezhov').length === 1 || undefined, 'the file back in the corpus');
  });

  test('a file deleted on disk leaves the corpus: no mentions, no diagnostics', async () => {
    await vscode.workspace.fs.delete(uri);
    await waitFor(handle.store.onDidChange, () => handle.store.keyOf(uri) === undefined && handle.store.index?.mentionsIn(FILE).length === 0 || undefined, 'the mentions gone');
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined), 'the diagnostics gone');
  });

  test('a folder moved into the workspace joins the corpus, and deleted whole leaves it', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    // written beside the workspace and renamed in: the watcher may report the folder alone, not its files
    const staging = mkdtempSync(path.join(path.dirname(root), 'seminar-'));
    for (const [file, name] of [['one.md', 'Kabakov'], ['two.md', 'Kabakov']]) writeFileSync(path.join(staging, file), TEXT(name));
    const moved = path.join(root, 'moved-seminar');
    renameSync(staging, moved);
    const names = ['moved-seminar/one.md', 'moved-seminar/two.md'];
    const known = () => names.filter(name => mentionsIn(name, 'kabakov').length === 1).length;
    await waitFor(handle.store.onDidChange, () => known() === 2 || undefined, 'the moved folder’s files in the corpus');
    rmSync(moved, { recursive: true, force: true });
    await waitFor(handle.store.onDidChange, () => names.every(name => handle.store.uriOf(name) === undefined) || undefined, 'the deleted folder’s files out of the corpus');
    assert.strictEqual(known(), 0);
  });
});
