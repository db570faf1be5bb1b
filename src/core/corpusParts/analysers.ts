// What Opis keeps of each file of a corpus (its notes' problems, its sources, its officials' mentions, its
// romanized spellings), as functions of the file's text and of plain data: the folder's data files or the people.
// Given the same data, the same analysis runs in the extension host or in a worker thread, which keeps a
// library's first indexing off the thread every extension of the window shares.
import { indexNoteFindings } from '../citations';
import { corpusDataFromFiles, type CorpusDataFiles } from '../corpusData';
import { buildDocumentIndexAsync, type DocumentIndex } from '../document';
import type { Glossary } from '../glossary';
import type { FileWork } from '../indexCache';
import { findFileMentions } from '../officials/fileMentions';
import { MentionFinder } from '../officials/mentions';
import type { Official } from '../officials/model';
import { sourcesOfIndex } from '../sources';
import { spellingsOf, spellingsToRecord } from '../translit';
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
  /** Undefined when the work was given up (cancelled). */
  analyse(text: string, prepared: PreparedInputs[K], work: FileWork, cancelled: () => boolean): Promise<unknown>;
}

/** The key under which the analyses of one update share the file's Markdown index. */
export const DOCUMENT_INDEX = 'document-index';

/** The file's Markdown, parsed once for every analysis of one update (in pieces that give the host its turns). */
const parsed = (text: string, work: FileWork, cancelled: () => boolean): Promise<DocumentIndex | undefined> =>
  work.shared(DOCUMENT_INDEX, () => buildDocumentIndexAsync(text, cancelled));

export const ANALYSERS = {
  notes: {
    input: 'data',
    analyse: async (text, { glossary }, work, cancelled) => {
      const index = await parsed(text, work, cancelled);
      return index && indexNoteFindings(index, glossary);
    },
  } satisfies Analyser<'data'>,
  sources: {
    input: 'data',
    analyse: async (text, { glossary }, work, cancelled) => {
      const index = await parsed(text, work, cancelled);
      return index && sourcesOfIndex(index, glossary);
    },
  } satisfies Analyser<'data'>,
  spellings: {
    input: 'data',
    analyse: async (text, { lexicon }) => spellingsToRecord(spellingsOf(text, { lexicon })),
  } satisfies Analyser<'data'>,
  mentions: {
    input: 'people',
    analyse: async (text, finder) => findFileMentions(finder, text),
  } satisfies Analyser<'people'>,
};

export type AnalyserName = keyof typeof ANALYSERS;

export const isAnalyserName = (name: unknown): name is AnalyserName => typeof name === 'string' && Object.hasOwn(ANALYSERS, name);
