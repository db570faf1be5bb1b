// The corpus data files of each workspace folder, loaded once for every feature: the glossary, the officials
// file and the transliteration lexicon. Each is the folder's own copy at its root, else the one bundled with
// Opis; in a trusted workspace the folder's `.opis/glossary.json` extends the glossary. One watcher reloads them
// all. Problems go to the Opis log; a malformed file of the reader's own also to a warning.
import * as vscode from 'vscode';
import { GLOSSARY_FILE } from '../../core/glossary';
import { OFFICIALS_FILE } from '../../core/officials/loader';
import { MentionFinder } from '../../core/officials/mentions';
import { loadCorpusData, TRANSLIT_LEXICON_FILE, type CorpusDataFiles, type DataFile } from '../../core/corpusData';
import { prepareGivenNamesInTurns, type TextSources } from '../../core/translit';
import { archivalOptions, warmCitationReaderInTurns } from '../../core/citations';
import { decodeText } from '../../core/files/textBytes';
import { readCheckedFile } from './checkedFiles';

/** A folder's glossary, lexicon and officials' mention finder, and the officials file they came from. */
export interface CorpusFolderData extends TextSources {
  officialsFile?: DataFile;
  /** Changes with any of the folder's data files (see loadCorpusData). */
  version: string;
  /** The data files as read, from which another thread builds the same data. */
  files: CorpusDataFiles;
}

export class CorpusData implements vscode.Disposable {
  /** Opis's log: problems with data files, and whatever else a feature has to report. */
  readonly log = vscode.window.createOutputChannel('Opis', { log: true });
  /** The corpus shipped with Opis. */
  readonly bundled: vscode.Uri;
  private readonly loaded = new Map<string, Promise<CorpusFolderData>>();
  /** The problems last shown in a warning, per folder, so a reload does not repeat them. */
  private readonly warned = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.log, this.changed];
  /** Fires when any data file changes or the workspace becomes trusted; ask again for the new data. */
  readonly onDidChange = this.changed.event;

  constructor(extensionUri: vscode.Uri) {
    this.bundled = vscode.Uri.joinPath(extensionUri, 'corpus');
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${GLOSSARY_FILE},.opis/${GLOSSARY_FILE},${OFFICIALS_FILE},${TRANSLIT_LEXICON_FILE}}`);
    const reload = () => {
      this.loaded.clear();
      this.changed.fire();
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
    );
  }

  /** The data of the workspace folder holding `uri` (the bundled data outside any folder). */
  forDocument(uri: vscode.Uri): Promise<CorpusFolderData> {
    return this.forFolder(vscode.workspace.getWorkspaceFolder(uri)?.uri);
  }

  forFolder(folder: vscode.Uri | undefined): Promise<CorpusFolderData> {
    const key = folder?.toString() ?? '';
    let data = this.loaded.get(key);
    if (!data) {
      data = this.load(folder);
      this.loaded.set(key, data);
    }
    return data;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async load(folder: vscode.Uri | undefined): Promise<CorpusFolderData> {
    const data = await loadCorpusData({
      own: async file => (folder ? this.readUri(vscode.Uri.joinPath(folder, file), true) : undefined),
      bundled: file => this.readUri(vscode.Uri.joinPath(this.bundled, file), false),
    }, { trusted: vscode.workspace.isTrusted });
    // what the command line makes only as a text needs it: the glossary's patterns compiled, the romanization's
    // tables of given names, the citation reader's code
    await data.glossary.compileInTurns();
    await prepareGivenNamesInTurns();
    await warmCitationReaderInTurns(archivalOptions(data.glossary));
    this.report(folder?.toString() ?? '', data.errors, data.ownFiles);
    const { glossary, lexicon, officials, officialsFile, version, files } = data;
    return { glossary, lexicon, officials: officials.length ? new MentionFinder(officials) : undefined, officialsFile, version, files };
  }

  /** Every problem to the log; those in the reader's own files also to a warning, once while they last. */
  private report(key: string, errors: string[], ownFiles: string[]): void {
    for (const error of errors) this.log.warn(error);
    const own = errors.filter(error => ownFiles.some(file => error.startsWith(`${file}: `)));
    const shown = own.join('\n');
    if (shown === (this.warned.get(key) ?? '')) return;
    this.warned.set(key, shown);
    if (!own.length) return;
    const more = own.length > 1 ? ` (and ${own.length - 1} more, see the Opis log)` : '';
    void vscode.window.showWarningMessage(`Opis: ${own[0]}${more}. The valid entries are used.`);
  }

  /** A missing file is no problem; one that is not a regular file, too large or not UTF-8 text is logged and not read. */
  private async readUri(uri: vscode.Uri, own: boolean): Promise<DataFile | undefined> {
    const bytes = await readCheckedFile(uri, message => this.log.warn(message));
    if (!bytes) return undefined;
    const file = vscode.workspace.asRelativePath(uri);
    const decoded = decodeText(bytes);
    if ('text' in decoded) return { text: decoded.text, file, own };
    this.log.warn(`Opis did not read ${file}: it ${decoded.problem}; ${decoded.advice}.`);
    return undefined;
  }
}
