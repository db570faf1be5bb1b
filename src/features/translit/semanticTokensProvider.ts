// Semantic highlighting of what a grammar cannot know: romanized-Russian words (the detector), glossary terms
// and officials' names. Each class can be turned off with its opis.highlight.* setting.
import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, highlights, type HighlightKind } from '../../core/translit';
import type { CorpusData } from '../shared/corpusData';
import type { DocumentAnalyses } from './documentAnalysis';

export const LEGEND = new vscode.SemanticTokensLegend([...HIGHLIGHT_KINDS], []);

const SETTING: Record<HighlightKind, string> = {
  romanizedRussian: 'romanized',
  glossaryTerm: 'glossaryTerms',
  officialName: 'officials',
};

export class TranslitSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(
    private readonly analyses: DocumentAnalyses,
    data: CorpusData,
  ) {
    this.disposables = [
      this.changed,
      data.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('opis.highlight')) this.changed.fire();
      }),
    ];
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument): Promise<vscode.SemanticTokens> {
    const analysis = await this.analyses.of(document);
    const config = vscode.workspace.getConfiguration('opis.highlight', document);
    const on = (kind: HighlightKind) => config.get<boolean>(SETTING[kind], true);
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    const spans = highlights(document.getText(), {
      officialName: on('officialName') ? analysis.officials : [],
      glossaryTerm: on('glossaryTerm') ? analysis.glossary : [],
      romanizedRussian: on('romanizedRussian') ? analysis.romanized : [],
    });
    for (const h of spans) builder.push(h.line, h.character, h.length, HIGHLIGHT_KINDS.indexOf(h.kind), 0);
    return builder.build();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
