// Starts and stops code-server (a real VS Code server with a Node extension host) for tests and `npm start`.
// Each server runs on 127.0.0.1 with its own user-data, extensions and XDG folders under .cache/, in its own
// process group so stopping it also ends the extension host, file watcher and pty host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..', '..');
export const CACHE = process.env.OPIS_CACHE || path.join(ROOT, '.cache');
/** Oldest supported (engines.vscode ^1.100.0) and newest VS Code builds the suite runs on. */
export const VERSIONS = { oldest: '4.100.3', newest: '4.139.1' };

/** Installs code-server VERSION into .cache once (prints its progress); throws on failure. */
export function installCodeServer(version) {
  // Under `npm test` the environment carries the outer npm's settings (npm_config_user_agent names this Node,
  // npm_config_nodedir its headers); code-server's install must see the Node it runs on, so they are dropped.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE'));
  const r = spawnSync('bash', [path.join(HERE, 'install.sh'), version], { stdio: 'inherit', env: { ...env, OPIS_CACHE: CACHE } });
  if (r.status !== 0) throw new Error(`code-server ${version} could not be installed (exit ${r.status})`);
}

function binaries(version) {
  const dir = path.join(CACHE, `code-server-${version}`);
  const nodeBinFile = path.join(dir, 'node-bin-dir');
  const nodeBin = existsSync(nodeBinFile) ? readFileSync(nodeBinFile, 'utf8').trim() : undefined;
  return { codeServer: path.join(dir, 'node_modules', '.bin', 'code-server'), nodeBin };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url, child, logFile) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(new URL('/healthz', url));
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error(`code-server did not start; its log:\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
}

/**
 * Starts code-server VERSION. Options: port (default: a free one), vsix (paths installed into its fresh
 * extensions folder first), reuse (keep the user data of the last server on that port, as a restart does). Returns { url, port, version, logFile, stop() } (stop resolves once it has exited).
 * With workspaceTrust, workspace trust is on and the folder opens untrusted, in Restricted Mode.
 */
export async function startCodeServer(version, { port, vsix = [], reuse = false, workspaceTrust = false } = {}) {
  const { codeServer, nodeBin } = binaries(version);
  if (!existsSync(codeServer)) installCodeServer(version);
  port ??= await freePort();
  const run = path.join(CACHE, `run-${port}`);
  // `reuse` starts again on the user data of the last server on this port (a restart of VS Code)
  if (!reuse) rmSync(run, { recursive: true, force: true });
  for (const d of ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp']) mkdirSync(path.join(run, d), { recursive: true });
  // quiet, reproducible defaults: no git prompt for the repository around test workspaces, no welcome page
  mkdirSync(path.join(run, 'user-data', 'User'), { recursive: true });
  writeFileSync(path.join(run, 'user-data', 'User', 'settings.json'), JSON.stringify({
    'git.openRepositoryInParentFolders': 'never', 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
    // the Comments panel would open over Problems whenever a file with notes is opened
    'comments.openView': 'never',
    // VS Code in a browser saves edits after a second by default; the desktop default keeps an article on disk as it
    // is until the reader saves (and keeps one test's edits out of the next test's file)
    'files.autoSave': 'off',
    // with workspace trust on, an untrusted folder opens in Restricted Mode without a modal question
    'security.workspace.trust.startupPrompt': 'never',
  }, null, 2));
  const config = path.join(run, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = {
    ...process.env,
    PATH: nodeBin ? `${nodeBin}:${process.env.PATH}` : process.env.PATH,
    XDG_CONFIG_HOME: path.join(run, 'xdg-config'),
    XDG_DATA_HOME: path.join(run, 'xdg-data'),
    XDG_CACHE_HOME: path.join(run, 'xdg-cache'),
    // VS Code's IPC socket paths must stay under 108 characters
    TMPDIR: path.join(run, 'tmp'),
  };
  const common = ['--config', config, '--user-data-dir', path.join(run, 'user-data'), '--extensions-dir', path.join(run, 'extensions')];
  for (const v of vsix) {
    const r = spawnSync(codeServer, [...common, '--install-extension', v], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`installing ${v} into code-server failed:\n${r.stdout}${r.stderr}`);
  }
  // VS Code >= ~1.133 honours the test payload only with the smoke-test driver enabled
  const help = spawnSync(codeServer, ['--help'], { env, encoding: 'utf8' }).stdout ?? '';
  const extra = help.includes('--vscode-option') ? ['--vscode-option', 'enable-smoke-test-driver'] : [];
  const logFile = path.join(run, 'server.log');
  const out = openSync(logFile, 'w');
  const trust = workspaceTrust ? [] : ['--disable-workspace-trust'];
  const child = spawn(codeServer, [...common, '--disable-telemetry', '--disable-update-check', ...trust,
    '--disable-getting-started-override', '--ignore-last-opened', ...extra], { env, detached: true, stdio: ['ignore', out, out] });
  const url = `http://127.0.0.1:${port}/`;
  const exited = new Promise(resolve => child.once('exit', resolve));
  /** Ends the server's process group; resolves once the server has exited (SIGKILL after 10 s). */
  const stop = async () => {
    const signal = sig => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitHealthy(url, child, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, port, version, stop, logFile };
}
