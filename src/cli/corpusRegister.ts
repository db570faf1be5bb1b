// What `opis sources` and `opis bibliography` read: the Markdown articles named (a folder stands for every article
// in it), each analysed with the glossary and added to one sources register under the name it is shown by. An
// article that cannot be read as text is left out with one line on stderr (see ArticleReader).
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { analyseDocumentNotes, archivalOptions } from '../core/citations';
import { buildDocumentIndex } from '../core/document';
import { contentHash } from '../core/indexCache';
import type { Glossary } from '../core/glossary';
import { isFileSources, sourcesOfFile, SourceRegister, type FileSources } from '../core/sources';
import { ArticleReader } from './articleReader';
import { openCachedCorpus } from './indexCacheFolder';
import { cliGlossary } from './articleNotes';
import type { CliIO } from './command';
import { listMarkdown, readCorpusFolder, shownIn } from './readCorpusFolder';
import { articleIndex } from './readArticle';

const SOURCES = 'sources';

export interface CorpusRegister {
  register: SourceRegister;
  /** Nothing could be read of the articles given: the command has nothing to answer. */
  nothingRead: boolean;
  /** The command's exit code so far (see ArticleReader.exitCode). */
  exitCode: 0 | 1;
}

const isFolder = (full: string) => stat(full).then(s => s.isDirectory(), () => false);

export async function readRegister(paths: readonly string[], io: CliIO, command: string, cacheDir?: string): Promise<CorpusRegister> {
  const glossary = cliGlossary(io, command);
  const reader = new ArticleReader(io, command);
  if (cacheDir !== undefined) return readCachedRegister(paths, io, command, glossary, cacheDir, reader);
  const options = archivalOptions(glossary);
  const register = new SourceRegister();
  let total = 0;
  for (const shown of paths) {
    const full = path.resolve(io.cwd, shown);
    if (!(await isFolder(full))) {
      total++;
      const text = await reader.text(full, shown, true);
      if (text !== undefined) register.set(shown, analyseDocumentNotes(articleIndex(text, shown, io, command), options).notes);
      continue;
    }
    const folder = await readCorpusFolder(full, shown, reader);
    total += folder.found;
    for (const file of folder.files) register.set(shownIn(shown, file.file), analyseDocumentNotes(buildDocumentIndex(file.text), options).notes);
  }
  return { register, nothingRead: reader.nothingRead(total), exitCode: reader.exitCode(total) };
}

/** The same through the index cached in `cacheDir`: an unchanged article's sources are read back, not parsed. */
async function readCachedRegister(paths: readonly string[], io: CliIO, command: string, glossary: Glossary, cacheDir: string, reader: ArticleReader): Promise<CorpusRegister> {
  const shown = new Map<string, string>();
  const named = new Set<string>();
  for (const given of paths) {
    const full = path.resolve(io.cwd, given);
    if (!(await isFolder(full))) {
      shown.set(full, given);
      named.add(full);
    } else for (const file of await listMarkdown(full, given)) shown.set(path.join(full, file), shownIn(given, file));
  }
  const version = await contentHash(JSON.stringify(glossary.entries));
  const { corpus, save } = await openCachedCorpus(cacheDir, [{
    name: SOURCES,
    version: () => version,
    analyse: text => sourcesOfFile(text, glossary),
    valid: isFileSources,
  }], io, command, full => reader.text(full, shown.get(full) ?? full, named.has(full)));
  const files = [...shown.keys()];
  corpus.retain(files);
  await corpus.update(files);
  await save();
  const register = new SourceRegister();
  for (const [full, name] of shown) register.set(name, corpus.part<FileSources>(full, SOURCES)?.notes ?? []);
  return { register, nothingRead: reader.nothingRead(shown.size), exitCode: reader.exitCode(shown.size) };
}
