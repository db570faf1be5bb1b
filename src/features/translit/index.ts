// The transliteration feature: semantic highlighting of romanized Russian, glossary terms and officials; the
// romanized-word hover; diagnostics and quick fixes for inconsistent romanization; the Convert commands.
import * as vscode from 'vscode';
import type { CorpusData } from '../shared/corpusData';
import type { CorpusIndex } from '../shared/corpusIndex';
import { ConsistencyDiagnostics } from './consistencyDiagnostics';
import { ConsistencyQuickFixProvider } from './consistencyQuickFix';
import { registerConvertCommands } from './convertCommands';
import { DocumentAnalyses } from './documentAnalysis';
import { RomanizedHoverProvider } from './romanizedHoverProvider';
import { LEGEND, TranslitSemanticTokensProvider } from './semanticTokensProvider';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function registerTranslit(context: vscode.ExtensionContext, data: CorpusData, index: CorpusIndex): void {
  const analyses = new DocumentAnalyses(data);
  const tokens = new TranslitSemanticTokensProvider(analyses, data);
  const diagnostics = new ConsistencyDiagnostics(data, index, analyses);
  context.subscriptions.push(
    tokens,
    diagnostics,
    vscode.workspace.onDidCloseTextDocument(doc => analyses.forget(doc)),
    vscode.languages.registerDocumentSemanticTokensProvider(MARKDOWN, tokens, LEGEND),
    vscode.languages.registerHoverProvider(MARKDOWN, new RomanizedHoverProvider(analyses)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ConsistencyQuickFixProvider(diagnostics), {
      providedCodeActionKinds: ConsistencyQuickFixProvider.kinds,
    }),
    ...registerConvertCommands(data),
  );
}
