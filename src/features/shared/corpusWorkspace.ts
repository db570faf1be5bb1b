// The workspace corpus, known once for every feature (the role IWorkspace plays in VS Code's Markdown language
// service): its Markdown files from one glob (`opis.corpus.include`, the bundled corpus when no folder is open),
// one file watcher and one edit listener, the text of each (an open document's over the file on disk), and a stamp
// per file that changes with its text, so features keep per-file results and redo only what changed. It keeps no
// text of closed files: a feature that needs one reads it again.
import * as vscode from 'vscode';
import { sharedDocumentIndexCache } from '../../core/document';
import { readDocumentText } from './documentText';

const EXCLUDE = '**/{node_modules,.git}/**';
/** The same, for the paths the file watchers report. */
const IGNORED = /[\\/](node_modules|\.git)([\\/]|$)/;
const EDIT_DELAY_MS = 300;

export interface CorpusChange {
  /**
   * Files whose text changed (an edit settled, a file written or created), and files that joined the corpus. An
   * edited Markdown document outside the corpus (untitled, another folder) is reported too: ask `has` to tell.
   */
  changed: readonly vscode.Uri[];
  /** Files that left the corpus (deleted, or no longer matched by the setting). */
  deleted: readonly vscode.Uri[];
}

export interface CorpusFileInfo {
  uri: vscode.Uri;
  /** The name a feature shows: the path relative to its workspace folder (with the folder when there are several). */
  name: string;
}

/**
 * A Markdown document a person reads: a file, an untitled document or one of a virtual file system, not the input
 * box of a comment or an output channel.
 */
export function isReaderDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && !['comment', 'output', 'vscode-scm'].includes(document.uri.scheme) && !/commentinput-/.test(document.uri.path);
}

function includePattern(): string {
  return vscode.workspace.getConfiguration('opis.corpus').get<string>('include') || '**/*.md';
}

export class CorpusWorkspace implements vscode.Disposable {
  private readonly known = new Map<string, CorpusFileInfo>();
  /** Bumped by every change of a file on disk, so the stamp of a closed file changes with its text. */
  private readonly diskGeneration = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changes = new vscode.EventEmitter<CorpusChange>();
  private watcher: vscode.Disposable | undefined;
  private listing: Promise<void>;
  private readonly disposables: vscode.Disposable[] = [this.changes];
  /** Fires once per settled edit or file change, with what changed. */
  readonly onDidChange = this.changes.event;

  constructor(private readonly bundled: vscode.Uri) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.contentChanges.length && isReaderDocument(e.document)) this.settle(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument(doc => {
        // a document opened again counts its versions from 1: an index kept for this one would answer for another text
        sharedDocumentIndexCache.delete(doc.uri.toString());
        // edits not saved are gone: the file's text is the one on disk again
        if (this.has(doc.uri)) this.settle(doc.uri);
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('opis.corpus.include')) void this.relist();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.relist()),
    );
    this.listing = this.list();
  }

  /** Settles once the files of the corpus are listed. */
  get ready(): Promise<void> {
    return this.listing;
  }

  /** The files of the corpus, in a stable order. */
  files(): CorpusFileInfo[] {
    return [...this.known.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  has(uri: vscode.Uri): boolean {
    return this.known.has(uri.toString());
  }

  info(uri: vscode.Uri): CorpusFileInfo | undefined {
    return this.known.get(uri.toString());
  }

  /** The file a feature showed by its name. */
  named(name: string): CorpusFileInfo | undefined {
    for (const info of this.known.values()) if (info.name === name) return info;
    return undefined;
  }

  /** Changes whenever the file's text may have changed: the document version while open, else the file's. */
  stamp(uri: vscode.Uri): string {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
    return open ? `doc:${open.version}` : `disk:${this.diskGeneration.get(key) ?? 0}`;
  }

  /** The file's text as the editor has it; undefined when it cannot be read. */
  text(uri: vscode.Uri): Promise<string | undefined> {
    return readDocumentText(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  /** An edit is reported once typing pauses, so a feature does not redo its work on every keystroke. */
  private settle(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.changes.fire({ changed: [uri], deleted: [] });
    }, EDIT_DELAY_MS));
  }

  private relist(): Promise<void> {
    this.listing = this.list();
    return this.listing;
  }

  private async list(): Promise<void> {
    const before = new Map(this.known);
    const folders = vscode.workspace.workspaceFolders ?? [];
    const uris = folders.length ? await vscode.workspace.findFiles(includePattern(), EXCLUDE) : await listBundled(this.bundled);
    this.known.clear();
    for (const uri of uris) {
      const name = folders.length ? vscode.workspace.asRelativePath(uri, folders.length > 1) : uri.path.split('/').pop() ?? uri.path;
      this.known.set(uri.toString(), { uri, name });
    }
    this.watch(folders.length > 0);
    const added = [...this.known.values()].filter(f => !before.has(f.uri.toString())).map(f => f.uri);
    const removed = [...before.values()].filter(f => !this.known.has(f.uri.toString())).map(f => f.uri);
    if (added.length || removed.length) this.changes.fire({ changed: added, deleted: removed });
  }

  private watch(inFolders: boolean): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    if (!inFolders) return;
    const watcher = vscode.workspace.createFileSystemWatcher(includePattern());
    const changed = (uri: vscode.Uri) => {
      if (IGNORED.test(uri.path)) return;
      const key = uri.toString();
      this.diskGeneration.set(key, (this.diskGeneration.get(key) ?? 0) + 1);
      if (!this.known.has(key)) {
        const folders = vscode.workspace.workspaceFolders ?? [];
        this.known.set(key, { uri, name: vscode.workspace.asRelativePath(uri, folders.length > 1) });
      }
      this.changes.fire({ changed: [uri], deleted: [] });
    };
    watcher.onDidChange(changed);
    watcher.onDidCreate(changed);
    watcher.onDidDelete(uri => {
      if (!this.known.delete(uri.toString())) return;
      this.diskGeneration.delete(uri.toString());
      this.changes.fire({ changed: [], deleted: [uri] });
    });
    // a folder created or deleted (moved in or out, a checkout, rm -r) can be reported as the folder alone, never
    // as the files inside it: the corpus is listed again, or loses every file under it
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    folders.onDidCreate(async uri => {
      if (IGNORED.test(uri.path) || this.known.has(uri.toString())) return;
      const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      if (stat && stat.type & vscode.FileType.Directory) void this.relist();
    });
    folders.onDidDelete(uri => {
      const under = `${uri.toString()}/`;
      const gone = [...this.known.values()].filter(f => f.uri.toString().startsWith(under)).map(f => f.uri);
      for (const file of gone) {
        this.known.delete(file.toString());
        this.diskGeneration.delete(file.toString());
      }
      if (gone.length) this.changes.fire({ changed: [], deleted: gone });
    });
    this.watcher = vscode.Disposable.from(watcher, folders);
  }
}

async function listBundled(folder: vscode.Uri): Promise<vscode.Uri[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => vscode.Uri.joinPath(folder, name));
  } catch {
    return [];
  }
}
