// Indexes every Markdown file of the workspace corpus (setting `opis.corpus.include`) in the background, with
// progress in the status bar, so their notes are checked without being opened. Each file is parsed in pieces
// that yield to the event loop; open documents are left to the editor-side index.
import * as vscode from 'vscode';
import { analyseDocumentNotes, archivalOptions } from '../../core/citations';
import { buildDocumentIndexAsync } from '../../core/document';
import type { CorpusData } from '../shared/corpusData';
import type { FootnoteDiagnostics } from './footnoteDiagnostics';

const EXCLUDE = '**/{node_modules,.git}/**';

function includePattern(): string {
  return vscode.workspace.getConfiguration('opis.corpus').get<string>('include') || '**/*.md';
}

export class WorkspaceCorpus implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;
  private generation = 0;

  constructor(
    private readonly corpus: CorpusData,
    private readonly diagnostics: FootnoteDiagnostics,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('opis.corpus.include')) void this.indexAll();
      }),
      corpus.onDidChange(() => void this.indexAll()),
    );
  }

  /** Lists the corpus and indexes each file; a newer run (setting or corpus data changed) stops an older one. */
  async indexAll(): Promise<number> {
    const generation = ++this.generation;
    this.watch();
    const files = await vscode.workspace.findFiles(includePattern(), EXCLUDE);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Opis: indexing notes' }, async progress => {
      for (const [i, uri] of files.entries()) {
        if (generation !== this.generation) return;
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}` });
        await this.indexFile(uri, () => generation !== this.generation);
      }
    });
    return files.length;
  }

  private async indexFile(uri: vscode.Uri, cancelled: () => boolean): Promise<void> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open) return;
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const index = await buildDocumentIndexAsync(text, cancelled);
      if (!index) return;
      const { glossary } = await this.corpus.forDocument(uri);
      this.diagnostics.publish(uri, index, analyseDocumentNotes(index, archivalOptions(glossary)), glossary);
    } catch (err) {
      if (!(err instanceof vscode.FileSystemError)) throw err;
      this.diagnostics.forget(uri);
    }
  }

  private watch(): void {
    this.watcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(includePattern());
    const reindex = (uri: vscode.Uri) => void this.indexFile(uri, () => false);
    watcher.onDidChange(reindex);
    watcher.onDidCreate(reindex);
    watcher.onDidDelete(uri => this.diagnostics.forget(uri));
    this.watcher = watcher;
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
