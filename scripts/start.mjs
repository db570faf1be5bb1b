// `npm start`: builds Opis, then opens corpus/ in a real VS Code with Opis loaded — the desktop `code` with
// --extensionDevelopmentPath when one is on PATH, otherwise code-server on 127.0.0.1 (installed into .cache/
// on first use). Ctrl-C stops the server.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT, VERSIONS, installCodeServer, startCodeServer } from './code-server/server.mjs';
import { workbenchUrl } from '../test/runners/browser.mjs';

const corpus = path.join(ROOT, 'corpus');
console.log('Building Opis…');
if (spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);

const desktop = spawnSync('code', ['--version'], { encoding: 'utf8' });
if (desktop.status === 0 && !process.env.OPIS_USE_CODE_SERVER) {
  console.log(`Opening ${corpus} in VS Code ${desktop.stdout.split('\n')[0]} with Opis loaded.`);
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, corpus], { stdio: 'inherit' });
  child.on('exit', code => process.exit(code ?? 0));
} else {
  const version = process.env.OPIS_CODE_SERVER_VERSION || VERSIONS.oldest;
  console.log(`No desktop VS Code on PATH: using code-server ${version} (a VS Code server in your browser).`);
  console.log('First use installs it into .cache/ (a minute or two); later starts reuse it.');
  installCodeServer(version);
  const port = process.env.OPIS_PORT ? Number(process.env.OPIS_PORT) : undefined;
  const server = await startCodeServer(version, { port });
  const url = workbenchUrl(server.url, { folder: corpus, extensionDevelopmentPath: ROOT });
  console.log(`\nOpis is ready. Open this URL in a browser:\n\n  ${url}\n\nServer log: ${path.relative(ROOT, server.logFile)}. Press Ctrl-C to stop.`);
  const stop = async () => {
    console.log('\nStopping code-server…');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30); // keep running until a signal arrives
}
