// The transliteration feature: semantic highlighting of romanized Russian, glossary terms and officials; the
// romanized-word hover; diagnostics and quick fixes for inconsistent romanization; the Convert commands.
import * as vscode from 'vscode';
import { ConsistencyDiagnostics } from './consistencyDiagnostics';
import { ConsistencyQuickFixProvider } from './consistencyQuickFix';
import { registerConvertCommands } from './convertCommands';
import { DocumentAnalyses } from './documentAnalysis';
import { RomanizedHoverProvider } from './romanizedHoverProvider';
import { LEGEND, TranslitSemanticTokensProvider } from './semanticTokensProvider';
import { TranslitData } from './translitData';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function registerTranslit(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Opis: Transliteration', { log: true });
  const data = new TranslitData(vscode.Uri.joinPath(context.extensionUri, 'corpus'), log);
  const analyses = new DocumentAnalyses(data);
  const tokens = new TranslitSemanticTokensProvider(analyses, data);
  const diagnostics = new ConsistencyDiagnostics(data);
  context.subscriptions.push(
    log,
    data,
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
