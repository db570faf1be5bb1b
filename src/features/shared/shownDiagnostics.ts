// The diagnostics a collection shows for one file: the first of each code, and for the rest one information
// diagnostic with their count where the first of them is (see core/findings/shownFindings).
import * as vscode from 'vscode';
import { hiddenMessage, shownFindings } from '../../core/findings/shownFindings';

export function shownDiagnostics<T extends { code: string }>(findings: readonly T[], toDiagnostic: (finding: T) => vscode.Diagnostic): vscode.Diagnostic[] {
  const { shown, hidden } = shownFindings(findings);
  return [
    ...shown.map(toDiagnostic),
    ...hidden.map(more => {
      const first = toDiagnostic(more.first);
      const summary = new vscode.Diagnostic(first.range, hiddenMessage(more), vscode.DiagnosticSeverity.Information);
      summary.source = first.source;
      summary.code = `${more.code}-not-shown`;
      return summary;
    }),
  ];
}
