import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateOpis, ARTICLE, openWorkspaceFile } from './helpers';

/** VS Code's Markdown extension renders as its preview does, with Opis's plugin; the corpus data loads after
 * activation, so render until Opis's layer is there (a bounded number of renders, no timers). */
async function renderWithOpis(document: vscode.TextDocument): Promise<string> {
  let html = '';
  for (let attempt = 0; attempt < 200 && !html.includes('opis-mark'); attempt++) {
    html = await vscode.commands.executeCommand<string>('markdown.api.render', document);
  }
  return html;
}

suite('Markdown preview', () => {
  test('renders the article with footnotes, note cards and Opis marks', async () => {
    await activateOpis();
    const { document } = await openWorkspaceFile(ARTICLE);
    const html = await renderWithOpis(document);
    assert.match(html, /<sup class="footnote-ref"><a class="opis-note-ref" data-opis-card="opis-card-\d+" href="#fn\d+" id="fnref\d+">\[28\]<\/a><\/sup>/);
    assert.match(html, /<section class="footnotes">/);
    assert.doesNotMatch(html, /\[\^28\]/);
    const id = /data-opis-card="(opis-card-\d+)"[^>]*>\[28\]/.exec(html)?.[1];
    const card = new RegExp(`<div class="opis-card" id="${id}" role="tooltip">(.*?)</div>`).exec(html)?.[1] ?? '';
    assert.match(card, /<strong>Ibid\. → note 27:<\/strong> RGASPI, f\. 17, op\. 3, d\. 677/);
    assert.match(html, /<span class="opis-mark opis-glossary" data-opis-card="opis-card-\d+">RGASPI<\/span>/);
    assert.match(html, /<span class="opis-mark opis-official" data-opis-card="opis-card-\d+">/);
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
});
