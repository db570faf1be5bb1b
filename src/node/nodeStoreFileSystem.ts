// The annotation store's file system on Node (desktop extension host, CLI): atomic replacement through a
// flushed temporary file, writes through symlinks to their target, read-only files refused, and a
// cross-process lock (proper-lockfile: a lock folder whose age it refreshes, so a crashed holder's stale
// lock is broken safely while a live one never is).
import { randomUUID } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as lockfile from 'proper-lockfile';
import { StoreWriteRefused, TEMP_MARKER, type StoreFileSystem } from '../core/annotations';

const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

/** The file a write must change: the target of a symlink (refused when it has none). */
async function writeTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch (err) {
    if (code(err) !== 'ENOENT') throw err;
    const link = await fs.lstat(file).catch(() => undefined);
    if (link?.isSymbolicLink()) throw new StoreWriteRefused(`not saved: ${file} is a link to a file that does not exist`);
    return file;
  }
}

export const nodeStoreFileSystem: StoreFileSystem = {
  async readFile(file) {
    try {
      return await fs.readFile(file);
    } catch (err) {
      if (code(err) === 'ENOENT') return undefined;
      throw err;
    }
  },
  async replace(file, data) {
    const target = await writeTarget(file);
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing) {
      try {
        await fs.access(target, constants.W_OK);
      } catch {
        throw new StoreWriteRefused(`not saved: ${file} is read-only`);
      }
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}${TEMP_MARKER}${randomUUID().slice(0, 8)}`;
    try {
      // Flushed before the rename so a crash cannot leave a renamed but empty file.
      const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
    } catch (err) {
      await fs.rm(temp, { force: true });
      if (code(err) === 'EACCES' || code(err) === 'EPERM' || code(err) === 'EROFS') throw new StoreWriteRefused(`not saved: ${file} cannot be written (${code(err)})`);
      throw err;
    }
  },
  remove: file => fs.rm(file, { force: true }),
  async list(dir) {
    try {
      return await fs.readdir(dir);
    } catch (err) {
      if (code(err) === 'ENOENT' || code(err) === 'ENOTDIR') return undefined;
      throw err;
    }
  },
  async lock(target) {
    await fs.mkdir(path.dirname(target), { recursive: true });
    const release = await lockfile.lock(target, {
      realpath: false,
      lockfilePath: `${target}.lock`,
      stale: 10_000,
      retries: { retries: 1000, factor: 1.2, minTimeout: 5, maxTimeout: 100, randomize: true },
      // A lock lost to the stale rule means this process stalled for ten seconds; the save re-reads under the
      // next lock anyway, so there is nothing to undo.
      onCompromised: () => undefined,
    });
    return async () => release();
  },
  join: (dir, name) => path.join(dir, name),
  dirname: file => path.dirname(file),
  basename: file => path.basename(file),
};
