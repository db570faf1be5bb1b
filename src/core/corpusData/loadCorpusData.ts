// The corpus data of one folder, loaded the same way by every host: the glossary, the transliteration lexicon and
// the officials. Each data file is the folder's own copy, else the one bundled with Opis; a trusted folder's
// `.opis/glossary.json` extends the glossary. Hosts differ only in how they read a file (vscode.workspace.fs in
// the extension, node:fs in the command line): they pass a reader.
import { contentHash } from '../indexCache/contentHash';
import { turn } from '../text/eventLoop';
import { Glossary, GLOSSARY_FILE, WORKSPACE_GLOSSARY, glossaryEntriesInTurns } from '../glossary';
import { OFFICIALS_FILE, loadOfficials } from '../officials/loader';
import type { Official } from '../officials/model';
import type { Lexicon } from '../translit/lexicon';
import { buildCorpusLexiconInTurns, TRANSLIT_LEXICON_FILE, type SourceFile } from './corpusLexicon';

/** A data file's text; `own` when it is the folder's rather than the bundled copy. */
export interface DataFile extends SourceFile {
  own: boolean;
}

export interface CorpusDataReader {
  /** The folder's own copy of a file (a path relative to the folder), undefined when it has none. */
  own(file: string): Promise<DataFile | undefined>;
  /** The copy bundled with Opis, undefined when it cannot be read. */
  bundled(file: string): Promise<DataFile | undefined>;
}

export interface CorpusDataOptions {
  /** Whether the reader's own glossary may be read (a trusted workspace; always for the command line). */
  trusted: boolean;
}

export interface CorpusFolderData {
  glossary: Glossary;
  lexicon: Lexicon;
  /** The officials file's valid entries; empty when there is no officials file. */
  officials: Official[];
  officialsFile?: DataFile;
  /** One line each, naming the file and the field. */
  errors: string[];
  /** The names of the folder's own files that were read: their problems concern the reader. */
  ownFiles: string[];
  /** Changes with any of the data files: what was found with other data is found again. */
  version: string;
}

const EMPTY_GLOSSARY = '{"version":1,"entries":[]}';

/** The data files a folder's data is built from (each its own copy, else the bundled one), as read. */
export interface CorpusDataFiles {
  glossary?: DataFile;
  officials?: DataFile;
  translitLexicon?: DataFile;
  /** The folder's `.opis/glossary.json`, read only in a trusted workspace. */
  ownGlossary?: DataFile;
}

export async function loadCorpusData(reader: CorpusDataReader, { trusted }: CorpusDataOptions): Promise<CorpusFolderData & { files: CorpusDataFiles }> {
  const ownOrBundled = async (file: string) => (await reader.own(file)) ?? reader.bundled(file);
  const [glossary, officials, translitLexicon, ownGlossary] = await Promise.all([
    ownOrBundled(GLOSSARY_FILE),
    ownOrBundled(OFFICIALS_FILE),
    ownOrBundled(TRANSLIT_LEXICON_FILE),
    trusted ? reader.own(WORKSPACE_GLOSSARY) : undefined,
  ]);
  const files = { glossary, officials, translitLexicon, ownGlossary };
  return { ...(await corpusDataFromFiles(files)), files };
}

/** The data built from files read already (by another thread, say): the same files give the same data. */
export async function corpusDataFromFiles({ glossary: glossaryFile, officials: officialsFile, translitLexicon, ownGlossary }: CorpusDataFiles): Promise<CorpusFolderData> {
  // checking the entries, building the patterns and making the lexicon each took some tens of milliseconds at
  // first: they run in turns of the event loop, and the host has a turn between them
  const { entries, errors } = await glossaryEntriesInTurns(glossaryFile ?? { text: EMPTY_GLOSSARY, file: GLOSSARY_FILE }, ownGlossary);
  await turn();
  const glossary = new Glossary(entries);
  await glossary.prepareInTurns();
  await turn();
  const loadedOfficials = officialsFile ? loadOfficials(officialsFile.text, officialsFile.file) : undefined;
  const officials = loadedOfficials?.data.officials ?? [];
  await turn();
  // the merged glossary's entries, so that the reader's own terms reach the lexicon too
  const built = await buildCorpusLexiconInTurns({ translitLexicon, officials, glossary: glossary.entries });
  await turn();
  const ownFiles = [glossaryFile, officialsFile, translitLexicon, ownGlossary].flatMap(file => (file?.own ? [file.file] : []));
  const version = await contentHash([glossaryFile, officialsFile, translitLexicon, ownGlossary].map(file => file?.text ?? '').join('\u0000'));
  return { glossary, lexicon: built.lexicon, officials, officialsFile, errors: [...errors, ...(loadedOfficials?.errors ?? []), ...built.errors], ownFiles, version };
}
