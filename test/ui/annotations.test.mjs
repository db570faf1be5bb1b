import * as assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { articleShown, findInEditor, locateText, openOpisView, openWorkbench, reloadWindow, runCommand, shot } from './workbench.mjs';

const ARTICLE = 'harris-dual-subordination.md';
const PASSAGE = 'Fainsod admitted that the documentary record could not provide an answer.';
const NOTE = 'Compare Getty on the Smolensk archive';
// the Note category's highlight, in a dark and in a light theme (package.json colors)
const NOTE_BACKGROUNDS = ['rgba(210, 153, 34, 0.2)', 'rgba(249, 168, 37, 0.25)'];

/** The background colours of Opis's passage decorations under the middle of `needle`. */
async function decorationsAt(page, needle) {
  const { x, y } = await locateText(page, needle);
  return page.evaluate(([x, y]) => [...document.querySelectorAll('.monaco-editor .view-overlays [class*="ced-"]')]
    .filter(el => {
      const r = el.getBoundingClientRect();
      return r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
    })
    .map(el => getComputedStyle(el).backgroundColor), [x, y]);
}

describe('annotations, as a reader writes and finds them again', function () {
  let wb;
  before(async function () {
    // start from a workspace without notes, so only the one written here can be found
    const workspace = process.env.OPIS_WORKSPACE;
    if (!workspace) throw new Error('OPIS_WORKSPACE is not set: run UI tests through `npm test -- ui`');
    rmSync(path.join(workspace, '.opis', 'annotations'), { recursive: true, force: true });
    wb = await openWorkbench();
    // the article of the workspace folder, where its notes are kept (.opis/annotations/, a file each)
    await wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).first().click();
    await articleShown(wb.page);
  });
  after(() => wb?.close());
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  it('annotates a selected passage with a note typed straight after Annotate Selection, the article unchanged', async () => {
    const file = path.join(process.env.OPIS_WORKSPACE, ARTICLE);
    const before = readFileSync(file);
    await findInEditor(wb.page, PASSAGE);
    await wb.page.locator('.statusbar-item', { hasText: `(${PASSAGE.length} selected)` }).waitFor({ timeout: 10000 });
    await runCommand(wb.page, 'Opis: Annotate Selection');
    const thread = wb.page.locator('.review-widget').filter({ visible: true }).first();
    // the note input has the focus: the reader types at once, without clicking anywhere
    await thread.locator('.comment-form .monaco-editor.focused').waitFor({ timeout: 15000 });
    await wb.page.keyboard.type(NOTE);
    await thread.getByRole('button', { name: 'Save Annotation' }).click();
    await thread.locator('.comment-body', { hasText: NOTE }).waitFor({ timeout: 15000 });
    // the passage is still there in the editor, which has nothing unsaved, and the file is byte for byte the same
    await wb.page.locator('.monaco-editor .view-line', { hasText: 'documentary record could not provide an answer' }).first().waitFor({ timeout: 5000 });
    assert.equal(await wb.page.locator('.tab.active.dirty').count(), 0, 'the article has unsaved changes');
    assert.ok(readFileSync(file).equals(before), 'the article changed on disk');
    const view = await openOpisView(wb.page, 'Annotations');
    await view.locator('.monaco-list-row', { hasText: NOTE }).waitFor({ timeout: 15000 });
    const colours = await decorationsAt(wb.page, 'documentary record');
    assert.ok(colours.some(c => NOTE_BACKGROUNDS.includes(c)), `a Note highlight under the passage; found ${JSON.stringify(colours)}`);
  });

  it('shows the annotation again after the window is reloaded', async () => {
    await reloadWindow(wb.page);
    const view = await openOpisView(wb.page, 'Annotations');
    const entry = view.locator('.monaco-list-row', { hasText: NOTE }).first();
    await entry.waitFor({ timeout: 30000 });
    const thread = wb.page.locator('.review-widget').filter({ visible: true }).first();
    // a click that lands while the view is rebuilt (notes still being placed after the reload) is lost, as it would
    // be for a reader, who clicks again
    for (let attempt = 1; ; attempt++) {
      await entry.click();
      try {
        await thread.locator('.comment-body', { hasText: NOTE }).waitFor({ timeout: 5000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
    const colours = await decorationsAt(wb.page, 'documentary record');
    assert.ok(colours.some(c => NOTE_BACKGROUNDS.includes(c)), `a Note highlight under the passage; found ${JSON.stringify(colours)}`);
    // the cursor elsewhere, so the highlight shows rather than the selection
    const { x, y } = await locateText(wb.page, 'Who did the Soviet political police');
    await wb.page.mouse.click(x, y);
    await shot(wb.page, 'annotation');
  });

  it('says so when a notes file cannot be read, and leaves it alone', async () => {
    const folder = path.join(process.env.OPIS_WORKSPACE, '.opis', 'annotations');
    const name = readdirSync(folder).find(n => n.endsWith('.json'));
    assert.ok(name, 'the note written above has its file');
    const store = path.join(folder, name);
    const aside = `${store}.aside`;
    renameSync(store, aside);
    mkdirSync(store);
    try {
      await reloadWindow(wb.page);
      // the store reads only regular files: a folder in a note's place is named and left as it is
      const toast = wb.page.locator('.notification-toast', { hasText: 'did not read' });
      await toast.waitFor({ timeout: 30000 });
      assert.match(await toast.innerText(), new RegExp(`${name.replace(/[.]/g, '\\.')}: it is not a regular file`));
      assert.deepEqual(readdirSync(store), [], 'nothing written in its place');
    } finally {
      rmSync(store, { recursive: true });
      renameSync(aside, store);
    }
  });
});
