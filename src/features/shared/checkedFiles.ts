// Reading files the extension did not open itself (corpus files, data files, files named by annotations):
// inside the workspace folder when data names them, regular files only, never more than opis.files.maxSizeMB.
import * as vscode from 'vscode';
import { fileProblem, MEGABYTE, resolveInsideFolder, uriPaths } from '../../core/files/dataPaths';

const DEFAULT_MAX_MB = 20;

export function maxFileBytes(): number {
  const megabytes = vscode.workspace.getConfiguration('opis').get<number>('files.maxSizeMB', DEFAULT_MAX_MB);
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : DEFAULT_MAX_MB) * MEGABYTE;
}

/** The file a path from data names inside `folder`, or why it may not be used. */
export function uriInsideFolder(folder: vscode.Uri, relative: string): { uri: vscode.Uri } | { problem: string } {
  const found = resolveInsideFolder(folder.path, relative, uriPaths);
  return 'problem' in found ? found : { uri: folder.with({ path: found.path }) };
}

/** What `fileProblem` asks of a file, from its stat. */
export const fileFacts = (stat: vscode.FileStat) => ({
  isFile: (stat.type & vscode.FileType.File) !== 0,
  isSymbolicLink: (stat.type & vscode.FileType.SymbolicLink) !== 0,
  size: stat.size,
});

const warned = new Set<string>();

/** Says once per file why it was not read. */
export function warnOnce(message: string, uri: vscode.Uri): void {
  if (warned.has(uri.toString())) return;
  warned.add(uri.toString());
  void vscode.window.showWarningMessage(message);
}

/**
 * The bytes of a regular file no larger than the limit; undefined when it is missing (silently) or may not or
 * cannot be read (reported). Checked with stat first, so a device or a huge file is never opened.
 */
export async function readCheckedFile(uri: vscode.Uri, report: (message: string, uri: vscode.Uri) => void = warnOnce): Promise<Uint8Array | undefined> {
  const name = vscode.workspace.asRelativePath(uri);
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (err) {
    if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) report(`Opis could not read ${name}: ${String(err)}`, uri);
    return undefined;
  }
  const problem = fileProblem(fileFacts(stat), maxFileBytes());
  if (problem) {
    report(`Opis did not read ${name}: it ${problem}.`, uri);
    return undefined;
  }
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    report(`Opis could not read ${name}: ${String(err)}`, uri);
    return undefined;
  }
}
