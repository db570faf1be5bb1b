// Index parts found by the core's analyses (core/corpusParts): on the host's thread, or in a worker thread where
// the host has one, given the same plain data (the folder's data files, the people). On the host's thread those
// that read a file's Markdown share one index of it per analysis: an open editor's when the text is the editor's
// (parsed for the editor already), else parsed in pieces that yield.
import * as vscode from 'vscode';
import { analysedPart, DOCUMENT_INDEX, type ANALYSERS, type AnalyserName, type PartInput } from '../../core/corpusParts';
import { buildDocumentIndexAsync, sharedDocumentIndexCache, type DocumentIndex } from '../../core/document';
import type { FileWork, IndexPart } from '../../core/indexCache';
import type { CorpusData } from './corpusData';

type DataAnalyser = { [N in AnalyserName]: (typeof ANALYSERS)[N]['input'] extends 'data' ? N : never }[AnalyserName];

/** A part found by the analysis of the same name with the data of the file's folder. */
export function dataPart<T>(data: CorpusData, name: DataAnalyser): IndexPart<T> {
  return editorPart(name, async key => {
    const folder = await data.forDocument(vscode.Uri.parse(key));
    return { version: folder.version, plain: folder.files, prepared: folder };
  });
}

/** A part found by the analysis `name` with the input `inputOf` gives for a file, an open editor's parse shared. */
export function editorPart<T, N extends AnalyserName>(name: N, inputOf: (key: string) => Promise<PartInput<(typeof ANALYSERS)[N]['input']>>): IndexPart<T> {
  return analysedPart<T, N>(name, inputOf, withEditorIndex);
}

/** The work of an update, where the file's Markdown index is the open editor's when the text is the editor's. */
function withEditorIndex(key: string, text: string, cancelled: () => boolean, work: FileWork): FileWork {
  const editorIndex = async (): Promise<DocumentIndex | undefined> => {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key && d.getText() === text);
    const parsed = open && (await sharedDocumentIndexCache.obtainAsync(key, open.version, () => text));
    return parsed ?? buildDocumentIndexAsync(text, cancelled);
  };
  return { shared: (name, make) => work.shared(name, name === DOCUMENT_INDEX ? (editorIndex as typeof make) : make) };
}
