// Index parts found with a folder's corpus data (glossary, lexicon): their version is the data's, so a change of
// the data finds them again. Those that read a file's Markdown share one index of it per analysis: an open
// editor's when the text is the editor's (parsed for the editor already), else parsed in pieces that yield.
import * as vscode from 'vscode';
import { buildDocumentIndexAsync, sharedDocumentIndexCache, type DocumentIndex } from '../../core/document';
import type { FileWork, IndexPart } from '../../core/indexCache';
import type { CorpusData, CorpusFolderData } from './corpusData';

type Found<T> = Promise<T | undefined> | T | undefined;

export function dataPart<T>(
  data: CorpusData,
  name: string,
  analyse: (text: string, folder: CorpusFolderData, key: string, cancelled: () => boolean, work: FileWork) => Found<T>,
  valid: (kept: unknown) => kept is T,
): IndexPart<T> {
  const dataOf = (key: string) => data.forDocument(vscode.Uri.parse(key));
  return {
    name,
    version: async key => (await dataOf(key)).version,
    analyse: async (text, key, cancelled, work) => analyse(text, await dataOf(key), key, cancelled, work),
    valid,
  };
}

/** A part found in the file's Markdown index. */
export function markdownPart<T>(data: CorpusData, name: string, analyse: (index: DocumentIndex, folder: CorpusFolderData) => T, valid: (kept: unknown) => kept is T): IndexPart<T> {
  return dataPart(data, name, async (text, folder, key, cancelled, work) => {
    const parsed = await indexedDocument(key, text, cancelled, work);
    return parsed && analyse(parsed, folder);
  }, valid);
}

function indexedDocument(key: string, text: string, cancelled: () => boolean, work: FileWork): Promise<DocumentIndex | undefined> {
  return work.shared('document-index', async () => {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key && d.getText() === text);
    const parsed = open && (await sharedDocumentIndexCache.obtainAsync(key, open.version, () => text));
    return parsed ?? buildDocumentIndexAsync(text, cancelled);
  });
}
