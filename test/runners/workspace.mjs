// The workspace folder of an extension-host run: a fresh copy of corpus/ (without the raw input), so tests
// that write (annotations, edits) never touch the committed corpus.
import { cpSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function freshWorkspace(cacheDir, name) {
  const dir = path.join(cacheDir, 'workspaces', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'corpus'), dir, { recursive: true, filter: src => path.basename(src) !== 'raw' });
  return dir;
}
