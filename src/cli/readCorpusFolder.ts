// Reads a corpus folder from disk: its Markdown files (any depth; one that cannot be read as text is left out, see
// ArticleReader) and its officials file, if it has one.
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import type { CorpusFile } from '../core/officials/corpusIndex';
import { OFFICIALS_FILE } from '../core/officials/loader';
import type { ArticleReader } from './articleReader';
import { readTextFile } from './readTextFile';

export interface CorpusFolder {
  /** The Markdown files that could be read. */
  files: CorpusFile[];
  /** How many Markdown files the folder holds, read or not. */
  found: number;
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

/** `shown/file` with '/' between, as a folder's files are named to the user. */
export const shownIn = (shown: string, file: string) => path.posix.join(shown.split(path.sep).join('/'), file);

export async function readCorpusFolder(dir: string, shown: string, reader: ArticleReader): Promise<CorpusFolder> {
  const { markdown, officials } = await listFolder(dir, shown);
  const folder: CorpusFolder = { files: [], found: markdown.length };
  for (const file of markdown) {
    const text = await reader.text(path.join(dir, file), shownIn(shown, file), false);
    if (text !== undefined) folder.files.push({ file, text });
  }
  if (officials) folder.officialsFile = { file: officials, text: await readTextFile(path.join(dir, officials), shownIn(shown, officials)) };
  return folder;
}
