// What `opis sources` and `opis bibliography` read: the Markdown articles named (a folder stands for every article
// in it), each analysed with the glossary and added to one sources register under the name it is shown by.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { analyseDocumentNotes, archivalOptions } from '../core/citations';
import { buildDocumentIndex } from '../core/document';
import { SourceRegister } from '../core/sources';
import { cliGlossary } from './articleNotes';
import type { CliIO } from './command';
import { readCorpusFolder } from './readCorpusFolder';
import { readArticleIndex } from './readArticle';

export async function readRegister(paths: readonly string[], io: CliIO, command: string): Promise<SourceRegister> {
  const options = archivalOptions(cliGlossary(io, command));
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
