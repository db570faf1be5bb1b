// Checks the notes of every file of the workspace corpus in the background, with progress in the status bar, so
// their problems show without opening them; then only the files that change. Each file is parsed in pieces that
// yield to the event loop, and nothing of it is kept but its diagnostics. Open documents are left to the editor-side
// index.
import * as vscode from 'vscode';
import { analyseDocumentNotes, archivalOptions } from '../../core/citations';
import { buildDocumentIndexAsync } from '../../core/document';
import type { CorpusData } from '../shared/corpusData';
import type { CorpusWorkspace } from '../shared/corpusWorkspace';
import type { FootnoteDiagnostics } from './footnoteDiagnostics';

export class WorkspaceCorpus implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;

  constructor(
    private readonly workspace: CorpusWorkspace,
    private readonly corpus: CorpusData,
    private readonly diagnostics: FootnoteDiagnostics,
  ) {
    this.disposables.push(
      corpus.onDidChange(() => void this.indexAll()),
      workspace.onDidChange(({ changed, deleted }) => {
        for (const uri of deleted) diagnostics.forget(uri);
        for (const uri of changed) if (workspace.has(uri)) void this.indexFile(uri, () => false);
      }),
    );
  }

  /** Checks every file of the corpus; a newer run (the corpus data changed) stops an older one. */
  async indexAll(): Promise<number> {
    const generation = ++this.generation;
    await this.workspace.ready;
    const files = this.workspace.files();
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Opis: indexing' }, async progress => {
      for (const [i, { uri }] of files.entries()) {
        if (generation !== this.generation) return;
        progress.report({ message: `${(i + 1).toLocaleString('en')} / ${files.length.toLocaleString('en')}` });
        await this.indexFile(uri, () => generation !== this.generation);
      }
    });
    return files.length;
  }

  private async indexFile(uri: vscode.Uri, cancelled: () => boolean): Promise<void> {
    if (vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString())) return;
    const stamp = this.workspace.stamp(uri);
    const text = await this.workspace.text(uri);
    if (text === undefined) {
      this.diagnostics.forget(uri);
      return;
    }
    const stale = () => cancelled() || this.workspace.stamp(uri) !== stamp;
    const index = await buildDocumentIndexAsync(text, stale);
    if (!index || stale()) return;
    const { glossary } = await this.corpus.forDocument(uri);
    this.diagnostics.publish(uri, index, analyseDocumentNotes(index, archivalOptions(glossary)), glossary);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
