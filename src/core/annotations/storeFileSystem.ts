// The file operations the annotation store needs, behind an interface so tests can use an in-memory double.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface StoreFileSystem {
  /** Undefined when the file does not exist. */
  readFile(file: string): Promise<string | undefined>;
  writeFile(file: string, data: string): Promise<void>;
  /** Replaces `to` atomically. */
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  exists(file: string): Promise<boolean>;
  remove(file: string): Promise<void>;
  mkdirp(dir: string): Promise<void>;
  dirname(file: string): string;
}

export const nodeStoreFileSystem: StoreFileSystem = {
  async readFile(file) {
    try {
      return await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  },
  async writeFile(file, data) {
    // Flushed before the rename so a crash cannot leave a renamed but empty file.
    const handle = await fs.open(file, 'w');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  copyFile: (from, to) => fs.copyFile(from, to),
  async exists(file) {
    try {
      await fs.access(file);
      return true;
    } catch {
      return false;
    }
  },
  remove: file => fs.rm(file, { force: true }),
  mkdirp: async dir => {
    await fs.mkdir(dir, { recursive: true });
  },
  dirname: file => path.dirname(file),
};
