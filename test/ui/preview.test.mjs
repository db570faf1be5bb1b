import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleShown, frameShowing, openWorkbench, runCommand, shot } from './workbench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLE = 'harris-dual-subordination.md';
// annotated before the workbench opens, with a note that must show as text
const ANNOTATED = 'the relationship of the regional political police and regional party organisations could be both collaborative and antagonistic';
const HOSTILE_NOTE = 'Compare Getty <script>alert(1)</script> <img src="https://example.org/x.png">';
// annotated from the Reader (a paragraph of its own: VS Code opens one comment widget per line end)
const SELECTED = 'helped the party leaders fend off challenges';
const READER_NOTE = 'Fending off the oppositions';
// the Evidence highlight, in a dark and in a light theme (package.json colors)
const EVIDENCE_BACKGROUNDS = ['rgba(63, 185, 80, 0.2)', 'rgba(46, 125, 50, 0.25)'];

/**
 * Rests the mouse on the element `target(frame)` of the webview showing `selector` until the popover shows
 * `expected`; returns the popover and how long it took: from the mouseover event to the next frame, measured in the
 * page, and as the test saw it. The preview loads its page again when Opis's data arrive (corpus data, annotations),
 * which takes the element away: then it hovers again, as a reader would.
 */
async function hoverPopover(page, selector, target, expected, tries = 3) {
  for (let i = 1; ; i++) {
    const frame = await frameShowing(page, selector);
    try {
      const element = target(frame);
      await element.scrollIntoViewIfNeeded({ timeout: 10000 });
      await frame.evaluate(() => {
        window.opisHoverTiming = new Promise(resolve => {
          document.addEventListener('mouseover', function timed(event) {
            if (!(event.target instanceof Element) || !event.target.closest('[data-opis-card]')) return;
            document.removeEventListener('mouseover', timed);
            requestAnimationFrame(() => {
              const popover = document.getElementById('opis-popover');
              resolve({ ms: performance.now() - event.timeStamp, shown: Boolean(popover && !popover.hidden) });
            });
          });
        });
      });
      const box = await element.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y - 30);
      const started = Date.now();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const popover = frame.locator('#opis-popover', { hasText: expected });
      await popover.waitFor({ timeout: 10000 });
      const seen = Date.now() - started;
      const timing = await frame.evaluate(() => window.opisHoverTiming);
      return { frame, element, popover, timing, seen };
    } catch (err) {
      if (i >= tries || !frame.isDetached()) throw err;
    }
  }
}

/** Every W3C TextQuoteSelector `exact` in the workspace's annotation files whose JSON mentions `note`. */
function storedQuotes(workspace, note) {
  const folder = path.join(workspace, '.opis', 'annotations');
  return readdirSync(folder)
    .filter(name => name.endsWith('.json'))
    .map(name => readFileSync(path.join(folder, name), 'utf8'))
    .filter(text => text.includes(note))
    .flatMap(text => [...text.matchAll(/"exact":\s*("(?:[^"\\]|\\.)*")/g)].map(m => JSON.parse(m[1])));
}

describe('the article in the Markdown preview and the Opis Reader', function () {
  let wb;
  // the preview once it shows the annotation, which it embeds only with the corpus data (each arrives with a new page)
  const PREVIEW = '.markdown-body mark.opis-annotation';
  before(async function () {
    const workspace = process.env.OPIS_WORKSPACE;
    if (!workspace) throw new Error('OPIS_WORKSPACE is not set: run UI tests through `npm test -- ui`');
    // the workspace's store named, so the command line writes there and not to the clone around the workspace
    const store = path.join(workspace, '.opis', 'annotations');
    mkdirSync(store, { recursive: true });
    execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'annotate', path.join(workspace, ARTICLE), '--quote', ANNOTATED, '--note', HOSTILE_NOTE, '--category', 'Evidence', '--annotations', store]);
    wb = await openWorkbench();
    await wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).first().click();
    await articleShown(wb.page);
    await runCommand(wb.page, 'Markdown: Open Preview to the Side');
  });
  after(() => wb?.close());
  beforeEach(function () {
    this.currentTest.ctx.page = wb.page;
  });

  it('shows the note of a reference in a popover within a frame of the hover, its Ibid. resolved', async () => {
    const reference = frame => frame.locator('a.opis-note-ref', { hasText: /^\[28\]$/ });
    const { popover, timing, seen } = await hoverPopover(wb.page, PREVIEW, reference, 'Note 28');
    console.log(`      hover → popover: ${timing.ms.toFixed(1)} ms from the mouseover to the next frame in the page (shown then: ${timing.shown}); ${seen} ms as the test saw it`);
    assert.ok(timing.shown, 'the popover is up in the first frame after the hover');
    assert.ok(timing.ms < 1000, `the next frame came ${timing.ms} ms after the hover`);
    const text = (await popover.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Ibid\. → note 27:? RGASPI, f\. 17, op\. 3, d\. 677/);
    assert.match(text, /Russian State Archive of Socio-Political History/);
    await shot(wb.page, 'preview-note');
  });

  it('spells out an archive siglum on hover', async () => {
    const siglum = frame => frame.locator('span.opis-glossary', { hasText: /^RGASPI$/ }).first();
    const { popover } = await hoverPopover(wb.page, PREVIEW, siglum, 'Russian State Archive of Socio-Political History');
    assert.match(await popover.innerText(), /РГАСПИ|Rossiiskii Gosudarstvennyi Arkhiv/);
    await shot(wb.page, 'preview-siglum');
  });

  it('highlights an annotated passage in its category colour, its note shown as text on hover', async () => {
    const mark = frame => frame.locator('mark.opis-annotation', { hasText: 'collaborative and antagonistic' }).first();
    const { frame, element, popover } = await hoverPopover(wb.page, PREVIEW, mark, 'Compare Getty');
    const marked = (await frame.locator('mark.opis-annotation-evidence').allInnerTexts()).join('').replace(/\s+/g, ' ');
    assert.equal(marked, ANNOTATED);
    const colour = await element.evaluate(el => getComputedStyle(el).backgroundColor);
    assert.ok(EVIDENCE_BACKGROUNDS.includes(colour), `an Evidence highlight; found ${colour}`);
    assert.match(await popover.innerText(), /Evidence[\s\S]*Compare Getty <script>alert\(1\)<\/script> <img src="https:\/\/example\.org\/x\.png">/);
    assert.equal(await popover.locator('img, script').count(), 0);
    await shot(wb.page, 'preview-annotation');
  });

  it('annotates a passage selected in the Reader: the thread opens on the source passage in the editor', async () => {
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(wb.page, 'Opis: Open in Opis Reader');
    const reader = await frameShowing(wb.page, 'body.opis-reader mark.opis-annotation');
    // select the passage with the mouse, as a reader does
    const ends = await reader.evaluate(async text => {
      const walker = document.createTreeWalker(document.querySelector('.markdown-body'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        node.parentElement.scrollIntoView({ block: 'center' });
        // the passage's place is read once the page has stopped moving: laid out and painted after the scroll, and
        // the same scroll position over two frames (the Reader may still follow the editor's first scroll)
        const frames = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (let tries = 0, last = NaN; tries < 100 && last !== scrollY; tries++) {
          last = scrollY;
          await frames();
          if (last !== scrollY) node.parentElement.scrollIntoView({ block: 'center' });
        }
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const first = range.getBoundingClientRect();
        range.setStart(node, at + text.length - 1);
        range.setEnd(node, at + text.length);
        const last = range.getBoundingClientRect();
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      return null;
    }, SELECTED);
    assert.ok(ends, 'the Reader shows the passage');
    const frame = await (await reader.frameElement()).boundingBox();
    await wb.page.mouse.move(frame.x + ends.x1, frame.y + ends.y1);
    await wb.page.mouse.down();
    await wb.page.mouse.move(frame.x + ends.x2, frame.y + ends.y2, { steps: 8 });
    await wb.page.mouse.up();
    assert.equal(await reader.evaluate(() => document.getSelection().toString()), SELECTED);
    const annotate = reader.locator('.opis-annotate-button');
    await annotate.waitFor({ timeout: 5000 });
    await shot(wb.page, 'preview-reader-select');
    await annotate.click();
    // the new thread, its note input focused (threads of earlier tests may be open too)
    const thread = wb.page.locator('.review-widget').filter({ has: wb.page.locator('.comment-form .monaco-editor.focused') }).first();
    await thread.waitFor({ timeout: 15000 });
    await wb.page.keyboard.type(READER_NOTE);
    await thread.getByRole('button', { name: 'Save Annotation' }).click();
    await wb.page.locator('.review-widget .comment-body', { hasText: READER_NOTE }).waitFor({ timeout: 15000 });
    assert.deepEqual(storedQuotes(process.env.OPIS_WORKSPACE, READER_NOTE), [SELECTED]);
    await reader.locator('mark.opis-annotation', { hasText: 'fend off' }).first().waitFor({ timeout: 30000 });
    await shot(wb.page, 'preview-reader-thread');
  });
});
