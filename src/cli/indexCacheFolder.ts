// `--cache <dir>`: the persisted index of the extension, kept in a folder for scripts over large corpora. An
// unchanged article is read and hashed, not parsed again; a damaged cache or one of another version is dropped
// with one line on stderr and rebuilt. Written beside itself and renamed over, so an interrupted run keeps the old.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { IndexCache, IndexedCorpus, indexWriter, type IndexPart } from '../core/indexCache';
import type { CliIO } from './command';
import { opisVersion } from './version';

const CACHE_FILE = 'opis-index.json';
const MAX_BYTES = 1024 * 1024 * 1024;

export interface CachedCorpus {
  corpus: IndexedCorpus;
  save(): Promise<void>;
}

/**
 * An index of articles, cached in `dir`; `read` gives an article's text from its absolute path, undefined when it
 * cannot be read (the article then has no parts).
 */
export async function openCachedCorpus(dir: string, parts: IndexPart[], io: CliIO, command: string, read: (full: string) => Promise<string | undefined>): Promise<CachedCorpus> {
  const folder = path.resolve(io.cwd, dir);
  const file = path.join(folder, CACHE_FILE);
  const cache = new IndexCache({ writer: indexWriter(opisVersion), maxBytes: MAX_BYTES });
  const bytes = await readFile(file).catch(() => undefined);
  const dropped = await cache.load(bytes);
  if (dropped) io.stderr(`opis ${command}: ${path.join(dir, CACHE_FILE)}: ${dropped}; rebuilt\n`);
  const corpus = new IndexedCorpus({
    stat: async full => stat(full).then(s => ({ size: s.size, mtime: s.mtimeMs }), () => undefined),
    read,
  }, parts, cache);
  return {
    corpus,
    async save() {
      if (!cache.dirty) return;
      await mkdir(folder, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, await cache.serialise());
      await rename(temporary, file);
    },
  };
}
