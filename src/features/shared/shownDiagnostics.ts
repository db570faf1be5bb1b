// The diagnostics a collection shows for one file: the first of each code, and for the rest one information
// diagnostic with their count where the first of them is (see core/findings/shownFindings).
import * as vscode from 'vscode';
import { hiddenMessage, shownFindings } from '../../core/findings/shownFindings';

/** The source every Opis diagnostic names, so that the Problems view and the quick fixes tell them apart. */
export const DIAGNOSTIC_SOURCE = 'opis';

interface Place {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A diagnostic's place (an editor's range or the core's) as a key, to find what a quick fix needs for a diagnostic the editor hands back. */
export function placeKey(code: string, range: Place): string {
  return `${code} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** `toDiagnostic` is called only for the findings shown; `rangeOf` places the count of the others. */
export function shownDiagnostics<T extends { code: string }>(
  findings: readonly T[],
  toDiagnostic: (finding: T) => vscode.Diagnostic,
  rangeOf: (finding: T) => vscode.Range,
): vscode.Diagnostic[] {
  const { shown, hidden } = shownFindings(findings);
  return [
    ...shown.map(toDiagnostic),
    ...hidden.map(more => {
      const summary = new vscode.Diagnostic(rangeOf(more.first), hiddenMessage(more), vscode.DiagnosticSeverity.Information);
      summary.source = DIAGNOSTIC_SOURCE;
      summary.code = `${more.code}-not-shown`;
      return summary;
    }),
  ];
}
