// Prepares a clone for `npm start` and `npm test`: the npm packages, then the Debian packages the chosen route
// needs, one line of progress per step. It runs before `npm ci`, so it uses Node's standard library only.
// A missing prerequisite ends in one sentence naming the command to run, never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A command on PATH, and the Debian package that provides it. */
const PROVIDERS = {
  rg: 'ripgrep', // fed to code-server's ripgrep package, whose own install would download it
  'krb5-config': 'libkrb5-dev', // the kerberos headers code-server's native module is built against
  make: 'make',
  'g++': 'g++',
  python3: 'python3',
  chromium: 'chromium', // the browser the tests drive
  git: 'git',
};
const CODE_SERVER_BUILD = ['rg', 'krb5-config', 'make', 'g++', 'python3'];

export class SetupError extends Error {}

const onPath = (command, env) => spawnSync('sh', ['-c', `command -v '${command}'`], { env, stdio: 'ignore' }).status === 0;

/** Whether code-server VERSION is installed in CACHE (then its native modules are built already). */
export const codeServerInstalled = (cache, version) => existsSync(path.join(cache, `code-server-${version}`, 'node_modules', '.bin', 'code-server'));

/**
 * The commands a run needs: code-server's build tools when a code-server is to be installed, Chromium when a browser
 * is driven, git when a clone is made.
 */
export function neededCommands({ codeServerBuild = false, browser = false, git = false }) {
  return [...(codeServerBuild ? CODE_SERVER_BUILD : []), ...(browser ? ['chromium'] : []), ...(git ? ['git'] : [])];
}

/** Whether node_modules is missing or older than package-lock.json (npm ci records its install in .package-lock.json). */
export function npmInstallNeeded(root = ROOT) {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return true;
  return statSync(installed).mtimeMs < statSync(path.join(root, 'package-lock.json')).mtimeMs;
}

/** How Debian packages can be installed here: as root, through sudo without a password, or not at all. */
function installer(env) {
  if (!onPath('apt-get', env)) return undefined;
  if (process.getuid?.() === 0) return [];
  if (onPath('sudo', env) && spawnSync('sudo', ['-n', 'true'], { env, stdio: 'ignore' }).status === 0) return ['sudo'];
  return undefined;
}

function step(message) {
  console.log(`opis setup: ${message}`);
}

function runStep(command, args, failure, env, cwd = ROOT) {
  const r = spawnSync(command, args, { cwd, stdio: 'inherit', env });
  if (r.status !== 0) throw new SetupError(failure);
}

/** Installs the Debian packages behind the missing commands, or says exactly which command to run. */
export function ensureCommands(commands, { env = process.env, purpose = 'this' } = {}) {
  const missing = commands.filter(c => !onPath(c, env));
  if (!missing.length) return [];
  const packages = [...new Set(missing.map(c => PROVIDERS[c]))];
  const command = `sudo bash scripts/system-deps.sh ${packages.join(' ')}`;
  const how = installer(env);
  if (!how) {
    throw new SetupError(`Missing ${missing.join(', ')} (Debian packages ${packages.join(', ')}): run \`${command}\`, then run \`npm ${purpose}\` again.`);
  }
  step(`installing Debian packages ${packages.join(', ')} (for ${missing.join(', ')})`);
  const [sudo, ...rest] = [...how, 'bash', path.join('scripts', 'system-deps.sh'), ...packages];
  runStep(sudo, rest, `Installing ${packages.join(', ')} failed (see above): run \`${command}\`, then run \`npm ${purpose}\` again.`, env);
  const still = missing.filter(c => !onPath(c, env));
  if (still.length) throw new SetupError(`${still.join(', ')} still missing after installing ${packages.join(', ')}: run \`${command}\` and check its output.`);
  return packages;
}

/** The oldest Node.js Opis's tools run on (package.json engines.node). */
const NODE_MAJOR = 20;

/** `npm ci` in dir when its node_modules is missing or older than its package-lock.json, on a Node.js recent enough. */
export function ensureNpmPackages(purpose, dir = ROOT) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < NODE_MAJOR) throw new SetupError(`Opis needs Node.js ${NODE_MAJOR} or newer, and this is ${process.version}: install a newer Node.js, then run \`npm ${purpose}\` again.`);
  const where = dir === ROOT ? '' : ` in ${path.relative(ROOT, dir)}`;
  if (!npmInstallNeeded(dir)) {
    step(`npm packages${where} are up to date`);
    return;
  }
  step(existsSync(path.join(dir, 'node_modules')) ? `package-lock.json${where} changed: npm ci` : `no node_modules${where} yet: npm ci (a minute or two)`);
  runStep('npm', ['ci', '--no-audit', '--no-fund'], `npm ci${where} failed (see above): fix what it names, then run \`npm ${purpose}\` again.`, process.env, dir);
}

/** Runs fn, turning a SetupError into its one sentence and exit code 1. */
export async function orExplain(fn) {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof SetupError)) throw err;
    console.error(`opis setup: ${err.message}`);
    process.exit(1);
  }
}
