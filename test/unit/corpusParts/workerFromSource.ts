// Code run in a worker thread from TypeScript sources, as the build's bundles run it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A module file that runs `code` (which may import TypeScript) in a thread. */
export function fileInThread(code: string): string {
  const boot = path.join(mkdtempSync(path.join(tmpdir(), 'opis-worker-')), 'boot.mjs');
  const tsx = pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  writeFileSync(boot, `import { register } from '${tsx}';\nregister();\n${code}\n`);
  return boot;
}

/** The index worker's entry. */
export function workerFromSource(): string {
  const entry = pathToFileURL(path.join(__dirname, '..', '..', '..', 'src', 'node', 'indexWorker.ts')).href;
  return fileInThread(`await import('${entry}');`);
}

