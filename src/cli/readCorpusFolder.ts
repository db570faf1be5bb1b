// Reads a corpus folder from disk: its Markdown files (any depth) and its officials file, if it has one.
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import type { CorpusFile } from '../core/officials/corpusIndex';
import { OFFICIALS_FILE } from '../core/officials/loader';
import { readTextFile } from './readTextFile';

export interface CorpusFolder {
  files: CorpusFile[];
  officialsFile?: CorpusFile;
}

export async function readCorpusFolder(dir: string, shown: string): Promise<CorpusFolder> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${shown}: ${code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'is a file, not a folder' : `cannot be read (${code})`}`);
  }
  const folder: CorpusFolder = { files: [] };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const file = path.relative(dir, full).split(path.sep).join('/');
    if (file.split('/').some(part => part.startsWith('.') || part === 'node_modules')) continue;
    if (file.endsWith('.md')) folder.files.push({ file, text: await readTextFile(full, path.join(shown, file)) });
    else if (file === OFFICIALS_FILE) folder.officialsFile = { file, text: await readTextFile(full, path.join(shown, file)) };
  }
  return folder;
}
