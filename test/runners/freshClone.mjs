// `npm start` as a newcomer runs it: a `git clone` of this repository into a temporary folder (no node_modules, no
// .cache, nothing copied in), `npm start` there until it prints the URL, the URL served with Opis loaded, then
// Ctrl-C to the whole process group as a terminal sends it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The environment of a new shell: no npm settings of the outer `npm test`, no Opis overrides. */
function newcomerEnv() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|OPIS_)/i.test(key) && key !== 'INIT_CWD'));
  // a desktop `code` on this machine would open a window instead of serving the URL
  return { ...env, OPIS_USE_CODE_SERVER: '1' };
}

const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)/;
const LIMIT_MS = 20 * 60 * 1000; // npm ci and a code-server build on a slow machine; a watchdog, not a wait

/** Whether nothing answers at `url` any more, asking again for up to 30 s while it still does. */
async function closed(url) {
  for (let i = 0; i < 150; i++) {
    if (await fetch(url).then(() => false, () => true)) return true;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  return false;
}

export async function startInFreshClone(root) {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'opis-clone-'));
  const clone = path.join(parent, 'opis');
  const started = Date.now();
  let group;
  const interrupt = () => {
    try {
      process.kill(-group, 'SIGINT');
    } catch {
      // already gone
    }
  };
  try {
    const cloned = spawnSync('git', ['clone', '--quiet', root, clone], { encoding: 'utf8' });
    if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
    const head = spawnSync('git', ['-C', clone, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).stdout.trim();
    console.log(`cloned ${head} into a temporary folder; running npm start there`);
    const child = spawn('npm', ['start'], { cwd: clone, env: newcomerEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    group = child.pid;
    const exited = new Promise(resolve => child.on('exit', (code, signal) => resolve(code ?? signal)));
    let out = '';
    let err = '';
    child.stderr.on('data', chunk => { err += chunk; process.stderr.write(chunk); });
    const url = await new Promise((resolve, reject) => {
      const watchdog = setTimeout(() => reject(new Error(`no URL after ${LIMIT_MS / 60000} minutes`)), LIMIT_MS);
      child.stdout.on('data', chunk => {
        out += chunk;
        process.stdout.write(chunk);
        const m = URL_LINE.exec(out);
        if (m) { clearTimeout(watchdog); resolve(m[1]); }
      });
      exited.then(code => { clearTimeout(watchdog); reject(new Error(`npm start exited (${code}) before printing a URL`)); });
    });
    const seconds = Math.round((Date.now() - started) / 1000);
    const page = await fetch(url);
    const checks = {
      'set-up ran npm ci in the clone': /no node_modules yet: npm ci/.test(out),
      'the URL opens the clone\'s corpus with Opis loaded': decodeURIComponent(url).includes(`folder=${path.join(clone, 'corpus')}`) && url.includes('extensionDevelopmentPath'),
      'the workbench page is served': page.ok,
      'no stack trace': !/\n\s+at .+:\d+:\d+\)?\n/.test(out + err),
    };
    interrupt();
    const code = await exited;
    group = undefined;
    // npm exits at once on Ctrl-C while Opis's script stops the server: wait for the port to close
    const gone = await closed(new URL('/healthz', url));
    // npm itself gets the Ctrl-C too and reports an interrupted script as a shell does (130); Opis's own script exits 0
    checks[`Ctrl-C ends npm start (exit ${code})`] = code === 0 || code === 130 || code === 'SIGINT';
    checks['the server is stopped'] = gone;
    console.log(`npm start in a fresh clone served its URL after ${seconds} s`);
    for (const [name, ok] of Object.entries(checks)) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}`);
    const failed = Object.values(checks).filter(ok => !ok).length;
    return { passed: failed ? 0 : 1, failed: failed ? 1 : 0 };
  } finally {
    if (group) interrupt();
    rmSync(parent, { recursive: true, force: true });
  }
}
