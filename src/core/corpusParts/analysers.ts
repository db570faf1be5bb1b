// What Opis keeps of each file of a corpus (its notes' problems, its sources, its officials' mentions, its
// romanized spellings), as functions of the file's text and of plain data: the folder's data files or the people.
// Given the same data, the same analysis runs in the extension host or in a worker thread, which keeps a
// library's first indexing off the thread every extension of the window shares.
import { indexNoteFindings, isNoteFindings } from '../citations';
import { corpusDataFromFiles, type CorpusDataFiles } from '../corpusData';
import { buildDocumentIndexAsync, type DocumentIndex } from '../document';
import type { Glossary } from '../glossary';
import type { FileWork, IndexPart } from '../indexCache';
import { findFileMentions, isFileMentionsRecord, packMentions, unpackMentions } from '../officials/fileMentions';
import { MentionFinder } from '../officials/mentions';
import type { Official } from '../officials/model';
import { isFileSources, sourcesOfIndex } from '../sources';
import { isSpellingsRecord, spellingsOf, spellingsToRecord } from '../translit';
import type { Lexicon } from '../translit/lexicon';

/** What the analyses are given, as plain data that a worker can be sent. */
export interface AnalysisInputs {
  /** A folder's data files as read (see loadCorpusData). */
  data: CorpusDataFiles;
  /** The officials whose mentions are found. */
  people: readonly Official[];
}

/** The same, built: what the analyses use. */
export interface PreparedInputs {
  data: { glossary: Glossary; lexicon: Lexicon };
  people: MentionFinder;
}

export type InputKind = keyof AnalysisInputs;

/** Builds an input from its plain form; a host that has built it already passes its own. */
export const prepareInput: { [K in InputKind]: (input: AnalysisInputs[K]) => Promise<PreparedInputs[K]> } = {
  data: async files => corpusDataFromFiles(files),
  people: async officials => new MentionFinder(officials),
};

export interface Analyser<K extends InputKind = InputKind> {
  input: K;
  /** Whether data (read back from a cache, or from another thread) has the analysis's shape. */
  valid(data: unknown): boolean;
  /** Undefined when the work was given up (cancelled). */
  analyse(text: string, prepared: PreparedInputs[K], work: FileWork, cancelled: () => boolean): Promise<unknown>;
  /** What the cache keeps of the data, when less than all of it (see IndexPart). */
  pack?(data: never): unknown;
  unpack?(kept: unknown): unknown;
}

/** The key under which the analyses of one update share the file's Markdown index. */
export const DOCUMENT_INDEX = 'document-index';

/** The file's Markdown, parsed once for every analysis of one update (in pieces that give the host its turns). */
const parsed = (text: string, work: FileWork, cancelled: () => boolean): Promise<DocumentIndex | undefined> =>
  work.shared(DOCUMENT_INDEX, () => buildDocumentIndexAsync(text, cancelled));

export const ANALYSERS = {
  notes: {
    input: 'data',
    valid: isNoteFindings,
    analyse: async (text, { glossary }, work, cancelled) => {
      const index = await parsed(text, work, cancelled);
      return index && indexNoteFindings(index, glossary);
    },
  } satisfies Analyser<'data'>,
  sources: {
    input: 'data',
    valid: isFileSources,
    analyse: async (text, { glossary }, work, cancelled) => {
      const index = await parsed(text, work, cancelled);
      return index && sourcesOfIndex(index, glossary);
    },
  } satisfies Analyser<'data'>,
  spellings: {
    input: 'data',
    valid: isSpellingsRecord,
    analyse: async (text, { lexicon }) => spellingsToRecord(spellingsOf(text, { lexicon })),
  } satisfies Analyser<'data'>,
  mentions: {
    input: 'people',
    valid: isFileMentionsRecord,
    pack: packMentions,
    unpack: unpackMentions,
    analyse: async (text, finder) => findFileMentions(finder, text),
  } satisfies Analyser<'people'>,
};

export type AnalyserName = keyof typeof ANALYSERS;

export const isAnalyserName = (name: unknown): name is AnalyserName => typeof name === 'string' && Object.hasOwn(ANALYSERS, name);

type AnyAnalyser = Pick<IndexPart, 'pack' | 'unpack'> & { input: InputKind; valid(data: unknown): boolean; analyse(text: string, prepared: unknown, work: FileWork, cancelled: () => boolean): Promise<unknown> };

/** The analysis of that name, without its input's type (for callers that pair name and input at run time). */
export const analyserOf = (name: AnalyserName): AnyAnalyser => ANALYSERS[name] as AnyAnalyser;

/** What a part is found with for a file: a version of it, its plain form (for a worker) and its built form (for this thread). */
export interface PartInput<K extends InputKind = InputKind> {
  version: string;
  plain: AnalysisInputs[K];
  prepared: PreparedInputs[K];
}

/**
 * The index part of the analysis `name`, with the input `inputOf` gives for a file; `workOf` may give an analysis on
 * this thread other shared work (an open editor's parse).
 */
export function analysedPart<T, N extends AnalyserName>(
  name: N,
  inputOf: (path: string) => Promise<PartInput<(typeof ANALYSERS)[N]['input']>>,
  workOf: (path: string, text: string, cancelled: () => boolean, work: FileWork) => FileWork = (_path, _text, _cancelled, work) => work,
): IndexPart<T> {
  const analyser = analyserOf(name);
  return {
    name,
    version: async path => (await inputOf(path)).version,
    analyse: async (text, path, cancelled, work) => {
      const input = await inputOf(path);
      return (await analyser.analyse(text, input.prepared, workOf(path, text, cancelled, work), cancelled)) as T | undefined;
    },
    portable: {
      analyser: name,
      input: async path => {
        const { version, plain } = await inputOf(path);
        return { kind: analyser.input, key: version, value: plain };
      },
    },
    valid: (data): data is T => analyser.valid(data),
    pack: analyser.pack as IndexPart<T>['pack'],
    unpack: analyser.unpack as IndexPart<T>['unpack'],
  };
}

/** The parts of a corpus whose data is one folder's (the command line, the benchmarks), portable to a worker. */
export function folderParts(names: readonly AnalyserName[], inputs: { version: string; plain: AnalysisInputs; prepared: PreparedInputs }): IndexPart[] {
  return names.map(name => {
    const kind = ANALYSERS[name].input;
    const input = { version: inputs.version, plain: inputs.plain[kind], prepared: inputs.prepared[kind] } as PartInput;
    return analysedPart(name, async () => input as never);
  });
}
