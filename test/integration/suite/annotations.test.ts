import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnnotationsSnapshot } from '../../../src/features/annotations';
import { activateOpis, ARTICLE, openWorkspaceFile } from './helpers';

// A passage of the article (first occurrence); the tests work on whatever the imported text says around it.
const PASSAGE = 'the regional party recruited most officials of the political police';

const inspect = () => vscode.commands.executeCommand<AnnotationsSnapshot>('opis.annotations.inspect');

function rangeOf(doc: vscode.TextDocument, text: string): vscode.Range {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `the article contains “${text}”`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
}

const asTuple = (r: vscode.Range): [number, number, number, number] => [r.start.line, r.start.character, r.end.line, r.end.character];

/** The W3C annotations on disk: one file each in the workspace's .opis/annotations/ (replies too). */
async function storedItems(): Promise<{ id: string; motivation: string; body: { purpose: string; value: string }[]; target: unknown }[]> {
  const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.opis', 'annotations');
  const files = (await vscode.workspace.fs.readDirectory(folder)).filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.json'));
  const items = [];
  for (const [name] of files) {
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))));
    assert.strictEqual(json['@context'], 'http://www.w3.org/ns/anno.jsonld', `${name} is a W3C annotation`);
    assert.strictEqual(json.version, 1, `${name} names its format version`);
    items.push(json);
  }
  return items;
}

async function threadOf(id: string) {
  const thread = (await inspect()).threads.find(t => t.id === id);
  assert.ok(thread, `a comment thread for ${id}`);
  return thread;
}

suite('annotations', () => {
  let editor: vscode.TextEditor;
  let id: string;
  let passage: vscode.Range;

  suiteSetup(async () => {
    await activateOpis();
    editor = await openWorkspaceFile(ARTICLE);
    passage = rangeOf(editor.document, PASSAGE);
    const created = await vscode.commands.executeCommand<string>('opis.annotateSelection', {
      uri: editor.document.uri,
      range: passage,
      note: 'Fainsod on **recruitment**.',
      tags: ['fainsod'],
      category: 'Evidence',
    });
    assert.ok(created, 'Annotate Selection returns the new annotation id');
    id = created;
  });

  suiteTeardown(async () => {
    // the edits these tests make must not reach the suites that run after them
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.strictEqual(editor.document.isDirty, false, 'the article is back as it is on disk');
    await vscode.commands.executeCommand('opis.annotation.delete', { id });
  });

  test('Annotate Selection opens a comment thread on exactly the passage and stores a W3C annotation', async () => {
    const thread = await threadOf(id);
    assert.strictEqual(thread.uri, editor.document.uri.toString());
    assert.deepStrictEqual(thread.range, asTuple(passage));
    assert.deepStrictEqual(thread.comments, [{ body: 'Fainsod on **recruitment**.', reply: false }]);
    assert.ok(thread.label?.startsWith('Evidence'), thread.label);
    const item = (await storedItems()).find(i => i.id === id);
    assert.ok(item);
    assert.deepStrictEqual(item.body.map(b => [b.purpose, b.value]), [['commenting', 'Fainsod on **recruitment**.'], ['tagging', 'fainsod'], ['classifying', 'Evidence']]);
    assert.deepStrictEqual((item.target as { source: string }).source, ARTICLE);
  });

  test('replies, edits and deletes like any comment thread', async () => {
    const replyId = await vscode.commands.executeCommand<string>('opis.annotation.reply', { id, note: 'See also note 3.' });
    assert.ok(replyId);
    assert.deepStrictEqual((await threadOf(id)).comments.map(c => c.reply), [false, true]);

    await vscode.commands.executeCommand('opis.annotation.saveEdit', { id, note: 'Fainsod on recruitment, edited.' });
    await vscode.commands.executeCommand('opis.annotation.saveEdit', { id, replyId, note: 'See also note 4.' });
    assert.deepStrictEqual((await threadOf(id)).comments.map(c => c.body), ['Fainsod on recruitment, edited.', 'See also note 4.']);
    const stored = await storedItems();
    assert.ok(stored.some(i => i.id === replyId && i.motivation === 'replying' && i.target === id));

    assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.delete', { id, replyId }), true);
    assert.deepStrictEqual((await threadOf(id)).comments.map(c => c.body), ['Fainsod on recruitment, edited.']);
    assert.ok(!(await storedItems()).some(i => i.id === replyId));
  });

  test('deleting an annotation removes its thread, and Undo brings it back', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.delete', { id }), true);
    assert.ok(!(await inspect()).threads.some(t => t.id === id));
    assert.ok(!(await storedItems()).some(i => i.id === id));
    assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.undoDelete'), id);
    assert.deepStrictEqual((await threadOf(id)).range, asTuple(passage));
    assert.ok((await storedItems()).some(i => i.id === id));
  });

  test('tags and category stay editable', async () => {
    await vscode.commands.executeCommand('opis.annotation.setTags', id, ['fainsod', 'recruitment']);
    await vscode.commands.executeCommand('opis.annotation.setCategory', id, 'Question');
    const item = (await storedItems()).find(i => i.id === id)!;
    assert.deepStrictEqual(item.body.filter(b => b.purpose !== 'commenting').map(b => b.value), ['fainsod', 'recruitment', 'Question']);
    assert.strictEqual((await threadOf(id)).label, 'Question · #fainsod #recruitment');
  });

  test('after a reload (controller disposed, store re-read) the note is back on the same passage', async () => {
    await vscode.commands.executeCommand('opis.annotations.restart');
    const thread = await threadOf(id);
    assert.deepStrictEqual(thread.range, asTuple(passage));
    assert.deepStrictEqual(thread.comments.map(c => c.body), ['Fainsod on recruitment, edited.']);
  });

  test('the range follows edits live, and Next Annotation goes to it', async () => {
    await editor.edit(b => b.insert(new vscode.Position(passage.start.line, 0), 'An inserted line.\n\n'));
    const moved = new vscode.Range(passage.start.translate(2), passage.end.translate(2));
    assert.deepStrictEqual((await threadOf(id)).range, asTuple(moved));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const reached = await vscode.commands.executeCommand<vscode.Range>('opis.nextAnnotation');
    assert.ok(reached?.isEqual(moved));
    assert.strictEqual(editor.document.getText(editor.selection), PASSAGE);
  });

  test('a deleted passage makes an orphan, which can be re-attached to a new selection', async () => {
    const current = rangeOf(editor.document, PASSAGE);
    await editor.edit(b => b.delete(current));
    const snapshot = await inspect();
    assert.ok(!snapshot.threads.some(t => t.id === id), 'no thread on a wrong passage');
    assert.deepStrictEqual(snapshot.orphans.map(o => [o.id, o.quote]), [[id, PASSAGE]]);

    const target = rangeOf(editor.document, 'Fainsod admitted that the documentary record');
    assert.strictEqual(await vscode.commands.executeCommand('opis.annotation.reattach', id, { uri: editor.document.uri, range: target }), true);
    assert.deepStrictEqual((await threadOf(id)).range, asTuple(target));
    assert.ok(!(await inspect()).orphans.some(o => o.id === id));
  });
});
