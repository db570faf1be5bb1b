// The first step of real use: a folder holding only a PDF, no article open and Opis not yet started. Import
// Article… is offered in the Command Palette and in the Explorer's context menu of the PDF, asks for the file and
// for where to write (beside it), and opens the article with its notes.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkbench, runCommand, shot } from './workbench.mjs';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import', 'robinson.pdf');

describe('importing a PDF in a folder without articles', function () {
  let wb;
  let folder;
  before(async function () {
    folder = mkdtempSync(path.join(tmpdir(), 'opis-ui-import-'));
    copyFileSync(FIXTURE, path.join(folder, 'robinson.pdf'));
    wb = await openWorkbench({ folder });
    this.page = wb.page;
  });
  after(() => wb?.close());
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  it('offers Import Article… in the context menu of the PDF in the Explorer', async () => {
    await wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'robinson.pdf' }).click({ button: 'right' });
    const item = wb.page.locator('.context-view .action-label', { hasText: 'Import Article…' });
    await item.waitFor({ timeout: 15000 });
    await shot(wb.page, 'import-context-menu');
    await wb.page.keyboard.press('Escape');
    await item.waitFor({ state: 'hidden', timeout: 10000 });
  });

  it('imports the PDF from the Command Palette beside it and opens the article with its notes', async () => {
    await runCommand(wb.page, 'Opis: Import Article…');
    // the open dialog uses the palette's own widget: wait for its title, or the path goes to the palette
    await wb.page.locator('.quick-input-widget', { hasText: 'Article to import' }).waitFor({ timeout: 30000 });
    const input = wb.page.locator('.quick-input-widget input');
    await input.fill(path.join(folder, 'robinson.pdf'));
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.quick-input-widget', { hasText: 'Write the Markdown to' }).waitFor({ timeout: 30000 });
    // the save dialog fills its input after it shows: its proposal is the PDF's name beside it
    const proposed = await wb.page
      .waitForFunction(() => /\.md$/.test(document.querySelector('.quick-input-widget input')?.value ?? '') && document.querySelector('.quick-input-widget input').value, null, { timeout: 30000 })
      .then(handle => handle.jsonValue());
    assert.equal(proposed, path.join(folder, 'robinson.md'));
    await wb.page.keyboard.press('Enter');
    const tab = wb.page.locator('.tabs-container .tab', { hasText: 'robinson.md' }).first();
    await tab.waitFor({ timeout: 120000 });
    // the summary's toast may have gone on a slow machine: the notification center keeps it
    await runCommand(wb.page, 'Notifications: Show Notifications');
    const summary = wb.page.locator('.notifications-center .notification-list-item-message', { hasText: 'read as PDF' }).first();
    await summary.waitFor({ timeout: 30000 });
    assert.match(await summary.innerText(), /robinson\.pdf: read as PDF .*; 64 notes$/);
    await shot(wb.page, 'import-done');
    const markdown = readFileSync(path.join(folder, 'robinson.md'), 'utf8');
    assert.match(markdown, /^# Freedom and Rights in the Thought of Ivan Ilyin$/m);
    assert.equal([...markdown.matchAll(/^\[\^\d+\]: /gm)].length, 64);
    // nothing else written into the folder (no annotation folder made by starting Opis)
    assert.deepEqual(readdirSync(folder).sort(), ['robinson.md', 'robinson.pdf']);
  });
});
