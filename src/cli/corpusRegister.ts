// What `opis sources` and `opis bibliography` read: the Markdown articles named (a folder stands for every article
// in it), each analysed with the glossary and added to one sources register under the name it is shown by.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { analyseDocumentNotes, archivalOptions } from '../core/citations';
import { buildDocumentIndex } from '../core/document';
import { contentHash } from '../core/indexCache';
import type { Glossary } from '../core/glossary';
import { isFileSources, sourcesOfFile, SourceRegister, type FileSources } from '../core/sources';
import { openCachedCorpus } from './indexCacheFolder';
import { cliGlossary } from './articleNotes';
import type { CliIO } from './command';
import { listMarkdown, readCorpusFolder } from './readCorpusFolder';
import { readArticleIndex } from './readArticle';

const SOURCES = 'sources';

export async function readRegister(paths: readonly string[], io: CliIO, command: string, cacheDir?: string): Promise<SourceRegister> {
  const glossary = cliGlossary(io, command);
  if (cacheDir !== undefined) return readCachedRegister(paths, io, command, glossary, cacheDir);
  const options = archivalOptions(glossary);
  const register = new SourceRegister();
  for (const shown of paths) {
    const full = path.resolve(io.cwd, shown);
    const isFolder = await stat(full).then(s => s.isDirectory(), () => false);
    if (!isFolder) {
      register.set(shown, analyseDocumentNotes(await readArticleIndex(shown, io, command), options).notes);
      continue;
    }
    for (const file of (await readCorpusFolder(full, shown)).files) {
      register.set(path.posix.join(shown.split(path.sep).join('/'), file.file), analyseDocumentNotes(buildDocumentIndex(file.text), options).notes);
    }
  }
  return register;
}

/** The same through the index cached in `cacheDir`: an unchanged article's sources are read back, not parsed. */
async function readCachedRegister(paths: readonly string[], io: CliIO, command: string, glossary: Glossary, cacheDir: string): Promise<SourceRegister> {
  const shown = new Map<string, string>();
  for (const given of paths) {
    const full = path.resolve(io.cwd, given);
    const isFolder = await stat(full).then(s => s.isDirectory(), () => false);
    if (!isFolder) shown.set(full, given);
    else for (const file of await listMarkdown(full, given)) shown.set(path.join(full, file), path.posix.join(given.split(path.sep).join('/'), file));
  }
  const version = await contentHash(JSON.stringify(glossary.entries));
  const { corpus, save } = await openCachedCorpus(cacheDir, shown, [{
    name: SOURCES,
    version: () => version,
    analyse: text => sourcesOfFile(text, glossary),
    valid: isFileSources,
  }], io, command);
  const files = [...shown.keys()];
  corpus.retain(files);
  await corpus.update(files);
  await save();
  const register = new SourceRegister();
  for (const [full, name] of shown) register.set(name, corpus.part<FileSources>(full, SOURCES)?.notes ?? []);
  return register;
}
