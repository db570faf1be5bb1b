import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleShown, locateText, openOpisViewAlone, openWorkbench, runCommand, shot } from './workbench.mjs';

const ARTICLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'harris-dual-subordination.md');
// a claim of the section "OGPU and the plan" and the sentence of the article it is anchored to
const CLAIM = 'The regions competed fiercely for five-year plan investment';
const PASSAGE = 'In this context, the five-year plan was a matter of particular concern for the regions.';

describe('the Argument view, as a reader follows the argument', function () {
  let wb;
  let view;
  before(async function () {
    wb = await openWorkbench();
    await runCommand(wb.page, 'Opis: Open Article');
    await articleShown(wb.page);
    // the argument alone in a sidebar wide enough to read the claims
    view = await openOpisViewAlone(wb.page, 'Argument');
  });
  after(() => wb?.close());
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  const row = label => view.locator('.monaco-list-row', { hasText: label }).first();

  it('shows the question, thesis, periods and sections of the open article', async () => {
    for (const label of ['Question', 'Thesis', 'Periods', 'OGPU and the plan']) await row(label).waitFor({ timeout: 20000 });
    assert.match(await row('Question').innerText(), /Who did the Soviet political police answer to/);
    assert.match(await row('Periods').innerText(), /\d+/);
    await row('Question').click();
    await wb.page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+ \(\d+ selected\)/ }).waitFor({ timeout: 10000 });
    await shot(wb.page, 'overview');
  });

  it('selects the passage of a claim in the article when the claim is clicked', async () => {
    const line = readFileSync(ARTICLE, 'utf8').split('\n').findIndex(l => l.includes(PASSAGE)) + 1;
    assert.ok(line > 1, 'the passage is in the article');
    const status = wb.page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
    assert.doesNotMatch(await status.innerText(), new RegExp(`Ln ${line},`));
    await row(CLAIM).click();
    await wb.page.locator('.statusbar-item', { hasText: `Ln ${line}, ` }).filter({ hasText: `(${PASSAGE.length} selected)` }).waitFor({ timeout: 10000 });
    // the passage is on screen, selected, and the claim opens onto the notes that carry it
    await locateText(wb.page, 'the five-year plan was a matter of particular concern');
    assert.ok(await wb.page.locator('.monaco-editor .selected-text').first().isVisible());
    await row(CLAIM).locator('.monaco-tl-twistie').click();
    await view.locator('.monaco-list-row', { hasText: /^\s*Note \d+/ }).first().waitFor({ timeout: 10000 });
    await shot(wb.page, 'argument-view');
  });
});
