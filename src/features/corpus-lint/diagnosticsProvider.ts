// Corpus diagnostics for open Markdown documents in the Problems panel: linted on open, and again a
// moment after typing stops so a long article is not re-parsed on every keystroke.
import * as vscode from 'vscode';
import { lintMarkdown, type CorpusDiagnostic } from '../../core/corpus/lint';
import { toVscodeRange } from '../shared/convert';
import { DocumentDebouncer } from '../shared/documentDebouncer';

export const DIAGNOSTIC_SOURCE = 'opis';
const DEBOUNCE_MS = 250;

function toVscodeDiagnostic(finding: CorpusDiagnostic): vscode.Diagnostic {
  const severity = finding.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(toVscodeRange(finding.range), finding.message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.code;
  return diagnostic;
}

export class CorpusDiagnosticsProvider implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('opis-corpus');
  private readonly debouncer = new DocumentDebouncer(DEBOUNCE_MS, document => this.lint(document));
  private readonly findings = new Map<string, { version: number; list: CorpusDiagnostic[] }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument(document => this.lint(document)),
      vscode.workspace.onDidChangeTextDocument(event => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument(document => this.forget(document.uri)),
    ];
    for (const document of vscode.workspace.textDocuments) this.lint(document);
  }

  /** The findings behind the current diagnostics of `document`, linting it now if they are stale. */
  findingsFor(document: vscode.TextDocument): CorpusDiagnostic[] {
    const known = this.findings.get(document.uri.toString());
    if (known && known.version === document.version) return known.list;
    return this.lint(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId === 'markdown') this.debouncer.schedule(document);
  }

  private lint(document: vscode.TextDocument): CorpusDiagnostic[] {
    if (document.languageId !== 'markdown') return [];
    const list = lintMarkdown(document.getText());
    this.findings.set(document.uri.toString(), { version: document.version, list });
    this.collection.set(document.uri, list.map(toVscodeDiagnostic));
    return list;
  }

  private forget(uri: vscode.Uri): void {
    this.debouncer.cancel(uri);
    this.findings.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.debouncer.dispose();
    this.subscriptions.forEach(s => s.dispose());
    this.collection.dispose();
  }
}
