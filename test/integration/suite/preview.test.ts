import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateOpis, ARTICLE, openWorkspaceFile, renderWithOpis, waitFor } from './helpers';

suite('Markdown preview', () => {
  test('renders the article with footnotes, note cards and Opis marks', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const html = await renderWithOpis(document, 'opis-note-ref');
    assert.match(html, /<sup class="footnote-ref"><a class="opis-note-ref" data-opis-card="opis-card-\d+" href="#fn\d+" id="fnref\d+">\[28\]<\/a><\/sup>/);
    assert.match(html, /<section class="footnotes">/);
    assert.doesNotMatch(html, /\[\^28\]/);
    const id = /data-opis-card="(opis-card-\d+)"[^>]*>\[28\]/.exec(html)?.[1];
    const card = new RegExp(`<div class="opis-card" id="${id}" role="tooltip">(.*?)</div>`).exec(html)?.[1] ?? '';
    assert.match(card, /<strong>Ibid\. → note 27:<\/strong> RGASPI, f\. 17, op\. 3, d\. 677/);
    assert.match(html, /<span class="opis-mark opis-glossary" data-opis-card="opis-card-\d+">RGASPI<\/span>/);
    assert.match(html, /<span class="opis-mark opis-official" data-opis-card="opis-card-\d+">/);
  });

  test('shows a note as edited once that version is read, the rendering never parsing the notes itself', async () => {
    await activateOpis();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Kaganovich wrote.[^1]\n\n[^1]: RGASPI, f. 17, op. 3, d. 677.\n' });
    const cardOfNote = (html: string) => {
      const id = /class="opis-note-ref" data-opis-card="(opis-card-\d+)"/.exec(html)?.[1];
      return id ? (new RegExp(`<div class="opis-card" id="${id}" role="tooltip">(.*?)</div>`).exec(html)?.[1] ?? '') : '';
    };
    assert.match(cardOfNote(await renderWithOpis(document, 'opis-note-ref')), /d\. 677/);
    const at = document.getText().indexOf('677');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + 3)), '999');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // a rendering while the new version's index is made in turns shows the latest index's card; the previews are
    // refreshed when it is made
    const card = cardOfNote(await renderWithOpis(document, html => /d\. 999/.test(cardOfNote(html))));
    assert.match(card, /RGASPI, f\. 17, op\. 3, d\. 999/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('follows opis.highlight.* in the rendering', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const config = vscode.workspace.getConfiguration('opis.highlight');
    await config.update('officials', false, vscode.ConfigurationTarget.Workspace);
    try {
      const html = await renderWithOpis(document);
      assert.doesNotMatch(html, /opis-official/);
      assert.match(html, /opis-glossary/);
    } finally {
      await config.update('officials', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('embeds the annotations of the article for the page to highlight, their notes as text', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const exact = 'The local political police plenipotentiary was a central member';
    const start = document.getText().indexOf(exact);
    const range = new vscode.Range(document.positionAt(start), document.positionAt(start + exact.length));
    const id = await vscode.commands.executeCommand<string>('opis.annotateSelection', { uri: document.uri, range, note: 'See <script>alert(1)</script>', category: 'Question' });
    assert.ok(id, 'Annotate Selection returns the new annotation id');
    try {
      const html = await renderWithOpis(document, 'opis-annotations');
      const attribute = /<div class="opis-annotations" hidden data-opis-annotations="([^"]*)"><\/div>/.exec(html)?.[1] ?? '';
      const list = JSON.parse(attribute.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&')) as { id: string; colour: string; card: string; target: { exact: string } }[];
      const mine = list.find(a => a.id === id);
      assert.ok(mine, 'the new annotation is embedded');
      assert.strictEqual(mine.colour, 'question');
      assert.strictEqual(mine.target.exact, exact);
      const card = new RegExp(`<div class="opis-card" id="${mine.card}" role="tooltip">(.*?)</div>`).exec(html)?.[1] ?? '';
      assert.match(card, /<strong>Question<\/strong>.*<p class="opis-annotation-note">See &lt;script&gt;alert\(1\)&lt;\/script&gt;<\/p>/);
    } finally {
      await vscode.commands.executeCommand('opis.annotation.delete', { id });
    }
    assert.doesNotMatch(await vscode.commands.executeCommand<string>('markdown.api.render', document), new RegExp(id));
  });

  test('opens the Opis Reader of the article beside it', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const reader = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('opis.reader'));
    await vscode.commands.executeCommand('opis.openReader', document.uri);
    // the workbench reports its tabs to the extension host a moment after the panel opens
    const tab = await waitFor(vscode.window.tabGroups.onDidChangeTabs, reader, 'the Reader tab');
    assert.strictEqual(tab.label, `Reader: ${ARTICLE}`);
    await vscode.window.tabGroups.close(reader() ?? tab);
  });
});
