// Quick fixes for corpus diagnostics where the repair is obvious (a definition stub for a dangling
// reference, the proper text for extraction residue); the edits come from the core.
import * as vscode from 'vscode';
import type { CorpusDiagnostic } from '../../core/corpus/lint';
import { fixesFor } from '../../core/corpus/lintFixes';
import { shownFindings } from '../../core/findings/shownFindings';
import { toVscodeRange } from '../shared/convert';
import { DIAGNOSTIC_SOURCE, placeKey } from '../shared/shownDiagnostics';
import type { CorpusDiagnosticsProvider } from './diagnosticsProvider';

export class CorpusQuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  /** Each list of findings by code and range, made once: the editor asks at every move of the cursor. */
  private readonly byPlace = new WeakMap<readonly CorpusDiagnostic[], Map<string, CorpusDiagnostic>>();

  constructor(private readonly diagnostics: CorpusDiagnosticsProvider) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const shown = context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE);
    if (shown.length === 0) return [];
    const findings = this.placed(this.diagnostics.findingsFor(document));
    const text = document.getText();
    return shown.flatMap(diagnostic => {
      const finding = findings.get(placeKey(String(diagnostic.code), diagnostic.range));
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

  private placed(findings: readonly CorpusDiagnostic[]): Map<string, CorpusDiagnostic> {
    let byPlace = this.byPlace.get(findings);
    if (!byPlace) {
      byPlace = new Map();
      // only the findings shown can come back with the editor's diagnostics
      for (const f of shownFindings(findings).shown) {
        const key = placeKey(f.code, f.range);
        if (!byPlace.has(key)) byPlace.set(key, f);
      }
      this.byPlace.set(findings, byPlace);
    }
    return byPlace;
  }
}
