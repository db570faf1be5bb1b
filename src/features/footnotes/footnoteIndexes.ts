// Document indexes and note analyses for footnote features, from the cache every feature shares. Edits
// schedule a rebuild a moment after typing stops; providers ask for the index of the version they see.
import * as vscode from 'vscode';
import { analyseDocumentNotesInTurns, archivalOptions, type NotesAnalysis } from '../../core/citations';
import { sharedDocumentIndexCache, type DocumentIndex } from '../../core/document';
import type { Glossary } from '../../core/glossary';
import type { CorpusData } from '../shared/corpusData';
import { DocumentDebouncer } from '../shared/documentDebouncer';

const DEBOUNCE_MS = 300;

export interface FootnoteView {
  index: DocumentIndex;
  analysis: NotesAnalysis;
  glossary: Glossary;
}

export class FootnoteIndexes implements vscode.Disposable {
  private readonly rebuilt = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly debouncer = new DocumentDebouncer(DEBOUNCE_MS, document =>
    void this.index(document).then(index => {
      if (index) this.rebuilt.fire(document);
    }),
  );
  private readonly disposables: vscode.Disposable[] = [this.rebuilt, this.debouncer];
  /** Fires when a document's index for its current version is ready. */
  readonly onDidRebuild = this.rebuilt.event;

  constructor(private readonly corpus: CorpusData) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document.languageId === 'markdown') this.debouncer.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument(d => this.debouncer.cancel(d.uri)),
    );
  }

  /** The index of exactly this version of the document (built off the event loop's long path if needed). */
  async index(document: vscode.TextDocument): Promise<DocumentIndex | undefined> {
    const uri = document.uri.toString();
    return sharedDocumentIndexCache.get(uri, document.version) ?? sharedDocumentIndexCache.obtainAsync(uri, document.version, () => document.getText());
  }

  async view(document: vscode.TextDocument): Promise<FootnoteView | undefined> {
    const [index, { glossary }] = await Promise.all([this.index(document), this.corpus.forDocument(document.uri)]);
    return index && { index, glossary, analysis: await analyseDocumentNotesInTurns(index, archivalOptions(glossary)) };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
