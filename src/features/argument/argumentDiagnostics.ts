// Problems of an argument file, reported on the file itself: fields a malformed file gets wrong (errors) and
// quotes that no longer match the article (warnings), each at its place in the JSON.
import * as vscode from 'vscode';
import { fieldName, jsonPathRange } from '../../core/argument';
import { toVscodeRange } from '../shared/convert';
import type { ArgumentSession, ArgumentState } from './argumentSession';

export function registerArgumentDiagnostics(session: ArgumentSession): vscode.Disposable[] {
  const collection = vscode.languages.createDiagnosticCollection('opis-argument');
  const update = (state: ArgumentState | undefined) => {
    collection.clear();
    const uri = state?.argumentUri;
    const text = session.argumentText;
    if (!state || !uri || text === undefined) return;
    const at = (path: (string | number)[]) => toVscodeRange(jsonPathRange(text, path) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
    const diagnostics = [
      ...state.problems.map(p => {
        const d = new vscode.Diagnostic(at(p.path), `${fieldName(p.path)}: ${p.message}. Showing the outline derived from the headings.`, vscode.DiagnosticSeverity.Error);
        d.source = 'Opis';
        return d;
      }),
      ...state.outline.unanchored.map(u => {
        const d = new vscode.Diagnostic(at(u.path), `This quote no longer matches the article: “${u.exact}”`, vscode.DiagnosticSeverity.Warning);
        d.source = 'Opis';
        d.code = 'unanchored-quote';
        return d;
      }),
    ];
    collection.set(uri, diagnostics);
  };
  return [collection, session.onDidChange(update)];
}
