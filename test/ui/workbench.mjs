// What a UI test sees: the code-server workbench in Chromium with Opis loaded from this folder and the test
// workspace open. Started by scripts/test.mjs (OPIS_SERVER, OPIS_WORKSPACE, OPIS_SHOTS).
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, workbenchUrl } from '../runners/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHOTS = process.env.OPIS_SHOTS || path.join(ROOT, 'test-results');

/** Opens a fresh workbench page; `close()` ends the browser. */
export async function openWorkbench() {
  const server = process.env.OPIS_SERVER;
  if (!server) throw new Error('OPIS_SERVER is not set: run UI tests through `npm test -- ui`');
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(workbenchUrl(server, { folder: process.env.OPIS_WORKSPACE, extensionDevelopmentPath: ROOT }));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
  return { page, browser, close: () => browser.close() };
}

/** Runs a command from the palette by its full title, e.g. "Opis: Open Article". */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** Screen coordinates of the middle of `needle` in the first editor line that shows it. */
export async function locateText(page, needle) {
  const handle = await page.waitForFunction(text => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const content = (line.textContent || '').replace(/\u00a0/g, ' ');
      const at = content.indexOf(text);
      if (at < 0) continue;
      // walk the line's text nodes to the character and measure it with a Range
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent.length;
        const mid = at + Math.floor(text.length / 2);
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
  }, needle, { timeout: 30000 });
  return handle.jsonValue();
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
