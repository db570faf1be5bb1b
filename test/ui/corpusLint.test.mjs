import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { articleShown, findInEditor, openWorkbench, shot } from './workbench.mjs';

describe('the corpus linter, as a reader editing an article sees it', function () {
  let wb;
  before(async function () {
    wb = await openWorkbench();
    // the workspace's copy of the article: the tests never edit the article shipped with Opis
    await wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'harris-dual-subordination.md' }).first().click();
    await articleShown(wb.page);
  });
  after(() => wb?.close());
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  it('lists a note reference without a definition in the Problems panel while typing', async () => {
    await findInEditor(wb.page, 'managers.[^28]');
    await wb.page.keyboard.press('ArrowRight');
    const typed = ' A claim to check.[^999]';
    await wb.page.keyboard.type(typed);
    // the status bar's problem counts open the Problems panel
    await wb.page.locator('[id="status.problems"]').first().click();
    const row = wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'footnote reference [^999] has no definition' }).first();
    await row.waitFor({ timeout: 20000 });
    assert.match(await row.innerText(), /opis/);
    await shot(wb.page, 'lint-problems');
    // take the text back out: the diagnostics go with it
    await wb.page.locator('.monaco-editor textarea').first().focus();
    for (let i = 0; i < typed.length; i++) await wb.page.keyboard.press('Shift+ArrowLeft');
    await wb.page.keyboard.press('Backspace');
    // saved as it was, so no edited copy is restored into the next workbench
    await wb.page.keyboard.press('Control+S');
    await row.waitFor({ state: 'detached', timeout: 20000 });
  });

  it('names a Markdown file that is no text, or not UTF-8, in one sentence, and does not read it', async () => {
    const files = {
      // an image saved under an article's name
      'scan.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      // «Обком» in Windows-1251
      'obkom-1251.md': Buffer.from([0xce, 0xe1, 0xea, 0xee, 0xec, 0x0a]),
    };
    const workspace = process.env.OPIS_WORKSPACE;
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(workspace, name), bytes);
    try {
      // the corpus's file watcher finds them, and the index reads them
      for (const [name, problem] of [['scan.md', 'it is a binary file, not text'], ['obkom-1251.md', 'it is not UTF-8 text; save it as UTF-8 to have it read']]) {
        const toast = wb.page.locator('.notification-toast', { hasText: `did not read ${name}` });
        await toast.waitFor({ timeout: 30000 });
        assert.match(await toast.innerText(), new RegExp(problem.replace(/[.;]/g, '\\$&')));
      }
    } finally {
      for (const name of Object.keys(files)) rmSync(path.join(workspace, name), { force: true });
    }
  });
});
