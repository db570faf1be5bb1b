import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ArgumentViewHandle } from '../../../src/features/argument';
import type { ArgumentNode } from '../../../src/features/argument/argumentTree';
import type { Readers } from '../../../src/features/preview/reader';
import type { ReaderPanel } from '../../../src/features/preview/readerPanel';
import { ARTICLE, articleWithArgument, waitFor } from './helpers';

const READER = 'opis.reader';

async function readers(): Promise<Readers> {
  const handle = await vscode.commands.executeCommand<Readers>('opis.reader.inspect');
  assert.ok(handle, 'opis.reader.inspect returns the Readers');
  return handle;
}

/** Opens the Reader of `document` (Opis: Open in Opis Reader) and returns it. */
async function openReader(document: vscode.TextDocument): Promise<{ all: Readers; reader: ReaderPanel }> {
  await vscode.commands.executeCommand('opis.openReader', document.uri);
  const all = await readers();
  const reader = all.panels.get(document.uri.toString());
  assert.ok(reader, 'the Reader of the article is open');
  return { all, reader };
}

/** The claim of "OGPU and the plan" on the Uralplatina affair, in the middle of the article. */
function uralplatina(handle: ArgumentViewHandle): ArgumentNode {
  const plan = handle.provider.getChildren().find(n => n.label === 'OGPU and the plan');
  const claim = plan && handle.provider.getChildren(plan)[2];
  assert.ok(claim?.range, 'the Uralplatina claim is anchored');
  return claim;
}

/** Resolves once the Reader's page has reported a top line within half a line of `line`. */
function pageAt(all: Readers, reader: ReaderPanel, line: number, what: string): Promise<boolean> {
  return waitFor(all.onDidScroll, () => reader.topLine !== undefined && Math.abs(reader.topLine - line) < 0.5, `${what} (last reported: line ${reader.topLine})`);
}

/** The section an Argument item belongs to. */
const sectionOf = (node: ArgumentNode | undefined) => (node?.kind === 'section' ? node : node?.parent)?.label;

async function closeTabs(viewType: string): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
  await vscode.window.tabGroups.close(tabs);
}

suite('Opis Reader and the Argument view', () => {
  teardown(() => closeTabs(READER));

  test('a claim chosen in the Argument view is brought to the top of the Reader; the view follows the Reader as it scrolls', async () => {
    const { editor, handle } = await articleWithArgument();
    const { all, reader } = await openReader(editor.document);
    await waitFor(all.onDidScroll, () => reader.topLine !== undefined, 'the Reader page to report its place');

    const claim = uralplatina(handle);
    await vscode.commands.executeCommand('opis.argument.reveal', claim);
    await pageAt(all, reader, claim.range!.start.line, 'the Reader to scroll to the claim');
    assert.strictEqual(editor.document.getText(editor.selection), 'The Uralplatina affair was a turning point.', 'the editor selects it too');

    // the reader scrolls the Reader to the last section; the cursor stays in the editor, in the introduction
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    editor.revealRange(editor.selection);
    const text = editor.document.getText();
    const line = editor.document.positionAt(text.indexOf('In May 1939, a directive')).line;
    const followed = waitFor(all.onDidScroll, () => (sectionOf(handle.followCursor.current) === 'Terror and after' ? handle.followCursor.current : undefined), 'the view to follow the Reader');
    all.reveal(editor.document.uri, line);
    await pageAt(all, reader, line, 'the Reader to scroll to the last section');
    const current = await followed;
    assert.ok(current.range && current.range.start.line <= line && current.range.end.line >= line, `${current.label} holds line ${line}`);
  });

  test('with the Reader in front, an outline built anew follows the Reader’s place rather than the editor’s cursor', async () => {
    const { editor, handle } = await articleWithArgument();
    const { all, reader } = await openReader(editor.document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const line = editor.document.positionAt(editor.document.getText().indexOf('In May 1939, a directive')).line;
    all.reveal(editor.document.uri, line);
    await pageAt(all, reader, line, 'the Reader to scroll to the last section');
    // the Reader takes the focus: no text editor is active, as in a window reloaded with the Reader in front
    reader.panel.reveal(undefined, false);
    await waitFor(vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor === undefined, 'no active text editor');
    await handle.session.load(editor.document);
    assert.strictEqual(sectionOf(handle.followCursor.current), 'Terror and after');
  });

  test('with the Markdown preview showing, a claim is put at the top of the editor, whose top line the preview follows', async () => {
    const { editor, handle } = await articleWithArgument();
    await vscode.commands.executeCommand('markdown.showPreviewToSide', editor.document.uri);
    const preview = () => vscode.window.tabGroups.all.some(g => g.activeTab?.input instanceof vscode.TabInputWebview && g.activeTab.input.viewType.endsWith('markdown.preview'));
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, preview, 'the Markdown preview tab');
    try {
      const claim = uralplatina(handle);
      const line = claim.range!.start.line;
      const shown = await vscode.commands.executeCommand<vscode.TextEditor>('opis.argument.reveal', claim);
      assert.strictEqual(shown.document, editor.document);
      // the editor reports its new visible range a moment after scrolling
      await waitFor(vscode.window.onDidChangeTextEditorVisibleRanges, () => shown.visibleRanges[0]?.start.line === line, `the claim’s line ${line} at the editor’s top (top: ${shown.visibleRanges[0]?.start.line})`);
    } finally {
      await closeTabs('markdown.preview');
    }
  });

  test('scrolling the editor away from the cursor (as the Markdown preview scrolls it) moves the view to the top line', async () => {
    const { editor, handle } = await articleWithArgument();
    await vscode.commands.executeCommand('opis.argument.focus');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    editor.revealRange(editor.selection);
    const line = editor.document.positionAt(editor.document.getText().indexOf('In May 1939, a directive')).line;
    const followed = waitFor(vscode.window.onDidChangeTextEditorVisibleRanges, () => (sectionOf(handle.followCursor.current) === 'Terror and after' ? handle.followCursor.current : undefined), 'the view to follow the editor’s top line');
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    await followed;
    assert.deepStrictEqual(editor.selection.active, new vscode.Position(0, 0), 'the cursor did not move');
  });

  test('a Reader restored after a reload shows the article where its page was left', async () => {
    const { editor } = await articleWithArgument();
    const all = await readers();
    const line = editor.document.positionAt(editor.document.getText().indexOf('The Uralplatina affair was a turning point.')).line;
    // what VS Code hands the serializer after a reload: a panel of the Reader's type and the state its page kept
    const panel = vscode.window.createWebviewPanel(READER, 'Reader', vscode.ViewColumn.Beside, { retainContextWhenHidden: true });
    await all.restore(panel, { uri: editor.document.uri.toString(), line });
    const reader = all.panels.get(editor.document.uri.toString());
    assert.strictEqual(reader?.panel, panel, 'the panel is the article’s Reader');
    assert.strictEqual(panel.title, `Reader: ${ARTICLE}`);
    assert.ok(panel.webview.options.enableScripts, 'its page may run the Reader’s script');
    await pageAt(all, reader, line, `the restored page to open at its line (panel visible: ${panel.visible})`);
  });

  test('a restored Reader whose state names no document is closed', async () => {
    await articleWithArgument();
    const all = await readers();
    for (const state of [undefined, { uri: 42 }, { line: 3 }, 'harris-dual-subordination.md']) {
      const panel = vscode.window.createWebviewPanel(READER, 'Reader', vscode.ViewColumn.Beside, {});
      let closed = false;
      panel.onDidDispose(() => (closed = true));
      await all.restore(panel, state);
      assert.ok(closed, `closed for ${JSON.stringify(state)}`);
    }
  });
});
