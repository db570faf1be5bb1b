// What a UI test sees: the code-server workbench in Chromium with Opis loaded from this folder and the test
// workspace open. Started by scripts/test.mjs (OPIS_SERVER, OPIS_WORKSPACE, OPIS_SHOTS).
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../runners/browser.mjs';
import { workbenchUrl } from '../../scripts/code-server/workbenchUrl.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHOTS = process.env.OPIS_SHOTS || path.join(ROOT, 'test-results');

/** Opens a fresh workbench page on the test workspace (or `folder`); `close()` ends the browser. */
export async function openWorkbench({ folder = process.env.OPIS_WORKSPACE } = {}) {
  const server = process.env.OPIS_SERVER;
  if (!server) throw new Error('OPIS_SERVER is not set: run UI tests through `npm test -- ui`');
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: ROOT }));
  await workbenchReady(page);
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
  return { page, browser, close: () => browser.close() };
}

async function workbenchReady(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  // Opis's contributions (commands, views) are known once its activity bar icon is there
  await page.locator('.activitybar .action-item a[aria-label^="Opis"]').first().waitFor({ timeout: 60000 });
}

/** "Developer: Reload Window", then waits for the new workbench. */
/** Resolves once the bundled article shows in an editor (a first start on a busy machine can take most of a minute). */
export function articleShown(page) {
  return page.locator('.monaco-editor .view-line', { hasText: 'Dual subordination' }).first().waitFor({ timeout: 60000 });
}

export async function reloadWindow(page) {
  const reloaded = page.waitForEvent('load', { timeout: 60000 });
  await runCommand(page, 'Developer: Reload Window');
  await reloaded;
  await workbenchReady(page);
}

/** Runs a command from the palette by its full title, e.g. "Opis: Open Article". */
export async function runCommand(page, title, { tries = 4 } = {}) {
  const input = page.locator('.quick-input-widget input');
  const row = quickPickRow(page, title);
  // the palette lists the commands known when it opens: while the workbench is still starting, reopen it
  for (let i = 1; ; i++) {
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: 10000 });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 5000 });
      break;
    } catch (err) {
      if (i >= tries) throw err;
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden', timeout: 10000 });
    }
  }
  await row.click();
}

/** The row of the open quick pick whose label is exactly `label` (Enter would take the first row instead). */
export function quickPickRow(page, label) {
  const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
}

/**
 * Screen coordinates of the middle of `needle` in the first editor line that shows it; with `part`, the middle
 * of that part of the needle (e.g. a siglum in a citation).
 */
export async function locateText(page, needle, part = needle) {
  const handle = await page.waitForFunction(([text, part]) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const content = (line.textContent || '').replace(/\u00a0/g, ' ');
      const found = content.indexOf(text);
      if (found < 0) continue;
      const at = found + text.indexOf(part);
      // walk the line's text nodes to the character and measure it with a Range
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent.length;
        const mid = at + Math.floor(part.length / 2);
        if (seen + len > mid) {
          const range = document.createRange();
          range.setStart(node, mid - seen);
          range.setEnd(node, mid - seen + 1);
          const r = range.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) return null;
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        seen += len;
      }
    }
    return null;
  }, [needle, part], { timeout: 30000 });
  return handle.jsonValue();
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Moves the editor to the match of `text` nearest after the cursor with the Find widget, then closes it. */
export async function findInEditor(page, text) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+F');
  const input = page.locator('.find-widget.visible textarea, .find-widget.visible input').first();
  await input.waitFor({ timeout: 10000 });
  await input.fill(text);
  await page.locator('.find-widget.visible .matchesCount', { hasText: /\d+ of \d+/ }).waitFor({ timeout: 10000 });
  await page.keyboard.press('Escape');
  await page.locator('.find-widget.visible').waitFor({ state: 'hidden', timeout: 10000 });
}

/**
 * Rests the mouse on `needle` in the editor until a hover showing `expected` appears, and returns that hover.
 * The editor shows a hover only after the mouse has moved and stopped, so each try leaves and comes back.
 */
export async function hoverText(page, needle, expected, { part = needle, tries = 5 } = {}) {
  const hover = page.locator('.monaco-editor .monaco-hover', { hasText: expected }).filter({ visible: true }).first();
  for (let i = 1; ; i++) {
    const { x, y } = await locateText(page, needle, part);
    await page.mouse.move(x, y - 40);
    await page.mouse.move(x, y, { steps: 4 });
    try {
      await hover.waitFor({ timeout: 4000 });
      // let its fade-in finish, so a screenshot shows it opaque
      await hover.evaluate(el => Promise.all(el.getAnimations({ subtree: true }).map(a => a.finished)));
      return hover;
    } catch (err) {
      if (i >= tries) throw err;
    }
  }
}

/** Shows the Opis sidebar with its view `name` expanded; returns the view's body. */
export async function openOpisView(page, name) {
  // the view's own Focus command opens the sidebar whatever its state (the activity bar icon toggles it)
  await runCommand(page, `Opis: Focus on ${name} View`);
  const pane = page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: name }) }).first();
  const header = pane.locator('.pane-header').first();
  await header.waitFor({ timeout: 15000 });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  return pane.locator('.pane-body');
}

/**
 * Shows the Opis view `name` alone (the other Opis views folded away) in a sidebar widened by `widen` pixels, wide
 * enough to read long labels; returns the view's body.
 */
export async function openOpisViewAlone(page, name, widen = 200) {
  const body = await openOpisView(page, name);
  const headers = page.locator('.part.sidebar .pane-header');
  for (let i = 0; i < (await headers.count()); i++) {
    const header = headers.nth(i);
    if ((await header.locator('.title').first().innerText()).trim().toLowerCase() === name.toLowerCase()) continue;
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }
  const box = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(box.x + box.width, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + widen, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  return body;
}

/** The page of a webview (the preview's or the Reader's) once it shows `selector`. */
export function frameShowing(page, selector, timeout = 60000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('frameattached', watch);
      reject(new Error(`no webview showed ${selector} within ${timeout} ms`));
    }, timeout);
    function watch(frame) {
      frame.locator(selector).first().waitFor({ timeout }).then(() => {
        clearTimeout(timer);
        page.off('frameattached', watch);
        resolve(frame);
      }, () => undefined);
    }
    page.on('frameattached', watch);
    page.frames().forEach(watch);
  });
}
