// Quick fix for an inconsistent romanization: use the document's dominant spelling.
import * as vscode from 'vscode';
import { ConsistencyDiagnostics, INCONSISTENT } from './consistencyDiagnostics';

export class ConsistencyQuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: ConsistencyDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const fixes = this.diagnostics.fixes.get(document.uri.toString());
    return context.diagnostics
      .filter(d => d.code === INCONSISTENT)
      .flatMap(d => {
        const replacement = fixes?.get(ConsistencyDiagnostics.rangeKey(d.range));
        if (!replacement) return [];
        const action = new vscode.CodeAction(`Use “${replacement}”`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, d.range, replacement);
        action.diagnostics = [d];
        action.isPreferred = true;
        return [action];
      });
  }
}
