// Quick fixes for corpus diagnostics where the repair is obvious (a definition stub for a dangling
// reference, the proper text for extraction residue); the edits come from the core.
import * as vscode from 'vscode';
import { fixesFor } from '../../core/corpus/lintFixes';
import { toVscodeRange } from '../shared/convert';
import { DIAGNOSTIC_SOURCE, type CorpusDiagnosticsProvider } from './diagnosticsProvider';

export class CorpusQuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: CorpusDiagnosticsProvider) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const shown = context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE);
    if (shown.length === 0) return [];
    const findings = this.diagnostics.findingsFor(document);
    const text = document.getText();
    return shown.flatMap(diagnostic => {
      const finding = findings.find(f => f.code === diagnostic.code && toVscodeRange(f.range).isEqual(diagnostic.range));
      if (!finding) return [];
      return fixesFor(finding, text).map(fix => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) action.edit.replace(document.uri, toVscodeRange(edit.range), edit.newText);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        return action;
      });
    });
  }
}
