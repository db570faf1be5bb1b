// The Sources view over the test workspace (a copy of the bundled corpus): the tree of the bundled article's
// archival files and printed works with counts, the filter, revealing a note, the conflict warning across two
// articles, and Export Bibliography written to a temporary folder.
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { SourcesHandle } from '../../../src/features/sources';
import type { SourcesNode } from '../../../src/features/sources/sourcesTreeProvider';
import { activateOpis, ARTICLE, waitFor } from './helpers';

async function sources(): Promise<SourcesHandle> {
  await activateOpis();
  const handle = await vscode.commands.executeCommand<SourcesHandle>('opis.sources.inspect');
  assert.ok(handle, 'opis.sources.inspect returns the feature handle');
  await handle.store.ready;
  await waitFor(handle.store.onDidChange, () => handle.store.files().some(f => f.articles.includes(ARTICLE)), 'the bundled article’s sources');
  return handle;
}

/** The child of `node` whose label is `label`. */
function child(handle: SourcesHandle, node: SourcesNode | undefined, label: string): SourcesNode {
  const children = handle.provider.getChildren(node);
  const found = children.find(n => handle.provider.getTreeItem(n).label === label);
  assert.ok(found, `${label} in ${children.map(n => handle.provider.getTreeItem(n).label).join(', ')}`);
  return found;
}

function nodeAt(handle: SourcesHandle, ...labels: string[]): SourcesNode {
  return labels.reduce<SourcesNode | undefined>((node, label) => child(handle, node, label), undefined)!;
}

const item = (handle: SourcesHandle, node: SourcesNode) => handle.provider.getTreeItem(node);
const labels = (handle: SourcesHandle, node?: SourcesNode) => handle.provider.getChildren(node).map(n => item(handle, n).label);
const tooltip = (i: vscode.TreeItem) => (i.tooltip instanceof vscode.MarkdownString ? i.tooltip : assert.fail('a Markdown tooltip'));

suite('sources', () => {
  teardown(() => vscode.commands.executeCommand('opis.sources.clearFilter'));

  test('the Sources view lists RGASPI, f. 17, op. 3, d. 677 with its notes, folios and counts at each level', async () => {
    const handle = await sources();
    assert.deepStrictEqual(labels(handle), ['Archival files', 'Printed works']);
    const rgaspi = nodeAt(handle, 'Archival files', 'RGASPI');
    assert.strictEqual(item(handle, rgaspi).description, '18 files · 15 notes');
    const fond = child(handle, rgaspi, 'f. 17');
    assert.strictEqual(item(handle, fond).description, '16 files · 13 notes');
    const opis = child(handle, fond, 'op. 3');
    assert.strictEqual(item(handle, opis).description, 'Protokoly Politbiuro · 2 files · 2 notes');
    assert.deepStrictEqual(labels(handle, opis), ['d. 676', 'd. 677']);
    const d677 = child(handle, opis, 'd. 677');
    const file = item(handle, d677);
    assert.strictEqual(file.description, 'll. 82-85, 133-138 · 2 notes · Protokol #23, 15 marta 1928, same title');
    // the tooltip names the file, its title and every folio cited, with the article's text escaped
    const tip = tooltip(file);
    assert.ok(!tip.isTrusted && !tip.supportHtml, 'untrusted Markdown');
    assert.match(tip.value, /Protokol \\#23, 15 marta 1928, same title/);
    assert.match(tip.value, /\*\*Folios cited:\*\* 82\\-85, 133\\-138/);
    const notes = handle.provider.getChildren(d677).map(n => item(handle, n));
    assert.deepStrictEqual(notes.map(n => [n.label, n.description]), [['Note 27', ARTICLE], ['Note 28', `${ARTICLE} · ll. 82-85, 133-138`]]);
    assert.strictEqual(notes[0].command?.command, 'opis.sources.revealNote');
    // a note's tooltip, resolved when shown, gives its citations' words as the article writes them, escaped
    const note28 = handle.provider.getChildren(d677)[1];
    const resolved = await handle.provider.resolveTreeItem(item(handle, note28), note28);
    assert.match(tooltip(resolved).value, /> Ibid\\\., ll\\\. 82\\-85 \\\(Zhdanov\\\), 133\\-138 \\\(Andreev\\\)\\\./);
    // a former name the notes write is folded into the archive's current name
    const rgani = item(handle, nodeAt(handle, 'Archival files', 'RGANI'));
    assert.match(String(rgani.description), /also TsKhSD$/);
  });

  test('printed works are listed by author, an op. cit. folded into its work', async () => {
    const handle = await sources();
    const work = nodeAt(handle, 'Printed works', 'George Leggett', 'The Cheka: Lenin’s political police');
    assert.deepStrictEqual(labels(handle, work), ['Note 1', 'Note 4']);
    assert.match(String(item(handle, work).description), /^2 notes · Oxford, 1986/);
  });

  test('the filter keeps the files of one opis’, shows itself in the view and clears', async () => {
    const handle = await sources();
    await vscode.commands.executeCommand('opis.sources.filter', 'RGASPI f. 17, op. 3');
    assert.strictEqual(handle.view.description, 'filter: RGASPI f. 17, op. 3');
    assert.deepStrictEqual(labels(handle), ['Archival files']);
    const fond = nodeAt(handle, 'Archival files', 'RGASPI', 'f. 17');
    assert.deepStrictEqual(labels(handle, fond), ['op. 3']);
    assert.deepStrictEqual(labels(handle, child(handle, fond, 'op. 3')), ['d. 676', 'd. 677']);
    await vscode.commands.executeCommand('opis.sources.filter', 'no such archive');
    assert.deepStrictEqual(labels(handle), []);
    assert.strictEqual(handle.view.message, 'No source matches “no such archive”.');
    await vscode.commands.executeCommand('opis.sources.clearFilter');
    assert.strictEqual(handle.view.description, undefined);
    assert.strictEqual(handle.view.message, undefined);
    assert.deepStrictEqual(labels(handle), ['Archival files', 'Printed works']);
  });

  test('a note reveals its citation of the file in the article, and its reference on request', async () => {
    const handle = await sources();
    const d677 = nodeAt(handle, 'Archival files', 'RGASPI', 'f. 17', 'op. 3', 'd. 677');
    const note27 = child(handle, d677, 'Note 27');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('opis.sources.revealNote', note27);
    assert.ok(editor?.document.uri.path.endsWith(`/${ARTICLE}`));
    assert.strictEqual(editor.document.getText(editor.selection), 'd. 677 Protokol #23, 15 marta 1928, same title.');
    const definitionLine = editor.selection.start.line;
    assert.ok(editor.document.lineAt(definitionLine).text.startsWith('[^27]:'));
    const atReference = await vscode.commands.executeCommand<vscode.TextEditor>('opis.sources.revealReference', note27);
    assert.strictEqual(atReference.document.getText(atReference.selection), '[^27]');
    assert.ok(atReference.selection.start.line < definitionLine, 'the reference is in the text');
  });

  test('one delo under two opis’ with the same title warns on the notes of both articles, each pointing to the other', async () => {
    const handle = await sources();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const other = vscode.Uri.joinPath(folder.uri, 'sources-conflict.md');
    const text = '# A second article\n\nA claim.[^1]\n\n[^1]: RGASPI, f. 17, op. 2, d. 677 Protokol #23, 15 marta 1928, same title, l. 5.\n';
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode(text));
    try {
      await waitFor(handle.store.onDidChange, () => handle.store.conflicts().length === 1, 'the conflict', 30000);
      const article = vscode.Uri.joinPath(folder.uri, ARTICLE);
      const diagnostics = () => ({
        here: vscode.languages.getDiagnostics(other).filter(d => d.code === 'source-conflict'),
        there: vscode.languages.getDiagnostics(article).filter(d => d.code === 'source-conflict'),
      });
      const { here, there } = await waitFor(vscode.languages.onDidChangeDiagnostics, () => (diagnostics().here.length ? diagnostics() : undefined), 'the conflict diagnostics');
      assert.strictEqual(here.length, 1);
      assert.strictEqual(here[0].source, 'opis');
      assert.strictEqual(here[0].severity, vscode.DiagnosticSeverity.Warning);
      assert.match(here[0].message, /^RGASPI, f\. 17, op\. 2, d\. 677 is also cited as RGASPI, f\. 17, op\. 3, d\. 677, with the same title/);
      const document = await vscode.workspace.openTextDocument(other);
      assert.strictEqual(document.getText(here[0].range), 'RGASPI, f. 17, op. 2, d. 677 Protokol #23, 15 marta 1928, same title, l. 5.');
      // related information: the two notes of the bundled article that cite op. 3, d. 677
      const related = here[0].relatedInformation ?? [];
      assert.deepStrictEqual(related.map(r => [path.basename(r.location.uri.path), r.message]), [
        [ARTICLE, `RGASPI, f. 17, op. 3, d. 677 in note 27 of ${ARTICLE}`],
        [ARTICLE, `RGASPI, f. 17, op. 3, d. 677 in note 28 of ${ARTICLE}`],
      ]);
      assert.deepStrictEqual(there.map(d => d.relatedInformation?.map(r => path.basename(r.location.uri.path))), [['sources-conflict.md'], ['sources-conflict.md']]);
    } finally {
      await vscode.workspace.fs.delete(other);
    }
    await waitFor(handle.store.onDidChange, () => handle.store.conflicts().length === 0, 'the conflict gone', 30000);
    // the corpus-wide check publishes once a burst of changes has settled
    const conflicted = () => vscode.languages.getDiagnostics().filter(([, ds]) => ds.some(d => d.code === 'source-conflict'));
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => conflicted().length === 0 || undefined, 'the conflict diagnostics gone');
    assert.deepStrictEqual(conflicted(), []);
  });

  test('Export Bibliography writes the corpus as CSL-JSON and the active article as BibTeX, each item with its citing notes', async () => {
    await sources();
    const dir = vscode.Uri.file(path.join(os.tmpdir(), `opis-bibliography-${process.pid}-${Date.now()}`));
    await vscode.workspace.fs.createDirectory(dir);
    try {
      const json = vscode.Uri.joinPath(dir, 'corpus.json');
      const written = await vscode.commands.executeCommand<vscode.Uri>('opis.sources.exportBibliography', { format: 'csl-json', scope: 'corpus', target: json });
      assert.strictEqual(written?.toString(), json.toString());
      const items = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json))) as { type: string; archive_location?: string; note?: string; title?: string }[];
      assert.strictEqual(items.filter(i => i.type === 'manuscript').length, 52);
      const d677 = items.find(i => i.archive_location === 'RGASPI. F. 17. Op. 3. D. 677. L. 82–85, 133–138');
      assert.match(d677?.note ?? '', new RegExp(`Cited in ${ARTICLE.replace(/\./g, '\\.')} n\\. 27, 28 \\(l\\. 82-85, 133-138\\)$`));
      assert.ok(items.some(i => i.title === 'The Cheka: Lenin’s political police'));

      const { document } = await vscode.window.showTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ARTICLE));
      assert.ok(document);
      const bib = vscode.Uri.joinPath(dir, 'article.bib');
      await vscode.commands.executeCommand('opis.sources.exportBibliography', { format: 'bibtex', scope: 'article', target: bib });
      const bibtex = new TextDecoder().decode(await vscode.workspace.fs.readFile(bib));
      assert.match(bibtex, /^@/);
      assert.match(bibtex, /RGASPI\. F\. 17\. Op\. 3\. D\. 677/);
      assert.match(bibtex, /@book\{Leggett1986Cheka,[^@]*note = \{Cited in harris-dual-subordination\.md n\. 1 \(p\. 100\), 4 \(p\. 123-124, 351\)\}/);
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
  });
});
