// Corpus diagnostics for open Markdown documents in the Problems panel: linted on open, and again a
// moment after typing stops so a long article is not re-parsed on every keystroke. Linting yields between
// pieces of the text, so a book-length file does not stall the editor, and stops when the text changes again.
import * as vscode from 'vscode';
import { lintMarkdownAsync, type CorpusDiagnostic } from '../../core/corpus/lint';
import { toVscodeRange } from '../shared/convert';
import { DocumentDebouncer } from '../shared/documentDebouncer';
import { staleFromNow } from '../shared/documentText';
import { DIAGNOSTIC_SOURCE, shownDiagnostics } from '../shared/shownDiagnostics';

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

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument(document => this.lint(document)),
      vscode.workspace.onDidChangeTextDocument(event => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument(document => this.forget(document.uri)),
    ];
    for (const document of vscode.workspace.textDocuments) this.lint(document);
  }

  /**
   * The findings behind the diagnostics of this version of `document`; none while they are being brought up to
   * date (the editor asks again for quick fixes when the diagnostics change).
   */
  findingsFor(document: vscode.TextDocument): CorpusDiagnostic[] {
    const known = this.findings.get(document.uri.toString());
    return known && known.version === document.version ? known.list : [];
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId === 'markdown') this.debouncer.schedule(document);
  }

  private lint(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown') return;
    const { uri, version } = document;
    const stale = staleFromNow(document);
    lintMarkdownAsync(document.getText(), stale).then(
      list => {
        if (!list || stale()) return;
        this.findings.set(uri.toString(), { version, list });
        this.collection.set(uri, shownDiagnostics(list, toVscodeDiagnostic, f => toVscodeRange(f.range)));
      },
      (err: unknown) => this.log.error(`corpus lint of ${uri.toString()} failed: ${String(err)}`),
    );
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
