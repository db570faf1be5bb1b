// Quick fix for an inconsistent romanization: use the document's dominant spelling. Inside a quotation or an
// archival file title the spelling is the source's own, so the fix says so there and is not the preferred one.
import * as vscode from 'vscode';
import { quotedContext } from '../../core/translit';
import { placeKey } from '../shared/shownDiagnostics';
import { INCONSISTENT, type ConsistencyDiagnostics } from './consistencyDiagnostics';

export class ConsistencyQuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: ConsistencyDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const fixes = this.diagnostics.fixes.get(document.uri.toString());
    return context.diagnostics
      .filter(d => d.code === INCONSISTENT)
      .flatMap(d => {
        const replacement = fixes?.get(placeKey(INCONSISTENT, d.range));
        if (!replacement) return [];
        const line = document.lineAt(d.range.start.line).text;
        const end = d.range.isSingleLine ? d.range.end.character : line.length;
        const quoted = quotedContext(line, d.range.start.character, end);
        const title = quoted ? `Use “${replacement}” (changes the spelling of a ${quoted === 'quotation' ? 'quotation' : 'quoted archival title'})` : `Use “${replacement}”`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, d.range, replacement);
        action.diagnostics = [d];
        action.isPreferred = !quoted;
        return [action];
      });
  }
}
