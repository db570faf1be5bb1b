import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleShown, frameShowing, locateText, openOpisViewAlone, openWorkbench, reloadWindow, runCommand, shot } from './workbench.mjs';

const ARTICLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'harris-dual-subordination.md');
// a claim of the section "OGPU and the plan" and the sentence of the article it is anchored to
const CLAIM = 'The regions competed fiercely for five-year plan investment';
const PASSAGE = 'In this context, the five-year plan was a matter of particular concern for the regions.';
const SECTION = 'Terror and after';

/** The 0-based source line of the first line of the article holding `text` (what the renderer writes as data-line). */
function sourceLine(text) {
  const line = readFileSync(ARTICLE, 'utf8').split('\n').findIndex(l => l.includes(text));
  assert.ok(line > 0, `${text} is in the article`);
  return line;
}

/** Where the block of source line `line` is in the webview's viewport: its top and the viewport's height. */
function blockPlace(frame, line) {
  return frame.evaluate(l => {
    const block = document.querySelector(`.markdown-body [data-line="${l}"]`);
    return block && { top: block.getBoundingClientRect().top, height: window.innerHeight };
  }, line);
}

/** Resolves once the block of `line` is at the top of the webview (its first quarter). */
async function atTop(frame, line) {
  await frame.waitForFunction(l => {
    const block = document.querySelector(`.markdown-body [data-line="${l}"]`);
    const top = block?.getBoundingClientRect().top;
    return top !== undefined && top >= -2 && top < window.innerHeight / 4;
  }, line, { timeout: 20000 });
}

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

  it('brings a claim clicked in the Argument view to the top of the Markdown preview', async () => {
    // the article from its start, the preview beside it; the claim clicked before is chosen afresh
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    await wb.page.keyboard.press('Control+Home');
    await runCommand(wb.page, 'Markdown: Open Preview to the Side');
    const preview = await frameShowing(wb.page, '.markdown-body [data-line]');
    await row('Question').click();
    const line = sourceLine(PASSAGE);
    await atTop(preview, sourceLine('Who did the Soviet political police answer to'));
    const before = await blockPlace(preview, line);
    assert.ok(before && before.top > before.height, `the passage starts below the preview's first screen (at ${before?.top} px)`);
    await row(CLAIM).click();
    await atTop(preview, line);
    const place = await blockPlace(preview, line);
    console.log(`      the claim's paragraph is ${place.top.toFixed(0)} px from the top of the preview (${place.height} px high)`);
    await shot(wb.page, 'argument-preview');
    await wb.page.locator('.tab', { hasText: /^Preview / }).first().click();
    await runCommand(wb.page, 'View: Close Editor');
  });

  it('brings a claim to the top of the Reader, follows the Reader as the reader scrolls it, and reopens it there after a reload', async function () {
    this.timeout(240000); // the window is reloaded
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(wb.page, 'Opis: Open in Opis Reader');
    let reader = await frameShowing(wb.page, 'body.opis-reader .markdown-body [data-line]');
    await row('Question').click();
    await atTop(reader, sourceLine('Who did the Soviet political police answer to'));
    await row(CLAIM).click();
    await atTop(reader, sourceLine(PASSAGE));

    // the reader turns the wheel over the Reader until the last section's heading is at its top
    const heading = sourceLine(`## ${SECTION}`);
    const { top } = await blockPlace(reader, heading);
    const box = await (await reader.frameElement()).boundingBox();
    await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wb.page.mouse.wheel(0, top);
    await atTop(reader, heading);
    // the Argument view selects the section the Reader shows at its top
    await view.locator('.monaco-list-row.selected', { hasText: SECTION }).first().waitFor({ timeout: 20000 });
    await shot(wb.page, 'reader-follow');

    await reloadWindow(wb.page);
    reader = await frameShowing(wb.page, 'body.opis-reader .markdown-body [data-line]');
    await atTop(reader, heading);
    // the Argument view is back on the article without a click, and follows the Reader as it scrolls on
    const frame = await (await reader.frameElement()).boundingBox();
    await wb.page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await wb.page.mouse.wheel(0, 40);
    await view.locator('.monaco-list-row.selected', { hasText: SECTION }).first().waitFor({ timeout: 30000 });
    await shot(wb.page, 'reader-restored');
  });
});
