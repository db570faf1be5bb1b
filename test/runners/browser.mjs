// Debian's Chromium driven by playwright-core (playwright cannot download its own browser here).
// Flags: as root, offline — no sandbox and no background networking, which a closed network refuses.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export async function launchChromium() {
  // keep Chromium's ~/.config and ~/.cache writes in a throw-away folder
  const home = mkdtempSync(path.join(os.tmpdir(), 'opis-chromium-'));
  const browser = await chromium.launch({
    env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  browser.on('disconnected', () => rmSync(home, { recursive: true, force: true }));
  return browser;
}

/**
 * The workbench URL that opens `folder` with Opis loaded from extensionDevelopmentPath and, when given, runs
 * the mocha module at extensionTestsPath inside the extension host (VS Code's own browser-test hook).
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const base = new URL(server);
  const remote = p => `vscode-remote://${base.host}${path.resolve(p)}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const url = new URL(base.href);
  if (folder) url.searchParams.set('folder', path.resolve(folder));
  else url.searchParams.set('ew', 'true');
  url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}
