// The text of a file as the editor has it: an open document's text, unsaved edits included, else the file's
// (read only if it is a regular file under the size limit, and only if it is UTF-8 text: a binary file or one in
// another encoding is reported once, never read as garbage).
import * as vscode from 'vscode';
import { decodeText } from '../../core/files/textBytes';
import { readCheckedFile, warnOnce } from './checkedFiles';

/** Undefined when the file is not open and cannot or may not be read. */
export async function readDocumentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  const bytes = await readCheckedFile(uri);
  if (!bytes) return undefined;
  const decoded = decodeText(bytes);
  if ('text' in decoded) return decoded.text;
  warnOnce(`Opis did not read ${vscode.workspace.asRelativePath(uri)}: it ${decoded.problem}; ${decoded.advice}.`, uri);
  return undefined;
}

/** From now on, whether the document was edited or closed: work started on its current text is then stale. */
export function staleFromNow(document: vscode.TextDocument): () => boolean {
  const { version } = document;
  return () => document.isClosed || document.version !== version;
}
