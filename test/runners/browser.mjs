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
