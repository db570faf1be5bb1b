import * as assert from 'node:assert/strict';
import { openOpisViewAlone, openWorkbench, runCommand, shot } from './workbench.mjs';

describe('officials, as a reader looks them up', function () {
  let wb;
  before(async function () {
    wb = await openWorkbench();
  });
  after(() => wb?.close());
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  it('finds Ezhov first when Find Official… is given the English spelling Yezhov', async () => {
    await runCommand(wb.page, 'Opis: Find Official…');
    const input = wb.page.locator('.quick-input-widget input');
    await wb.page.locator('.quick-input-widget', { hasText: 'Find Official' }).waitFor({ timeout: 10000 });
    await input.fill('Yezhov');
    const first = wb.page.locator('.quick-input-list .monaco-list-row[data-index="0"]');
    await first.filter({ hasText: 'Ezhov' }).waitFor({ timeout: 15000 });
    assert.equal((await first.locator('.label-name').first().innerText()).trim(), 'Ezhov');
    const text = (await first.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /head of the NKVD/);
    assert.match(text, /Ежов · \d+ mentions?/);
    await shot(wb.page, 'find-official');
    await wb.page.keyboard.press('Escape');
    await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 });
  });

  it('groups the officials by affiliation in the Officials view', async () => {
    // alone in the sidebar: beside the other Opis views its groups would not all be in sight
    const view = await openOpisViewAlone(wb.page, 'Officials');
    const row = label => view.locator('.monaco-list-row', { hasText: label }).first();
    for (const group of ['NKVD', 'Obkom', 'OGPU', 'Central Committee']) await row(group).waitFor({ timeout: 15000 });
    // a group opens onto its people, each with the number of times the article names them
    await row('NKVD').click();
    await row('Ezhov').waitFor({ timeout: 10000 });
    assert.match(await row('Ezhov').innerText(), /\d+ mentions?/);
    assert.equal(await row('NKVD').getAttribute('aria-expanded'), 'true');
    await shot(wb.page, 'officials-view');
  });
});
