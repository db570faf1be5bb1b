// The stages of `npm test` (scripts/test.mjs installs what they need first, then runs them): type check, lint, unit and
// grammar tests, the integration suite inside the real VS Code extension host (code-server) on the oldest and newest
// supported VS Code, a self-check that a failing extension-host assertion fails the run, UI tests in Chromium, the
// packaged VSIX installed and activated, the browser's extension host of vscode.dev, and `npm start` in a fresh clone.
// The last line is `N passed, M failed`; the exit code is non-zero when anything failed.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { CACHE, ROOT, VERSIONS, installCodeServer, startCodeServer } from './code-server/server.mjs';
import { runExtensionTests } from '../test/runners/extension-host.mjs';
import { freshWorkspace as freshWorkspaceIn } from '../test/runners/workspace.mjs';
import { restrictedWorkspace } from '../test/runners/restrictedWorkspace.mjs';
import { needsServer, needsWeb, stages } from './test-stages.mjs';
import { startInFreshClone } from '../test/runners/freshClone.mjs';
import { runWarmStart } from '../test/runners/warmStart.mjs';

const results = []; // { name, passed, failed, seconds }
const RESULTS_DIR = path.join(ROOT, 'test-results');
mkdirSync(RESULTS_DIR, { recursive: true });
const t = () => new Date().toISOString().slice(11, 19);

/** Runs a command with inherited output plus a copy kept for counting. */
function run(cmd, args, { env } = {}) {
  return new Promise(resolve => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = stream => chunk => { out += chunk; stream.write(chunk); };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('close', code => resolve({ code, out }));
  });
}

async function stage(name, fn) {
  console.log(`\n[${t()}] ── ${name}`);
  const start = Date.now();
  let passed = 0;
  let failed = 0;
  try {
    ({ passed, failed } = await fn());
  } catch (err) {
    console.error(err instanceof Error ? err.stack : err);
    failed = Math.max(failed, 1);
  }
  results.push({ name, passed, failed, seconds: (Date.now() - start) / 1000 });
}

/** A command that is one check: passes when it exits 0. */
const check = (cmd, args) => async () => {
  const { code } = await run(cmd, args);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
};

/** A mocha run: counts from its reporter; pending tests count as failures (nothing is skipped in CI). */
const mocha = (args, env) => async () => {
  const { code, out } = await run('npx', ['mocha', ...args], { env });
  const count = re => Number(re.exec(out)?.[1] ?? 0);
  const passed = count(/(\d+) passing/);
  let failed = count(/(\d+) failing/) + count(/(\d+) pending/);
  if (code !== 0 && failed === 0) failed = 1;
  if (passed === 0 && failed === 0) failed = 1; // a suite that ran nothing is a failure
  return { passed, failed };
};

const freshWorkspace = name => freshWorkspaceIn(CACHE, name);

async function withServer(version, options, fn) {
  const server = await startCodeServer(version, options);
  console.log(`code-server ${version} (VS Code ${version.replace(/^4\./, '1.')}) on ${server.url}`);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

/** Every file of corpus/ with its text when the run starts. */
const corpusFiles = (() => {
  const files = readdirSync(path.join(ROOT, 'corpus'), { recursive: true, withFileTypes: true })
    .filter(d => d.isFile())
    .map(d => path.join(d.parentPath, d.name));
  const before = files.map(file => [file, readFileSync(file, 'utf8')]);
  return () => before;
})();
if (needsServer || needsWeb || stages.includes('static') || stages.includes('unit')) {
  const { code } = await run('node', ['scripts/build.mjs']);
  if (code !== 0) { console.log('0 passed, 1 failed'); process.exit(1); }
}
if (needsServer) for (const v of stages.includes('integration') ? Object.values(VERSIONS) : [VERSIONS.oldest]) installCodeServer(v);

if (stages.includes('static')) {
  await stage('type check (tsc --noEmit)', check('npx', ['tsc', '-p', '.', '--noEmit']));
  await stage('type check of the page scripts (tsc -p src/webview)', check('npx', ['tsc', '-p', 'src/webview', '--noEmit']));
  await stage('lint (eslint)', check('npx', ['eslint', '.']));
}
if (stages.includes('unit')) {
  await stage('unit tests (mocha)', mocha([]));
  await stage('grammar tests (vscode-tmgrammar-test)', async () => {
    const { code, out } = await run('node', ['test/grammar/run.mjs']);
    const m = /grammar: (\d+) passed, (\d+) failed/.exec(out);
    const passed = Number(m?.[1] ?? 0);
    const failed = Number(m?.[2] ?? 0) || (code !== 0 || !m ? 1 : 0);
    return { passed, failed };
  });
}

const suite = name => ({ extensionDevelopmentPath: ROOT, extensionTestsPath: path.join(ROOT, 'out', 'test', name, 'index.js') });
if (stages.includes('integration')) {
  // OPIS_VERSIONS=oldest runs only one of them, for a quicker look while working
  for (const version of process.env.OPIS_VERSIONS ? [VERSIONS[process.env.OPIS_VERSIONS]] : Object.values(VERSIONS)) {
    await stage(`integration tests in VS Code ${version.replace(/^4\./, '1.')} (code-server ${version})`, () =>
      withServer(version, {}, server => runExtensionTests({
        server: server.url, ...suite('integration'), folder: freshWorkspace(`integration-${version}`),
        screenshot: path.join(RESULTS_DIR, `integration-${version}.png`),
      })));
  }
  // workspace trust on and a hostile folder opened untrusted (test/restricted), on the oldest VS Code
  await stage(`Restricted Mode in VS Code ${VERSIONS.oldest.replace(/^4\./, '1.')}: a hostile workspace, untrusted`, () =>
    withServer(VERSIONS.oldest, { workspaceTrust: true }, server => runExtensionTests({
      server: server.url, ...suite('restricted'), folder: restrictedWorkspace(CACHE, path.join(ROOT, 'dist', 'cli.js')).folder,
      screenshot: path.join(RESULTS_DIR, 'restricted.png'),
    })));
  // a folder of generated and hostile articles: the event loop's delay measured in the host while Opis indexes it
  await stage(`responsiveness in VS Code ${VERSIONS.oldest.replace(/^4\./, '1.')}: the host's event loop while Opis indexes a hostile corpus`, () =>
    withServer(VERSIONS.oldest, {}, server => runExtensionTests({ server: server.url, ...suite('load'), folder: freshWorkspace('load'), timeoutMs: 900_000 })));
}
if (stages.includes('integration')) {
  await stage('warm start: restart over a persisted index, one file changed while closed', () => runWarmStart({
    version: VERSIONS.oldest, folder: freshWorkspace('warmstart'), article: path.join(ROOT, 'corpus', 'harris-dual-subordination.md'),
    startCodeServer, runExtensionTests, suite: suite('warmstart'),
  }));
}
if (stages.includes('selfcheck')) {
  await stage('self-check: a failing extension-host assertion fails the run', () =>
    withServer(VERSIONS.oldest, {}, async server => {
      const r = await runExtensionTests({ server: server.url, ...suite('failing'), folder: freshWorkspace('failing'), log: () => undefined });
      console.log(`the deliberately failing suite reported ${r.passed} passed, ${r.failed} failed, exit ${r.code}`);
      return r.code !== 0 && r.failed > 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
    }));
}
if (stages.includes('ui')) {
  await stage('UI tests in Chromium', () =>
    withServer(VERSIONS.oldest, {}, server => mocha(['--config', 'test/ui/.mocharc.json'], {
      OPIS_SERVER: server.url, OPIS_WORKSPACE: freshWorkspace('ui'), OPIS_SHOTS: process.env.OPIS_SHOTS ?? RESULTS_DIR,
    })()));
}
if (stages.includes('vsix')) {
  await stage('VSIX: package, install into code-server, activate', async () => {
    const { code } = await run('npm', ['run', 'package', '--silent']);
    if (code !== 0) return { passed: 0, failed: 1 };
    const vsix = path.join(ROOT, 'opis.vsix');
    await run('node', ['scripts/build.mjs']); // the test bundles (package builds for production only)
    // The test hook needs a development extension: an empty one hosts the suite, Opis comes from the VSIX.
    return withServer(VERSIONS.oldest, { vsix: [vsix] }, server => runExtensionTests({
      server: server.url, timeoutMs: 120000, extensionDevelopmentPath: path.join(ROOT, 'test', 'vsix', 'host'), extensionTestsPath: path.join(ROOT, 'out', 'test', 'vsix', 'index.js'), folder: freshWorkspace('vsix'),
    }));
  });
}
if (needsWeb) {
  await stage('web: Opis in the browser\'s extension host (VS Code web build in Chromium)', async () => {
    // imported here: its npm packages are installed only when this stage runs
    const { bundleWebSuite, runWebTests } = await import('../test/web/run.mjs');
    return runWebTests({
      extensionDevelopmentPath: ROOT, extensionTestsPath: await bundleWebSuite(path.join(ROOT, 'out', 'test', 'web')),
      folder: freshWorkspace('web'), screenshot: path.join(RESULTS_DIR, 'web.png'),
    });
  });
}

if (stages.includes('start')) {
  await stage('npm start in a fresh clone: installs what is missing, serves the corpus with Opis loaded, stops on Ctrl-C', () => startInFreshClone(ROOT));
}
if (needsServer || needsWeb || stages.includes('start')) {
  // the suites edit copies of the corpus; the article shipped with Opis must come out of them untouched
  await stage('the committed corpus is untouched by the tests', async () => {
    const changed = corpusFiles().filter(([file, text]) => readFileSync(file, 'utf8') !== text).map(([file]) => path.relative(ROOT, file));
    if (changed.length) console.error(`changed by the tests: ${changed.join(', ')}`);
    return changed.length ? { passed: 0, failed: 1 } : { passed: 1, failed: 0 };
  });
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(0)} s)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
