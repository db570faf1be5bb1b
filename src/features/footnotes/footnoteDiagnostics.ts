// Footnote diagnostics (source "opis", beside the corpus linter's): an Ibid. or op. cit. with nothing to refer
// to (warning) and an archive siglum no glossary knows (information). Open documents are checked when their
// index is rebuilt; other corpus files when the workspace corpus is indexed.
import * as vscode from 'vscode';
import { noteFindings, type NoteFinding, type NotesAnalysis } from '../../core/citations';
import type { DocumentIndex } from '../../core/document';
import type { Glossary } from '../../core/glossary';
import { toVscodeRange } from '../shared/convert';
import { DIAGNOSTIC_SOURCE, shownDiagnostics } from '../shared/shownDiagnostics';
import type { FootnoteIndexes } from './footnoteIndexes';

export class FootnoteDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('opis-footnotes');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly indexes: FootnoteIndexes) {
    this.disposables.push(
      indexes.onDidRebuild(document => void this.check(document)),
      vscode.workspace.onDidOpenTextDocument(document => void this.check(document)),
    );
    for (const document of vscode.workspace.textDocuments) void this.check(document);
  }

  async check(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'markdown') return;
    const view = await this.indexes.view(document);
    if (view && !document.isClosed) this.publish(document.uri, view.index, view.analysis, view.glossary);
  }

  publish(uri: vscode.Uri, index: DocumentIndex, analysis: NotesAnalysis, glossary: Glossary): void {
    this.publishFindings(uri, noteFindings(index, analysis, siglum => glossary.archive(siglum) !== undefined));
  }

  publishFindings(uri: vscode.Uri, findings: readonly NoteFinding[]): void {
    const diagnostics = shownDiagnostics(findings, f => {
      const severity = f.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
      const diagnostic = new vscode.Diagnostic(toVscodeRange(f.range), f.message, severity);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = f.code;
      return diagnostic;
    }, f => toVscodeRange(f.range));
    this.collection.set(uri, diagnostics);
  }

  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
