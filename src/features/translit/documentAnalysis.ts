// What transliteration finds in a document, computed once per document version and corpus data, and shared by
// the highlighting and the hover.
import * as vscode from 'vscode';
import { analyseTextAsync, type TextAnalysis } from '../../core/translit';
import type { CorpusData, CorpusFolderData } from '../shared/corpusData';
import { staleFromNow } from '../shared/documentText';

export interface Analysis extends TextAnalysis {
  data: CorpusFolderData;
}

export class DocumentAnalyses {
  /** One analysis per document version and corpus data; requests that arrive while it runs share it. */
  private readonly cache = new Map<string, { version: number; data: CorpusFolderData; analysis: Promise<Analysis> }>();

  constructor(private readonly corpus: CorpusData) {}

  async of(document: vscode.TextDocument): Promise<Analysis> {
    const data = await this.corpus.forDocument(document.uri);
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.data === data) return cached.analysis;
    // a piece at a time, so a book-length file does not stall the editor; an edit stops the work on the old text
    const { version } = document;
    const analysis = analyseTextAsync(document.getText(), data, { cancelled: staleFromNow(document) }).then(found => {
      if (!found) throw new vscode.CancellationError();
      return { data, ...found };
    });
    this.cache.set(key, { version, data, analysis });
    return analysis;
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }
}
