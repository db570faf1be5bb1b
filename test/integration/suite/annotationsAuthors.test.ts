import * as assert from 'assert';
import * as vscode from 'vscode';
import { fileNameOf, serializeEntry, type Json } from '../../../src/core/annotations';
import { activateOpis, ARTICLE, inspectAnnotations as inspect, openWorkspaceFile, untilAnnotations as until } from './helpers';

// Who wrote what, as a group reads it: names on notes and replies in threads and the Annotations view, the
// reader's own told apart, a filter by author, and the email address recorded only when asked for.
const PASSAGE = 'the regional party recruited most officials of the political police';
const READER = 'Olga Petrova';
const EMAIL = 'olga@example.org';

/** Git config given to the git that Opis runs (the extension host is this process), as a clone's would be. */
function useGitIdentity(on: boolean): void {
  const env = { GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: 'user.name', GIT_CONFIG_VALUE_0: READER, GIT_CONFIG_KEY_1: 'user.email', GIT_CONFIG_VALUE_1: EMAIL };
  for (const [key, value] of Object.entries(env)) {
    if (on) process.env[key] = value;
    else delete process.env[key];
  }
}

suite('annotations: authors', () => {
  let editor: vscode.TextEditor;
  const folder = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.opis', 'annotations');
  const fileOf = (id: string) => vscode.Uri.joinPath(folder(), fileNameOf(id));
  const stored = async (id: string) => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fileOf(id)))) as Json;
  const made: string[] = [];

  async function annotate(note: string): Promise<string> {
    const at = editor.document.getText().indexOf(PASSAGE);
    const id = await vscode.commands.executeCommand<string>('opis.annotateSelection', {
      uri: editor.document.uri,
      range: new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + PASSAGE.length)),
      note,
    });
    assert.ok(id);
    made.push(id);
    return id;
  }

  suiteSetup(async () => {
    await activateOpis();
    useGitIdentity(true);
    // The stores ask git who the reader is when they open.
    await vscode.commands.executeCommand('opis.annotations.restart');
    editor = await openWorkspaceFile(ARTICLE);
  });

  suiteTeardown(async () => {
    for (const id of made) await vscode.commands.executeCommand('opis.annotation.delete', { id });
    await vscode.commands.executeCommand('opis.annotations.clearFilter');
    await vscode.workspace.getConfiguration('opis').update('annotations.includeEmail', undefined, vscode.ConfigurationTarget.Global);
    useGitIdentity(false);
    await vscode.commands.executeCommand('opis.annotations.restart');
  });

  test('threads and the view name each author, mark the reader’s own, and filter by author', async () => {
    const own = await annotate('My reading.');
    const { '@context': _context, version: _version, ...item } = await stored(own);
    const theirs = 'urn:uuid:7d1e-colleague-note';
    const body = (item.body as Json[]).map(b => (b.purpose === 'commenting' ? { ...b, value: 'Carol’s reading.' } : b));
    await vscode.workspace.fs.writeFile(fileOf(theirs), new TextEncoder().encode(serializeEntry(theirs, { versions: [{ ...item, id: theirs, body, creator: { type: 'Person', name: 'Carol' } }] })));
    made.push(theirs);
    await until('the colleague’s thread', s => s.threads.find(t => t.id === theirs));
    assert.ok(await vscode.commands.executeCommand('opis.annotation.reply', { id: theirs, note: 'I disagree.' }));

    const snapshot = await inspect();
    assert.deepStrictEqual(snapshot.threads.find(t => t.id === own)?.authors, [`${READER} (you)`]);
    assert.deepStrictEqual(snapshot.threads.find(t => t.id === theirs)?.authors, ['Carol', `${READER} (you)`]);
    const entry = (id: string) => snapshot.view.find(e => e.id === id);
    assert.deepStrictEqual([entry(own)?.description, entry(own)?.icon], [`Note · ${READER} (you)`, 'note']);
    assert.deepStrictEqual([entry(theirs)?.description, entry(theirs)?.icon], ['Note · Carol', 'account']);

    await vscode.commands.executeCommand('opis.annotations.filter', { author: 'Carol' });
    assert.deepStrictEqual((await inspect()).view.map(e => e.id), [theirs]);
    await vscode.commands.executeCommand('opis.annotations.filter', { author: READER });
    assert.deepStrictEqual((await inspect()).view.map(e => e.id).sort(), [own, theirs].sort(), 'their notes and the notes they replied to');
    await vscode.commands.executeCommand('opis.annotations.clearFilter');
  });

  test('the email address is recorded with the name only once opis.annotations.includeEmail is on', async () => {
    const without = await annotate('No address.');
    assert.deepStrictEqual((await stored(without)).creator, { type: 'Person', name: READER });

    await vscode.workspace.getConfiguration('opis').update('annotations.includeEmail', true, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('opis.annotations.restart');
    const withEmail = await annotate('With my address.');
    assert.deepStrictEqual((await stored(withEmail)).creator, { type: 'Person', name: READER, email: `mailto:${EMAIL}` });
    const replyId = await vscode.commands.executeCommand<string>('opis.annotation.reply', { id: withEmail, note: 'And a reply.' });
    assert.deepStrictEqual((await stored(replyId)).creator, { type: 'Person', name: READER, email: `mailto:${EMAIL}` });
    assert.deepStrictEqual((await stored(without)).creator, { type: 'Person', name: READER }, 'earlier notes are left as written');
  });
});
