// Corpus lint in the editor: diagnostics for open Markdown documents and their quick fixes.
import * as vscode from 'vscode';
import { CorpusDiagnosticsProvider } from './diagnosticsProvider';
import { CorpusQuickFixProvider } from './quickFixProvider';

export function registerCorpusLint(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const diagnostics = new CorpusDiagnosticsProvider(log);
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new CorpusQuickFixProvider(diagnostics), {
      providedCodeActionKinds: CorpusQuickFixProvider.kinds,
    }),
  );
}
