// The set-up that `npm start` and `npm test` run before anything is installed: each missing-prerequisite branch
// with a PATH that lacks the binary, in a real child process, as a newcomer would meet it.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SETUP = path.join(ROOT, 'scripts', 'setup.mjs');
const which = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
const isRoot = process.getuid?.() === 0;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'opis-setup-'));
  chmodSync(dir, 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A bin folder holding the machine's own binaries for `commands` (and the shell), nothing else. */
function binWith(commands: string[]): string {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const c of ['sh', 'bash', ...commands]) symlinkSync(which(c), path.join(bin, c));
  return bin;
}

function fakeCommand(bin: string, name: string, script: string) {
  writeFileSync(path.join(bin, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
}

/** A sudo that needs no password (as an administrator may allow), so both branches run whoever runs the suite. */
const fakeSudo = (bin: string) => fakeCommand(bin, 'sudo', '[ "$1" = -n ] && shift\nexec "$@"');

function node(args: string[], env: NodeJS.ProcessEnv, uid?: number) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', ...(uid === undefined ? {} : { uid, gid: uid }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ensure = (commands: string[]) =>
  ['--input-type=module', '-e', `import { ensureCommands, orExplain } from ${JSON.stringify(SETUP)};
await orExplain(() => console.log('installed: ' + ensureCommands(${JSON.stringify(commands)}, { purpose: 'start' }).join(' ')));`];

function assertOneSentence(run: { code: number | null; stderr: string }, pattern: RegExp) {
  assert.strictEqual(run.code, 1, run.stderr);
  const lines = run.stderr.trim().split('\n');
  assert.strictEqual(lines.length, 1, `one line on stderr, got:\n${run.stderr}`);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
}

describe('set-up before npm start and npm test', () => {
  it('npm start without rg and no way to install it stops with one sentence naming the command to run', () => {
    // no apt-get on PATH: Opis cannot install the package itself, whoever runs it
    const bin = binWith(['krb5-config', 'make', 'g++', 'python3', 'git'].filter(which));
    const run = node(['scripts/start.mjs'], { PATH: bin, HOME: dir, OPIS_CACHE: path.join(dir, 'cache'), OPIS_USE_CODE_SERVER: '1' });
    assertOneSentence(run, /^opis setup: Missing rg \(Debian packages ripgrep\): run `sudo bash scripts\/system-deps\.sh ripgrep`, then run `npm start` again\.$/);
    assert.match(run.stdout, /opis setup: npm packages are up to date/);
  });

  it('npm test of the UI stage without Chromium names the package and the command', () => {
    const bin = binWith([]);
    const run = node(['scripts/test.mjs', 'ui'], { PATH: bin, HOME: dir, OPIS_CACHE: path.join(dir, 'cache') });
    assert.strictEqual(run.code, 1, run.stderr);
    const sentence = run.stderr.trim();
    assert.doesNotMatch(sentence, /\n/, 'one line');
    assert.match(sentence, /^opis setup: Missing (.+, )?chromium(, .+)? \(Debian packages .*chromium.*\): run `sudo bash scripts\/system-deps\.sh [a-z0-9+ -]*chromium[a-z0-9+ -]*`, then run `npm test` again\.$/);
  });

  it('a user who is not root and has no sudo is told to run the script with sudo', () => {
    const bin = binWith([]);
    fakeCommand(bin, 'apt-get', 'exit 0');
    // run as an unprivileged user (nobody) when the suite runs as root; the module is copied where that user can read it
    const copy = path.join(dir, 'setup.mjs');
    writeFileSync(copy, readFileSync(SETUP), { mode: 0o644 });
    const denied = node(['--input-type=module', '-e', `import { ensureCommands, orExplain } from ${JSON.stringify(copy)};
await orExplain(() => ensureCommands(['rg'], { purpose: 'start' }));`], { PATH: bin, HOME: dir }, isRoot ? 65534 : undefined);
    assertOneSentence(denied, /^opis setup: Missing rg \(Debian packages ripgrep\): run `sudo bash scripts\/system-deps\.sh ripgrep`, then run `npm start` again\.$/);
  });

  it('with root or sudo and apt-get, the missing package is installed through scripts/system-deps.sh and the run goes on', () => {
    const bin = binWith([]);
    const log = path.join(dir, 'apt.log');
    fakeSudo(bin);
    // removed with its configuration files left: dpkg still knows the package, which is not installed
    fakeCommand(bin, 'dpkg', 'exit 0');
    fakeCommand(bin, 'dpkg-query', "printf 'deinstall ok config-files'");
    fakeCommand(bin, 'apt-get', `echo "$@" >> ${log}\ncase "$*" in *install*ripgrep*) printf '#!/bin/sh\\n' > ${bin}/rg; ${which('chmod')} +x ${bin}/rg;; esac`);
    const run = node(ensure(['rg']), { PATH: bin, HOME: dir });
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /opis setup: installing Debian packages ripgrep \(for rg\)/);
    assert.match(run.stdout, /installed: ripgrep/);
    assert.deepStrictEqual(readFileSync(log, 'utf8').trim().split('\n'), ['-o DPkg::Lock::Timeout=600 update -q', '-o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends ripgrep']);
  });

  it('an install that does not bring the command says so in one sentence', () => {
    const bin = binWith([]);
    fakeSudo(bin);
    fakeCommand(bin, 'dpkg-query', 'exit 1');
    fakeCommand(bin, 'apt-get', 'exit 0');
    const run = node(ensure(['rg']), { PATH: bin, HOME: dir });
    assert.strictEqual(run.code, 1);
    assert.match(run.stderr.trim(), /^opis setup: rg still missing after installing ripgrep: run `sudo bash scripts\/system-deps\.sh ripgrep` and check its output\.$/);
  });

  it('nothing missing: nothing is installed', () => {
    const run = node(ensure(['sh']), { PATH: binWith([]), HOME: dir });
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /^installed: $/m);
  });

  it('npm ci runs when node_modules is missing or older than package-lock.json', () => {
    const needed = () => node(['--input-type=module', '-e', `import { npmInstallNeeded } from ${JSON.stringify(SETUP)};
console.log(npmInstallNeeded(${JSON.stringify(dir)}))`], { PATH: process.env.PATH }).stdout.trim();
    writeFileSync(path.join(dir, 'package-lock.json'), '{}');
    assert.strictEqual(needed(), 'true', 'no node_modules');
    mkdirSync(path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, 'node_modules', '.package-lock.json'), '{}');
    const t = Date.now() / 1000;
    utimesSync(path.join(dir, 'package-lock.json'), t - 100, t - 100);
    assert.strictEqual(needed(), 'false', 'installed after the lock was written');
    utimesSync(path.join(dir, 'package-lock.json'), t + 100, t + 100);
    assert.strictEqual(needed(), 'true', 'the lock changed since');
  });
});
