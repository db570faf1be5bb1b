import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateOpis, ARTICLE, hoverText, openWorkspaceFile, waitFor } from './helpers';

/** Inside the first occurrence of `text` (a body reference comes before the notes at the end). */
function inside(document: vscode.TextDocument, text: string, from = 0): vscode.Position {
  const offset = document.getText().indexOf(text, from);
  assert.ok(offset >= 0, `${text} is in the document`);
  return document.positionAt(offset + 2);
}

async function hoversAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
}

function markdownContents(hovers: vscode.Hover[]): vscode.MarkdownString[] {
  return hovers.flatMap(h => h.contents).filter((c): c is vscode.MarkdownString => typeof c === 'object' && 'value' in c && 'isTrusted' in c);
}

suite('footnotes', () => {
  test('hover on a plain note reference shows the whole note and an archival card in words', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const text = hoverText(await hoversAt(document, inside(document, '[^7]')));
    assert.match(text, /Note 7/);
    assert.match(text, /On the variety of conflicts in party organizations/);
    assert.match(text, /Russian State Archive of Socio\\?-Political History/);
    assert.match(text, /Fond \\\(collection\\\): 17/);
    assert.match(text, /Delo \\\(file\\\): 110/);
    assert.match(text, /folios 7 to 35/);
  });

  test('hover on an Ibid. note shows what it resolves to and the other notes citing the file', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const text = hoverText(await hoversAt(document, inside(document, '[^28]')));
    assert.match(text, /Ibid\\?\. → note 27:\*\* RGASPI, f\\?\. 17, op\\?\. 3, d\\?\. 677/);
    assert.match(text, /82\\?-85, 133\\?-138/);
    const twelve = hoverText(await hoversAt(document, inside(document, '[^12]')));
    assert.match(twelve, /also cited in notes 11, 19, 20/);
  });

  test('hover on an archive siglum shows its expansion, English and Cyrillic', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const notes = document.getText().indexOf('[^9]:');
    const text = hoverText(await hoversAt(document, inside(document, 'TsDOO SO', notes)));
    assert.match(text, /Tsentr Dokumentatsii Obshchestvennykh Organizatsii Sverdlovskoi Oblasti/);
    assert.match(text, /Documentation Centre of Public Organisations of Sverdlovsk Oblast/);
    assert.match(text, /ЦДОО СО/);
  });

  test('Go to Definition on a reference leads to its note', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      inside(document, '[^12]'),
    );
    const target = targets.map(t => ('targetUri' in t ? t.targetRange : t.range)).find(r => document.lineAt(r.start.line).text.startsWith('[^12]:'));
    assert.ok(target, `definitions: ${JSON.stringify(targets)}`);
  });

  test('Find All References on a note lists its references', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const definition = document.getText().indexOf('[^11]:');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      document.positionAt(definition + 2),
    );
    const references = locations.filter(l => document.getText(l.range) === '[^11]' && l.range.start.line !== document.positionAt(definition).line);
    const expected = document.getText().split('[^11]').length - 2;
    assert.ok(expected >= 1);
    // Another provider (the built-in Markdown one) may report the same places: count each place once.
    assert.strictEqual(new Set(references.map(l => `${l.range.start.line}:${l.range.start.character}`)).size, expected);
  });

  test('diagnostics report an Ibid. with nothing before it and an unknown archive siglum', async () => {
    await activateOpis();
    // a siglum no glossary knows (the bundled glossary now has the regional archives, PermGANI among them)
    const content = 'A claim.[^1] Another.[^2]\n\n[^1]: Ibid., l. 4.\n\n[^2]: TsGAQQ, f. 105, op. 1, d. 7, l. 1.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    const ours = () => vscode.languages.getDiagnostics(document.uri).filter(d => d.source === 'opis' && (d.code === 'ibid-unresolved' || d.code === 'unknown-archive'));
    const found = await waitFor(vscode.languages.onDidChangeDiagnostics, () => (ours().length === 2 ? ours() : undefined), 'footnote diagnostics');
    const ibid = found.find(d => d.code === 'ibid-unresolved');
    const archive = found.find(d => d.code === 'unknown-archive');
    assert.strictEqual(ibid?.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(document.getText(ibid.range), 'Ibid.');
    assert.strictEqual(archive?.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(document.getText(archive.range), 'TsGAQQ');
  });

  test('note hovers are untrusted and show link syntax from the corpus as text', async () => {
    await activateOpis();
    const content = 'Claim[^1].\n\n[^1]: See [quit](command:workbench.action.quit) and <b>bold</b>.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const contents = markdownContents(await hoversAt(document, inside(document, '[^1]')));
    assert.ok(contents.length > 0);
    for (const md of contents) {
      assert.ok(!md.isTrusted, 'never trusted');
      assert.ok(!md.supportHtml, 'no HTML');
      assert.doesNotMatch(md.value, /\]\(command:/);
    }
  });
});
