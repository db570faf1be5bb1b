// Runs a mocha suite inside code-server's Node extension host: the workbench loads the extension from
// extensionDevelopmentPath, require()s extensionTestsPath and awaits its run(); the extension host's console
// (mocha's reporter) is forwarded to window.codeAutomationLog and its exit code to window.codeAutomationExit.
import { format } from 'node:util';
import { launchChromium } from './browser.mjs';
import { workbenchUrl } from '../../scripts/code-server/workbenchUrl.mjs';

// workbench chatter that VS Code logs offline; not the suite's output
const NOISE = new RegExp([
  String.raw`^\[(AgentHost|ChatModelSelection|AccountPolicyGate|AgentHost:remote|reconnection-grace-time|Service Worker)\]`,
  '^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions)',
  'Ignoring fetching additional builtin extensions', 'ENOPRO', '^Unable to read file', 'ENOTFOUND',
].join('|'));

/** Returns { passed, failed, code } where code is the extension host's exit code (or 'timeout'). */
export async function runExtensionTests({ server, extensionDevelopmentPath, extensionTestsPath, folder, screenshot, timeoutMs = 300000, log = console.log }) {
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let finish;
    const done = new Promise(resolve => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = format(...args); // mocha logs printf-style: ["  %d passing (%s)", 3, "1s"]
      const p = /(\d+) passing/.exec(text);
      if (p) passed = Number(p[1]);
      const f = /(\d+) failing/.exec(text);
      if (f) failed = Number(f[1]);
      if (!NOISE.test(text)) log(text);
    });
    await page.exposeFunction('codeAutomationExit', code => finish(code));
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }));
    const code = await done;
    clearTimeout(timer);
    if (screenshot && code !== 0) await page.screenshot({ path: screenshot }).catch(() => undefined);
    if (code !== 0 && failed === 0) failed = 1; // a crash or time-out counts as a failure
    return { passed, failed, code };
  } finally {
    await browser.close();
  }
}
