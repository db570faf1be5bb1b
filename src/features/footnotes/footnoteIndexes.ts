// Document indexes and note analyses for footnote features, from the cache every feature shares. Edits
// schedule a rebuild a moment after typing stops; providers ask for the index of the version they see.
import * as vscode from 'vscode';
import { analyseDocumentNotes, archivalOptions, type NotesAnalysis } from '../../core/citations';
import { sharedDocumentIndexCache, type DocumentIndex } from '../../core/document';
import type { Glossary } from '../../core/glossary';
import type { CorpusData } from '../shared/corpusData';

const DEBOUNCE_MS = 300;

export interface FootnoteView {
  index: DocumentIndex;
  analysis: NotesAnalysis;
  glossary: Glossary;
}

export class FootnoteIndexes implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly rebuilt = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.rebuilt];
  /** Fires when a document's index for its current version is ready. */
  readonly onDidRebuild = this.rebuilt.event;

  constructor(private readonly corpus: CorpusData) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument(e => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument(d => clearTimeout(this.timers.get(d.uri.toString()))),
    );
  }

  /** The index of exactly this version of the document (built off the event loop's long path if needed). */
  async index(document: vscode.TextDocument): Promise<DocumentIndex | undefined> {
    const uri = document.uri.toString();
    return sharedDocumentIndexCache.get(uri, document.version) ?? sharedDocumentIndexCache.obtainAsync(uri, document.version, () => document.getText());
  }

  async view(document: vscode.TextDocument): Promise<FootnoteView | undefined> {
    const [index, { glossary }] = await Promise.all([this.index(document), this.corpus.forDocument(document.uri)]);
    return index && { index, glossary, analysis: analyseDocumentNotes(index, archivalOptions(glossary)) };
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed) return;
        void this.index(document).then(index => {
          if (index) this.rebuilt.fire(document);
        });
      }, DEBOUNCE_MS),
    );
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
