// The officials of the open corpus, kept current: the workspace's Markdown files (an open editor's text wins
// over the file on disk) and a folder's own officials file, or the bundled corpus when no folder is open. A
// malformed officials file is reported by the corpus data; what loaded is used anyway.
import * as vscode from 'vscode';
import { buildOfficialsIndex, MentionCache, type CorpusFile, type FileMention, type OfficialsIndex } from '../../core/officials/corpusIndex';
import { LineIndex } from '../../core/text/range';
import { toLocation } from '../shared/convert';
import type { CorpusData } from '../shared/corpusData';
import { readDocumentText } from '../shared/documentText';

const REBUILD_DELAY_MS = 300;

export class OfficialsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private current: OfficialsIndex | undefined;
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly lines = new Map<string, LineIndex>();
  /** An edit searches its own file again, not the whole corpus. */
  private readonly mentions = new MentionCache();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** Settles once the first index is built. */
  readonly ready: Promise<void>;

  constructor(private readonly corpus: CorpusData) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    const schedule = () => this.schedule();
    this.disposables.push(
      watcher,
      watcher.onDidChange(schedule),
      watcher.onDidCreate(schedule),
      watcher.onDidDelete(schedule),
      corpus.onDidChange(schedule),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (this.keyOf(e.document.uri) !== undefined) schedule();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(schedule),
    );
    this.ready = this.rebuild();
  }

  get index(): OfficialsIndex | undefined {
    return this.current;
  }

  uriOf(file: string): vscode.Uri | undefined {
    return this.uris.get(file);
  }

  /** The corpus file name of a document, if it belongs to the corpus. */
  keyOf(uri: vscode.Uri): string | undefined {
    for (const [file, known] of this.uris) if (known.toString() === uri.toString()) return file;
    return undefined;
  }

  /** The mention's line, shortened around it, for pick lists and the tree. */
  contextOf(mention: FileMention): string {
    const line = this.lines.get(mention.file)?.lineText(mention.range.start.line) ?? mention.text;
    const at = mention.range.start.character;
    const from = Math.max(0, at - 50);
    const to = Math.min(line.length, at + mention.text.length + 50);
    return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
  }

  location(mention: FileMention): vscode.Location | undefined {
    const uri = this.uriOf(mention.file);
    return uri && toLocation(uri, mention.range);
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.rebuild(), REBUILD_DELAY_MS);
  }

  private async rebuild(): Promise<void> {
    const generation = ++this.generation;
    const { files, officialsFile, uris } = await this.readCorpus();
    if (generation !== this.generation) return;
    this.uris.clear();
    this.lines.clear();
    for (const [file, uri] of uris) this.uris.set(file, uri);
    for (const { file, text } of files) this.lines.set(file, new LineIndex(text));
    this.current = buildOfficialsIndex(files, officialsFile, this.mentions);
    this.changed.fire();
  }

  private async readCorpus(): Promise<{ files: CorpusFile[]; officialsFile?: CorpusFile; uris: Map<string, vscode.Uri> }> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const markdown = folders.length > 0 ? await vscode.workspace.findFiles('**/*.md', '**/node_modules/**') : await listBundled(this.corpus.bundled);
    const uris = new Map<string, vscode.Uri>();
    const files: CorpusFile[] = [];
    for (const uri of markdown) {
      const file = folders.length > 0 ? vscode.workspace.asRelativePath(uri, folders.length > 1) : uri.path.split('/').pop() ?? uri.path;
      const text = await readDocumentText(uri);
      if (text === undefined) continue;
      uris.set(file, uri);
      files.push({ file, text });
    }
    // The officials file of the first folder that has its own; with none the people are proposed from the text.
    // The bundled file only serves the bundled corpus.
    const data = await Promise.all(folders.length > 0 ? folders.map(folder => this.corpus.forFolder(folder.uri)) : [this.corpus.forFolder(undefined)]);
    const officialsFile = data.map(d => d.officialsFile).find(file => file && (file.own || folders.length === 0));
    return { files, officialsFile, uris };
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
