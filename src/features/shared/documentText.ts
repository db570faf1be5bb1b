// The text of a file as the editor has it: an open document's text, unsaved edits included, else the file's
// (read only if it is a regular file under the size limit).
import * as vscode from 'vscode';
import { readCheckedFile } from './checkedFiles';

const decoder = new TextDecoder();

/** Undefined when the file is not open and cannot or may not be read. */
export async function readDocumentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  const bytes = await readCheckedFile(uri);
  return bytes && decoder.decode(bytes);
}

/** From now on, whether the document was edited or closed: work started on its current text is then stale. */
export function staleFromNow(document: vscode.TextDocument): () => boolean {
  const { version } = document;
  return () => document.isClosed || document.version !== version;
}
