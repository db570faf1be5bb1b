// `npm start`: installs what is missing (npm packages; for code-server, the Debian packages it is built with), builds
// Opis, then opens corpus/ in a real VS Code with Opis loaded — the desktop `code` with --extensionDevelopmentPath
// when one is on PATH, otherwise code-server on 127.0.0.1 (installed into .cache/ on first use). Ctrl-C stops it.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { CACHE, ROOT, VERSIONS, installCodeServer, startCodeServer } from './code-server/server.mjs';
import { workbenchUrl } from './code-server/workbenchUrl.mjs';
import { SetupError, codeServerInstalled, ensureCommands, ensureNpmPackages, neededCommands, orExplain } from './setup.mjs';

const corpus = path.join(ROOT, 'corpus');
const desktop = spawnSync('code', ['--version'], { encoding: 'utf8' });
const useDesktop = desktop.status === 0 && !process.env.OPIS_USE_CODE_SERVER;
const version = process.env.OPIS_CODE_SERVER_VERSION || VERSIONS.oldest;

await orExplain(async () => {
  ensureNpmPackages('start');
  if (!useDesktop) ensureCommands(neededCommands({ codeServerBuild: !codeServerInstalled(CACHE, version) }), { purpose: 'start' });
  console.log('opis setup: building Opis');
  if (spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new SetupError('The build failed (see above).');
});

if (useDesktop) {
  console.log(`Opening ${corpus} in VS Code ${desktop.stdout.split('\n')[0]} with Opis loaded.`);
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, corpus], { stdio: 'inherit' });
  child.on('exit', code => process.exit(code ?? 0));
} else {
  console.log(`No desktop VS Code on PATH: using code-server ${version} (a VS Code server in your browser).`);
  const server = await orExplain(async () => {
    try {
      installCodeServer(version);
      const port = process.env.OPIS_PORT ? Number(process.env.OPIS_PORT) : undefined;
      return await startCodeServer(version, { port });
    } catch (err) {
      throw new SetupError(err instanceof Error ? err.message : String(err));
    }
  });
  const url = workbenchUrl(server.url, { folder: corpus, extensionDevelopmentPath: ROOT });
  console.log(`\nOpis is ready. Open this URL in a browser:\n\n  ${url}\n\nServer log: ${path.relative(ROOT, server.logFile)}. Press Ctrl-C to stop.`);
  let stopping;
  // a terminal's Ctrl-C reaches npm and this script alike, and may come twice: stop once
  const stop = () => (stopping ??= (async () => {
    console.log('\nStopping code-server…');
    await server.stop();
    process.exit(0);
  })());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30); // keep running until a signal arrives
}
