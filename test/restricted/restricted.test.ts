// Opis in a workspace the reader has not trusted, built to abuse it (see test/runners/restrictedWorkspace.mjs): the
// host runs with workspace trust on and the folder untrusted. Nothing may be written into the folder, nothing read
// outside it (through links, `../` paths or a workspace setting), and nothing rendered that loads from a remote host.
import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { realpathSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileNameOf, type Annotation, type Json } from '../../src/core/annotations';
import { readItem } from '../../src/core/annotations/w3c';
import { AnnotationsTreeProvider } from '../../src/features/annotations/annotationsView';
import { hoverFor } from '../../src/features/annotations/highlights';
import type { OfficialsHandle } from '../../src/features/officials';
import { activateOpis, ARTICLE, inspectAnnotations, openWorkspaceFile, untilAnnotations, waitFor } from '../integration/suite/helpers';
import { recordFileReads, type FileReads } from './fileReads';
import { folderDigest } from './folderDigest';

/** Text every private file outside the folder holds (restrictedWorkspace.mjs): seen anywhere, it was read. */
const OUTSIDE_MARK = 'OUTSIDE-SECRET';


/** Markdown as a renderer that takes HTML and autolinks makes it HTML; a MarkdownString must be untrusted and without HTML. */
const renderer = new MarkdownIt({ html: true, linkify: true });
function rendered(content: string | vscode.MarkdownString | undefined): string {
  if (content instanceof vscode.MarkdownString) assert.ok(!content.isTrusted && !content.supportHtml, 'untrusted Markdown without HTML');
  return renderer.render(content instanceof vscode.MarkdownString ? content.value : (content ?? ''));
}

/** What in rendered HTML loads or links anything: an image (a read-tracking pixel) or a link (a remote host, a command). */
const remoteParts = (html: string): string[] => [...html.matchAll(/<(?:img|a)\b[^>]*>/g)].map(m => m[0]);

suite('Restricted Mode: a workspace built to abuse Opis', () => {
  let folder: string;
  let outside: string;
  let before: Record<string, string>;
  let reads: FileReads;

  suiteSetup(() => {
    folder = realpathSync(vscode.workspace.workspaceFolders![0].uri.fsPath);
    outside = realpathSync(path.join(folder, '..', 'outside'));
    before = folderDigest(folder);
    // Before Opis starts, so that every file it reads is seen.
    assert.strictEqual(vscode.extensions.getExtension('opis-history.opis')?.isActive, false, 'Opis has not started yet');
    reads = recordFileReads();
  });
  suiteTeardown(() => reads.stop());

  test('the host runs the folder untrusted, without the folder\'s own opis.corpus.include', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    assert.strictEqual(vscode.workspace.getConfiguration('opis').get('corpus.include'), '**/*.md');
  });

  test('the corpus is the folder\'s Markdown: no other file, no link', async () => {
    await activateOpis();
    const handle = await vscode.commands.executeCommand<OfficialsHandle>('opis.officials.inspect');
    await handle.store.ready;
    const index = await waitFor(handle.store.onDidChange, () => (handle.store.index?.officials.length ? handle.store.index : undefined), 'the officials index');
    const files = new Set(index.mentionsOf('kabakov').map(m => m.file));
    assert.ok(files.has(ARTICLE), `Kabakov is named in ${[...files].join(', ')}`);
    assert.ok(!files.has('notes.txt') && !files.has('secret-link.md'), `Kabakov is named in ${[...files].join(', ')}`);
  });

  test('linked store files are not read, and a note\'s source outside the folder is not opened', async () => {
    await openWorkspaceFile(ARTICLE);
    const snapshot = await untilAnnotations('the notes of the article', s => (s.threads.length ? s : undefined));
    assert.ok(!JSON.stringify(snapshot).includes(OUTSIDE_MARK), 'nothing of the private files is shown');
    const store = path.join(folder, '.opis', 'annotations');
    const elsewhere = readdirSync(store, { withFileTypes: true })
      .filter(entry => entry.isFile())
      .map(entry => JSON.parse(readFileSync(path.join(store, entry.name), 'utf8')) as { id: string; target: { source: string } })
      .find(item => item.target.source.startsWith('../'));
    assert.ok(elsewhere, 'the workspace has a note whose source is outside the folder');
    await vscode.commands.executeCommand('opis.annotation.reveal', elsewhere.id);
    const opened = vscode.workspace.textDocuments.map(doc => doc.uri.fsPath).filter(file => file.startsWith(outside));
    assert.deepStrictEqual(opened, []);
  });

  test('nothing from a remote host is rendered: the crafted note and tags in its comment, hover and tree item', async () => {
    await openWorkspaceFile(ARTICLE);
    const thread = await untilAnnotations('the crafted note\'s thread', s => s.threads.find(t => t.comments.some(c => c.body.includes('Crafted note'))));
    // The hover is a decoration's and the tree item the view's: both are built here from the note as stored.
    const { '@context': _context, version: _version, ...item } = JSON.parse(readFileSync(path.join(folder, '.opis', 'annotations', fileNameOf(thread.id)), 'utf8')) as Json;
    const annotation = readItem(item) as Annotation;
    assert.strictEqual(annotation.tags.length, 2, 'the crafted tags are read');
    const provider = new AnnotationsTreeProvider();
    const shown = [hoverFor(annotation, { author: undefined, isPrivate: false }), provider.getTreeItem({ kind: 'annotation', annotation }).tooltip, ...thread.comments.map(c => c.body)];
    provider.dispose();
    const html = shown.map(rendered).join('\n');
    assert.match(html, /Crafted note/);
    assert.match(html, /tracker\.example\/tag-html\.png/, 'the tags are shown as text');
    assert.deepStrictEqual(remoteParts(html), []);
  });

  test('a note made in Restricted Mode is kept, not written', async () => {
    const editor = await openWorkspaceFile(ARTICLE);
    const passage = 'They helped local party leaders promote regional economic plans';
    const at = editor.document.getText().indexOf(passage);
    const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + passage.length));
    const id = await vscode.commands.executeCommand<string>('opis.annotateSelection', { uri: editor.document.uri, range, note: 'Made while restricted.' });
    assert.ok(id && (await inspectAnnotations()).threads.some(t => t.id === id), 'the note is shown');
  });

  test('nothing was read outside the folder, and nothing written in it', () => {
    const outsideReads = [...reads.paths].filter(file => file === outside || file.startsWith(outside + path.sep));
    assert.deepStrictEqual(outsideReads, []);
    assert.ok(reads.paths.has(path.join(folder, 'officials.json')), 'the record sees what Opis reads through vscode.workspace.fs');
    assert.ok(reads.paths.has(path.join(folder, '.opis', 'annotations')), 'the record sees what Opis reads through node:fs');
    assert.deepStrictEqual(folderDigest(folder), before);
  });
});
