// The Markdown index of a file being analysed for the corpus index, built once for all the parts that need it: an
// open editor's index when the text is the editor's (parsed for the editor already), else parsed in pieces that
// yield to the event loop. Undefined when the work was cancelled.
import * as vscode from 'vscode';
import { buildDocumentIndexAsync, sharedDocumentIndexCache, type DocumentIndex } from '../../core/document';
import type { FileWork } from '../../core/indexCache';

export function indexedDocument(key: string, text: string, cancelled: () => boolean, work: FileWork): Promise<DocumentIndex | undefined> {
  return work.shared('document-index', async () => {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key && d.getText() === text);
    const parsed = open && (await sharedDocumentIndexCache.obtainAsync(key, open.version, () => text));
    return parsed ?? buildDocumentIndexAsync(text, cancelled);
  });
}
