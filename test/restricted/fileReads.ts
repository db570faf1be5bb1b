// Every file and folder the extension host reads from now on, by its real path (links resolved): the Restricted
// Mode suite checks that none lies outside the workspace folder. Node's fs functions are wrapped where they live,
// on the module objects that VS Code's file service (behind vscode.workspace.fs) and the extension both call.
import { createRequire, syncBuiltinESMExports } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

type Fs = typeof import('node:fs');
/** The fs module object itself (an `import * as` in a bundle is a copy whose properties cannot be replaced). */
const fs = createRequire(__filename)('node:fs') as Fs;

const READERS = ['readFile', 'readFileSync', 'open', 'openSync', 'createReadStream', 'readdir', 'readdirSync', 'opendir', 'opendirSync'] as const;
const PROMISE_READERS = ['readFile', 'open', 'readdir', 'opendir'] as const;

export interface FileReads {
  /** Real paths of everything read since the record started. */
  readonly paths: Set<string>;
  stop(): void;
}

export function recordFileReads(): FileReads {
  const paths = new Set<string>();
  const note = (target: unknown) => {
    const file = typeof target === 'string' ? target : Buffer.isBuffer(target) ? target.toString() : target instanceof URL ? fileURLToPath(target) : undefined;
    if (file === undefined) return; // a descriptor or a handle, opened through a path recorded before
    try {
      paths.add(fs.realpathSync.native(file));
    } catch {
      paths.add(path.resolve(file));
    }
  };
  const restore: (() => void)[] = [];
  const wrap = (owner: Record<string, unknown>, name: string) => {
    const original = owner[name] as (...args: unknown[]) => unknown;
    owner[name] = function (this: unknown, ...args: unknown[]) {
      note(args[0]);
      return original.apply(this, args);
    };
    restore.push(() => (owner[name] = original));
  };
  for (const name of READERS) wrap(fs as unknown as Record<string, unknown>, name);
  for (const name of PROMISE_READERS) wrap(fs.promises as unknown as Record<string, unknown>, name);
  syncBuiltinESMExports();
  return {
    paths,
    stop() {
      for (const undo of restore) undo();
      syncBuiltinESMExports();
    },
  };
}
