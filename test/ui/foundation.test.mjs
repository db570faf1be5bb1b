import * as assert from 'node:assert/strict';
import { articleShown, openWorkbench, runCommand, shot } from './workbench.mjs';

describe('the Opis workbench, as a reader sees it', function () {
  let wb;
  before(async function () {
    wb = await openWorkbench();
    this.page = wb.page;
  });
  after(() => wb?.close());
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  it('shows the Opis icon in the activity bar and its Argument view with a welcome text', async () => {
    const icon = wb.page.locator('.activitybar .action-item a[aria-label^="Opis"]').first();
    await icon.waitFor({ timeout: 30000 });
    await icon.click();
    // alone in its container the view's name is the sidebar title; beside other views it is a pane header
    const title = wb.page.locator('.part.sidebar .composite.title, .part.sidebar .pane-header', { hasText: /Argument/i }).first();
    await title.waitFor({ timeout: 15000 });
    const welcome = wb.page.locator('.welcome-view-content', { hasText: 'Open the bundled article' }).first();
    await welcome.waitFor({ timeout: 15000 });
    assert.ok(await welcome.isVisible());
    // Opis has activated once the Officials view lists its groups (before, VS Code says it has no data provider)
    await wb.page.locator('.part.sidebar .pane', { hasText: 'Officials' }).locator('.monaco-list-row').first().waitFor({ timeout: 30000 });
    await shot(wb.page, 'activitybar');
  });

  it('lists Opis: Open Article in the command palette and opens the article', async () => {
    await runCommand(wb.page, 'Opis: Open Article');
    const tab = wb.page.locator('.tabs-container .tab', { hasText: 'harris-dual-subordination.md' }).first();
    await tab.waitFor({ timeout: 20000 });
    assert.ok(await tab.isVisible());
    await articleShown(wb.page);
  });
});
