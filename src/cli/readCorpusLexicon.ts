// Reads the transliteration lexicon of a corpus folder: its translit-lexicon.json, officials.json and
// glossary.json, each optional. A missing folder is an error; a missing file is not.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { GLOSSARY_FILE } from '../core/glossary';
import { OFFICIALS_FILE } from '../core/officials/loader';
import { buildCorpusLexicon, TRANSLIT_LEXICON_FILE, type CorpusLexicon, type Lexicon, type SourceFile } from '../core/translit';
import type { CliIO } from './command';
import { readTextFile } from './readTextFile';

async function readCorpusLexicon(dir: string, shown: string): Promise<CorpusLexicon> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`${shown}: ${info ? 'is a file, not a folder' : 'no such folder'}`);
  const read = async (file: string): Promise<SourceFile | undefined> => {
    const full = path.join(dir, file);
    if (!(await stat(full).catch(() => undefined))?.isFile()) return undefined;
    return { text: await readTextFile(full, path.join(shown, file)), file };
  };
  return buildCorpusLexicon({
    translitLexicon: await read(TRANSLIT_LEXICON_FILE),
    officials: await read(OFFICIALS_FILE),
    glossary: await read(GLOSSARY_FILE),
  });
}

/** The lexicon of a command's `--corpus` folder (the bundled corpus without one); its problems go to stderr. */
export async function commandLexicon(command: string, corpus: string | undefined, io: CliIO): Promise<Lexicon> {
  const shown = corpus ?? io.bundledCorpus;
  const { lexicon, errors } = await readCorpusLexicon(path.resolve(io.cwd, shown), shown);
  for (const error of errors) io.stderr(`opis ${command}: ${error}\n`);
  return lexicon;
}
