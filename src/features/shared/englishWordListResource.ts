// The English word list where no file system is at hand (the browser): its bytes are read from beside the bundle
// through vscode.workspace.fs before the features start, since the core asks for the list synchronously; parsing
// 3 MB waits for the first word a feature classifies.
import * as vscode from 'vscode';
import { setEnglishWordList } from '../../core/text/englishWords';

/** Set by the build: the list's file name in dist/. */
declare const OPIS_WORD_LIST: string;

export async function useEnglishWordListResource(extensionUri: vscode.Uri): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', OPIS_WORD_LIST));
  setEnglishWordList(() => JSON.parse(new TextDecoder().decode(bytes)) as string[]);
}
