import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ArgumentViewHandle } from '../../../src/features/argument';
import type { ArgumentNode } from '../../../src/features/argument/argumentTree';
import { articleWithArgument, waitFor } from './helpers';

function uralplatinaAnchored(handle: ArgumentViewHandle): boolean {
  const plan = handle.provider.getChildren().find(n => n.label === 'OGPU and the plan');
  return plan !== undefined && !handle.provider.getChildren(plan)[2].unanchored;
}

function selectedText(editor: vscode.TextEditor): string {
  return editor.document.getText(editor.selection);
}

suite('argument view', () => {
  test('lists Question, Thesis, Periods and the sections of the article in order', async () => {
    const { handle } = await articleWithArgument();
    const roots = handle.provider.getChildren();
    assert.deepStrictEqual(
      roots.map(n => n.label),
      ['Question', 'Thesis', 'Periods', 'Introduction', 'ChK/GPU and the local “oppositions”', 'OGPU and the plan', 'OGPU/NKVD and blameshifting', 'Terror and after', 'Conclusion'],
    );
    const periods = handle.provider.getChildren(roots[2]);
    assert.deepStrictEqual(periods.map(p => p.label), ['1918–1929', '1930–1936', '1936–1937', '1939–1953']);
    const plan = roots[5];
    const claims = handle.provider.getChildren(plan);
    assert.strictEqual(claims.length, 6);
    assert.ok(claims.every(c => c.kind === 'claim' && c.range && !c.unanchored));
    const uralplatina = claims[2];
    assert.deepStrictEqual(handle.provider.getChildren(uralplatina).map(n => n.label), ['Note 34', 'Note 35', 'Note 36', 'Note 37']);
    const note = handle.provider.getChildren(uralplatina)[1];
    assert.strictEqual(note.description, 'RGASPI, f. 17', 'each note shows its archive');
    const item = handle.provider.getTreeItem(note);
    assert.ok(item.tooltip instanceof vscode.MarkdownString && !item.tooltip.isTrusted, 'note text as untrusted Markdown');
    assert.strictEqual(handle.provider.getParent(note), uralplatina);
  });

  test('revealing a claim selects its passage in the editor', async () => {
    const { editor, handle } = await articleWithArgument();
    const plan = handle.provider.getChildren().find(n => n.label === 'OGPU and the plan');
    assert.ok(plan);
    const claim = handle.provider.getChildren(plan)[2];
    const item = handle.provider.getTreeItem(claim);
    assert.ok(item.command, 'clicking the item runs a command');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    assert.strictEqual(vscode.window.activeTextEditor?.document, editor.document);
    assert.strictEqual(selectedText(editor), 'The Uralplatina affair was a turning point.');
  });

  test('follow-cursor selects the section and claim at the cursor', async () => {
    const { editor, handle } = await articleWithArgument();
    await vscode.commands.executeCommand('opis.argument.focus');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    const text = editor.document.getText();
    const target = editor.document.positionAt(text.indexOf('In May 1939, a directive') + 20);
    const moved = (from: ArgumentNode | undefined) =>
      waitFor(vscode.window.onDidChangeTextEditorSelection, () => (handle.followCursor.current !== from ? handle.followCursor.current : undefined), 'a new current item');
    let changed = moved(handle.followCursor.current);
    // revealed, as a person's cursor is: once the cursor is off screen the view follows the editor's top line
    editor.selection = new vscode.Selection(target, target);
    editor.revealRange(editor.selection);
    const current = await changed;
    assert.strictEqual(current.parent?.label, 'Terror and after');
    assert.match(current.label, /^Central control of NKVD appointments/);
    await waitFor(handle.view.onDidChangeSelection, () => handle.view.selection[0] === current, 'the view to select the current claim');

    const intro = editor.document.positionAt(text.indexOf('Who did the Soviet political police'));
    changed = moved(current);
    editor.selection = new vscode.Selection(intro, intro);
    editor.revealRange(editor.selection);
    const introNode = await changed;
    assert.strictEqual(introNode.kind, 'section', 'before the first claim of the introduction');
    assert.strictEqual(introNode.label, 'Introduction');
  });

  test('a clicked Question stays selected while the cursor is in its passage', async () => {
    const { editor, handle } = await articleWithArgument();
    await vscode.commands.executeCommand('opis.argument.focus');
    const question = handle.provider.getChildren()[0];
    assert.strictEqual(question.label, 'Question');
    assert.ok(question.range, 'the question is anchored');
    await handle.view.reveal(question, { select: true, focus: false });
    await vscode.commands.executeCommand('opis.argument.reveal', question);
    const inside = new vscode.Position(question.range.start.line, question.range.start.character + 5);
    assert.ok(handle.view.visible, 'the Argument view is visible, so following the cursor would reveal');
    handle.followCursor.current = undefined;
    const node = await handle.followCursor.follow(inside);
    assert.strictEqual(node?.label, 'Introduction', 'the cursor is in the introduction');
    assert.strictEqual(handle.view.selection[0], question, 'the view keeps the clicked question selected');
    await vscode.window.showTextDocument(editor.document);
  });

  test('Next Claim and Previous Claim move the selection between claims', async () => {
    const { editor } = await articleWithArgument();
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('opis.argument.nextClaim');
    assert.match(selectedText(editor), /^assumption that the apparatus of the political police/);
    await vscode.commands.executeCommand('opis.argument.nextClaim');
    assert.match(selectedText(editor), /^appointed, paid and provided perks/);
    await vscode.commands.executeCommand('opis.argument.previousClaim');
    assert.match(selectedText(editor), /^assumption that the apparatus/);
  });

  test('the headings switch shows the derived outline', async () => {
    const { handle } = await articleWithArgument();
    await vscode.commands.executeCommand('opis.argument.showHeadings');
    try {
      const roots = handle.provider.getChildren();
      assert.deepStrictEqual(roots.slice(0, 3).map(node => node.label), ['Question (proposed)', 'Thesis (proposed)', 'Introduction']);
      assert.strictEqual(roots[0].description, 'Who did the Soviet political police answer to?');
      assert.match(roots[1].description ?? '', /^The following examination of the archives .* shows that the relationship of the regional political police/);
      assert.strictEqual(handle.provider.getChildren(roots[2])[0].label, 'Who did the Soviet political police answer to?');
    } finally {
      await vscode.commands.executeCommand('opis.argument.showArgument');
    }
    assert.strictEqual(handle.provider.getChildren()[0].label, 'Question');
  });

  test('a quote that no longer matches marks its claim unanchored and reports it on the argument file', async () => {
    const { handle } = await articleWithArgument();
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const argumentUri = vscode.Uri.joinPath(folder, 'argument.json');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(argumentUri));
    const broken = original.replace('"exact": "The Uralplatina affair was a turning point."', '"exact": "The Uralplatina affair was never discussed at all."');
    assert.notStrictEqual(broken, original);
    await vscode.workspace.fs.writeFile(argumentUri, new TextEncoder().encode(broken));
    try {
      // The file watcher reloads the argument too; whichever load finishes last, the claim ends up unanchored.
      void handle.session.load(handle.session.state!.document);
      const uralplatina = () => {
        const plan = handle.provider.getChildren().find(n => n.label === 'OGPU and the plan');
        return plan && handle.provider.getChildren(plan)[2];
      };
      const claim = await waitFor(handle.session.onDidChange, () => (uralplatina()?.unanchored ? uralplatina() : undefined), 'the claim to be unanchored');
      assert.match(claim.label, /^The Uralplatina affair/);
      assert.strictEqual(handle.provider.getTreeItem(claim).command, undefined);
      const diagnostics = vscode.languages.getDiagnostics(argumentUri);
      assert.strictEqual(diagnostics.length, 1);
      assert.match(diagnostics[0].message, /no longer matches the article/);
      // at the claim's quote in the argument file
      const lines = broken.split('\n');
      const offset = ({ line, character }: vscode.Position) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
      const quoted = broken.slice(offset(diagnostics[0].range.start), offset(diagnostics[0].range.end));
      assert.match(quoted, /^\{[\s\S]*"exact": "The Uralplatina affair was never discussed at all\."[\s\S]*\}$/);
    } finally {
      await vscode.workspace.fs.writeFile(argumentUri, new TextEncoder().encode(original));
      void handle.session.load(handle.session.state!.document);
    }
    await waitFor(handle.session.onDidChange, () => uralplatinaAnchored(handle), 'the claim to be anchored again');
    assert.strictEqual(vscode.languages.getDiagnostics(argumentUri).length, 0);
  });
});
