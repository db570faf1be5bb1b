// The transliteration lexicon of a command's corpus: loaded as the extension loads a workspace folder's (the
// folder's own data files, else the bundled ones). A missing folder is an error; a missing file is not.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { loadCorpusData, type CorpusFolderData, type DataFile } from '../core/corpusData';
import type { Lexicon } from '../core/translit';
import type { CliIO } from './command';
import { readTextFile } from './readTextFile';

/** A reader of `dir`'s data files, named to the user relative to `shown`. */
function folderReader(dir: string, shown: string, own: boolean) {
  return async (file: string): Promise<DataFile | undefined> => {
    const full = path.join(dir, file);
    if (!(await stat(full).catch(() => undefined))?.isFile()) return undefined;
    return { text: await readTextFile(full, path.join(shown, file)), file, own };
  };
}

/** The lexicon of a command's `--corpus` folder (the bundled corpus without one); its problems go to stderr. */
export async function commandLexicon(command: string, corpus: string | undefined, io: CliIO): Promise<Lexicon> {
  const dir = corpus === undefined ? undefined : path.resolve(io.cwd, corpus);
  if (dir !== undefined) {
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) throw new Error(`${corpus}: ${info ? 'is a file, not a folder' : 'no such folder'}`);
  }
  const { lexicon, errors } = await folderData(dir !== undefined && corpus !== undefined ? { dir, shown: corpus } : undefined, io);
  for (const error of errors) io.stderr(`opis ${command}: ${error}\n`);
  return lexicon;
}

/** The data of a folder (`dir`, named `shown` to the user): its own files, else the bundled ones. */
export function folderData(folder: { dir: string; shown: string } | undefined, io: CliIO): Promise<CorpusFolderData> {
  return loadCorpusData({
    own: folder ? folderReader(folder.dir, folder.shown, true) : async () => undefined,
    bundled: folderReader(path.resolve(io.cwd, io.bundledCorpus), io.bundledCorpus, false),
  }, { trusted: true });
}
