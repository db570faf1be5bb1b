// Which store a path names, on Node: the workspace store found from a file or folder (the folder holding
// `.opis/` or `.git`, walking up; else the folder itself), or a store named by path (a folder of annotation files, or
// one collection file).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FolderLayout, LEGACY_STORE_PATH, SingleFileLayout, STORE_FOLDER, type StoreLayout } from '../core/annotations';

async function isFolder(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * The workspace folder of a file or folder: the nearest one holding `.opis/` or a git clone's `.git` (a shared
 * corpus is a clone, so its first annotation goes to the clone's store), else the folder itself.
 */
export async function workspaceRoot(start: string): Promise<string> {
  const first = (await isFolder(start)) ? start : path.dirname(start);
  for (let dir = first; ; dir = path.dirname(dir)) {
    if (await isFolder(path.join(dir, '.opis'))) return dir;
    if (await fs.stat(path.join(dir, '.git')).catch(() => undefined)) return dir;
    if (path.dirname(dir) === dir) return first;
  }
}

export function workspaceLayout(root: string): StoreLayout {
  return new FolderLayout(path.join(root, ...STORE_FOLDER.split('/')), path.join(root, '.opis'), path.join(root, ...LEGACY_STORE_PATH.split('/')));
}

/** The store at a path given by the user: a folder of annotation files, or a collection file. */
export async function layoutAt(store: string): Promise<StoreLayout> {
  return (await isFolder(store)) ? new FolderLayout(store, path.dirname(store)) : new SingleFileLayout(store, path.dirname);
}
