import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnnotationsSnapshot } from '../../../src/features/annotations';
import { activateOpis, ARTICLE, openWorkspaceFile } from './helpers';

const QUOTE = 'the centre shrank from resolving the controversial matter';

suite('annotations: Hypothesis import and export', () => {
  test('a Hypothesis export lands on its passage, and Export Annotations writes it as Markdown', async () => {
    await activateOpis();
    const editor = await openWorkspaceFile(ARTICLE);
    const text = editor.document.getText();
    const at = text.indexOf(QUOTE);
    assert.ok(at > 0, 'the article contains the quoted passage');
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const file = vscode.Uri.joinPath(folder, 'hypothesis-export.json');
    const row = {
      id: 'hyp-1',
      created: '2026-01-02T03:04:05Z',
      updated: '2026-01-02T03:04:05Z',
      user: 'acct:reader@hypothes.is',
      text: 'Leggett on the **unresolved** question.',
      tags: ['leggett'],
      target: [{ selector: [{ type: 'TextQuoteSelector', exact: QUOTE, prefix: text.slice(at - 32, at), suffix: text.slice(at + QUOTE.length, at + QUOTE.length + 32) }] }],
    };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify([row, { id: 'page-note', text: 'no passage' }])));

    const added = await vscode.commands.executeCommand<number>('opis.annotations.importHypothesis', { file, target: editor.document.uri });
    assert.strictEqual(added, 1, 'one annotation imported, the page note skipped');
    const snapshot = await vscode.commands.executeCommand<AnnotationsSnapshot>('opis.annotations.inspect');
    const thread = snapshot.threads.find(t => t.comments.some(c => c.body.includes('Leggett on the')));
    assert.ok(thread, 'the imported note is a comment thread');
    const start = editor.document.positionAt(at);
    assert.deepStrictEqual(thread.range?.slice(0, 2), [start.line, start.character], 'on the quoted passage');

    const again = await vscode.commands.executeCommand<number>('opis.annotations.importHypothesis', { file, target: editor.document.uri });
    assert.strictEqual(again, 0, 'importing the same export twice adds nothing');

    const exported = await vscode.commands.executeCommand<vscode.TextDocument>('opis.annotations.export', 'md');
    assert.strictEqual(exported.languageId, 'markdown');
    assert.ok(exported.getText().includes(QUOTE), exported.getText());
    assert.ok(exported.getText().includes('Leggett on the **unresolved** question.'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    await vscode.commands.executeCommand('opis.annotation.delete', { id: thread.id });
    await vscode.workspace.fs.delete(file);
  });
});
