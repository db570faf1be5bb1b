import * as assert from 'node:assert/strict';
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
});
