// The workspace store's files as a folder may offer them: a store file is read only if it is a regular file within
// the size limit, and while the workspace is not trusted only if it lies inside the folder and is no link (a cloned
// corpus may link its store, or the folder holding it, to a private file outside, or to /dev/zero). A file not read
// is reported and left as it is, as if absent: nothing is written in Restricted Mode, and a trusted save writes only
// what changed here.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { StoreFileSystem } from '../core/annotations';
import { fileProblem } from '../core/files/dataPaths';

export interface Confinement {
  /** The workspace folder the store belongs to. */
  folder: string;
  trusted(): boolean;
  maxBytes(): number;
  /** Told, as the end of a sentence naming the file, why a file was not read. */
  refused(file: string, problem: string): void;
}

const missing = (err: unknown) => ['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '');

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function confinedStoreFileSystem(base: StoreFileSystem, confinement: Confinement): StoreFileSystem {
  /** Why `file` may not be read now; undefined when it may, or when it does not exist (the base then says so). */
  const problemOf = async (file: string, kind: 'file' | 'folder'): Promise<string | undefined> => {
    try {
      const link = await fs.lstat(file);
      if (!confinement.trusted()) {
        if (link.isSymbolicLink()) return 'is a symbolic link, which Opis does not follow in Restricted Mode';
        if (!inside(await fs.realpath(confinement.folder), await fs.realpath(file))) return 'lies outside the workspace folder, which Opis does not read in Restricted Mode';
      }
      if (kind === 'folder') return undefined;
      const facts = link.isSymbolicLink() ? await fs.stat(file) : link;
      return fileProblem({ isFile: facts.isFile(), isSymbolicLink: false, size: facts.size }, confinement.maxBytes());
    } catch (err) {
      if (missing(err)) return undefined;
      throw err;
    }
  };
  return {
    ...base,
    async readFile(file) {
      const problem = await problemOf(file, 'file');
      if (problem === undefined) return base.readFile(file);
      confinement.refused(file, problem);
      return undefined;
    },
    async list(dir) {
      const problem = await problemOf(dir, 'folder');
      if (problem === undefined) return base.list(dir);
      confinement.refused(dir, problem);
      return undefined;
    },
  };
}
