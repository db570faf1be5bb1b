// What transliteration finds in a document, computed once per document version and corpus data, and shared by
// the highlighting and the hover.
import type * as vscode from 'vscode';
import { analyseText, type TextAnalysis } from '../../core/translit';
import type { CorpusData, CorpusFolderData } from '../shared/corpusData';

export interface Analysis extends TextAnalysis {
  data: CorpusFolderData;
}

export class DocumentAnalyses {
  private readonly cache = new Map<string, { version: number; analysis: Analysis }>();

  constructor(private readonly corpus: CorpusData) {}

  async of(document: vscode.TextDocument): Promise<Analysis> {
    const data = await this.corpus.forDocument(document.uri);
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.analysis.data === data) return cached.analysis;
    const analysis = { data, ...analyseText(document.getText(), data) };
    this.cache.set(key, { version: document.version, analysis });
    return analysis;
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }
}
