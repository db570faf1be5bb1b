// The argument of the Markdown article being read: finds its argument file, builds the curated or derived
// outline (as the view's mode asks), keeps both current while the article or the file is edited, and tells
// the view, the follow-cursor and the diagnostics when anything changed.
import * as vscode from 'vscode';
import {
  buildOutlineInTurns,
  findArgument,
  OutlineLocator,
  type ArgumentProblem,
  type FoundArgument,
  type Outline,
} from '../../core/argument';
import { sharedDocumentIndexCache, type DocumentIndex } from '../../core/document';
import { readDocumentText, staleFromNow } from '../shared/documentText';
import { ArgumentTree, type NoteSummary } from './argumentTree';

export type ArgumentMode = 'argument' | 'headings';

export interface ArgumentState {
  document: vscode.TextDocument;
  index: DocumentIndex;
  outline: Outline;
  locator: OutlineLocator;
  tree: ArgumentTree;
  /** The argument file beside the article, if any, and what is wrong with it. */
  argumentUri: vscode.Uri | undefined;
  problems: ArgumentProblem[];
}

const REBUILD_DELAY_MS = 200;

export class ArgumentSession implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ArgumentState | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private current: ArgumentState | undefined;
  private found: FoundArgument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  mode: ArgumentMode = 'argument';

  constructor(private readonly summary: (index: DocumentIndex) => Promise<NoteSummary>) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*argument.json');
    const argumentChanged = (uri: vscode.Uri) => {
      if (this.current && uri.path.startsWith(this.folderOf(this.current.document).path)) void this.load(this.current.document);
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(argumentChanged),
      watcher.onDidCreate(argumentChanged),
      watcher.onDidDelete(argumentChanged),
      vscode.window.onDidChangeActiveTextEditor(editor => {
        if (editor?.document.languageId === 'markdown' && editor.document !== this.current?.document) void this.load(editor.document);
      }),
      // with no article yet (a window reloaded with an Opis Reader in front), the article of a visible editor
      vscode.window.onDidChangeVisibleTextEditors(editors => {
        const editor = this.current ? undefined : editors.find(e => e.document.languageId === 'markdown');
        if (editor) void this.load(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document === this.current?.document) this.schedule(() => void this.rebuild());
        else if (this.current && e.document.uri.toString() === this.current.argumentUri?.toString()) this.schedule(() => this.load(this.current!.document));
      }),
      vscode.workspace.onDidCloseTextDocument(doc => {
        if (doc === this.current?.document) this.clear();
      }),
    );
    const editor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(e => e?.document.languageId === 'markdown');
    if (editor) void this.load(editor.document);
  }

  get state(): ArgumentState | undefined {
    return this.current;
  }

  setMode(mode: ArgumentMode): Promise<void> {
    this.mode = mode;
    return this.rebuild();
  }

  /** Reads the argument file beside `document` (an open editor's text wins over the file on disk), then builds. */
  async load(document: vscode.TextDocument): Promise<void> {
    const generation = ++this.generation;
    const folder = this.folderOf(document);
    const name = document.uri.path.split('/').pop() ?? '';
    const found = await findArgument(name, file => readDocumentText(vscode.Uri.joinPath(folder, file)));
    if (generation !== this.generation || document.isClosed) return;
    this.found = found;
    await this.rebuild(document);
  }

  private async rebuild(document = this.current?.document): Promise<void> {
    if (!document) return;
    const { generation } = this;
    const stale = staleFromNow(document);
    // parsed in pieces (or taken from the shared cache), so a long article does not stall the editor
    const index = await sharedDocumentIndexCache.obtainAsync(document.uri.toString(), document.version, () => document.getText());
    if (!index || generation !== this.generation || stale()) return;
    // the notes' citations are resolved in turns too
    const summary = await this.summary(index);
    if (generation !== this.generation || stale()) return;
    const argument = this.mode === 'argument' && this.found?.load.ok ? this.found.load.argument : undefined;
    // a derived outline reads every paragraph, also in turns
    const outline = await buildOutlineInTurns(index, argument);
    if (generation !== this.generation || stale()) return;
    this.current = {
      document,
      index,
      outline,
      locator: new OutlineLocator(outline),
      tree: new ArgumentTree(outline, index, summary),
      argumentUri: this.found && vscode.Uri.joinPath(this.folderOf(document), this.found.file),
      problems: this.found && !this.found.load.ok ? this.found.load.problems : [],
    };
    this.changed.fire(this.current);
  }

  /** Whether the article has an argument file at all (the mode switch means something only then). */
  get hasArgumentFile(): boolean {
    return this.found !== undefined;
  }

  get argumentText(): string | undefined {
    return this.found?.text;
  }

  private clear(): void {
    this.generation++;
    this.current = undefined;
    this.found = undefined;
    this.changed.fire(undefined);
  }

  private schedule(work: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(work, REBUILD_DELAY_MS);
  }

  private folderOf(document: vscode.TextDocument): vscode.Uri {
    return vscode.Uri.joinPath(document.uri, '..');
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
