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

/** The Markdown files of the folder (any depth, '/'-separated paths relative to it) and its officials file. */
async function listFolder(dir: string, shown: string): Promise<{ markdown: string[]; officials?: string }> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${shown}: ${code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'is a file, not a folder' : `cannot be read (${code})`}`);
  }
  const listed: { markdown: string[]; officials?: string } = { markdown: [] };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (file.split('/').some(part => part.startsWith('.') || part === 'node_modules')) continue;
    if (file.endsWith('.md')) listed.markdown.push(file);
    else if (file === OFFICIALS_FILE) listed.officials = file;
  }
  return listed;
}

export async function listMarkdown(dir: string, shown: string): Promise<string[]> {
  return (await listFolder(dir, shown)).markdown;
}

export async function readCorpusFolder(dir: string, shown: string): Promise<CorpusFolder> {
  const { markdown, officials } = await listFolder(dir, shown);
  const read = (file: string) => readTextFile(path.join(dir, file), path.join(shown, file));
  const folder: CorpusFolder = { files: [] };
  for (const file of markdown) folder.files.push({ file, text: await read(file) });
  if (officials) folder.officialsFile = { file: officials, text: await read(officials) };
  return folder;
}
