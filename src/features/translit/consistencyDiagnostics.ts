// Information diagnostics where a document spells a romanized word or name otherwise than its dominant spelling
// (Yezhov among Ezhov), counting the other Markdown files of the workspace folder as the rest of the corpus.
import * as vscode from 'vscode';
import { findInconsistencies } from '../../core/translit';
import type { CorpusData } from '../shared/corpusData';
import { DocumentDebouncer } from '../shared/documentDebouncer';
import { readDocumentText, staleFromNow } from '../shared/documentText';

export const INCONSISTENT = 'opis.inconsistentRomanization';
const DEBOUNCE_MS = 400;
const MAX_CORPUS_FILES = 200;

export class ConsistencyDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('opis-translit');
  /** The replacement of each reported range, for the quick fix: uri → "line:char-line:char" → spelling. */
  readonly fixes = new Map<string, Map<string, string>>();
  private readonly debouncer = new DocumentDebouncer(DEBOUNCE_MS, document => void this.update(document));
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly data: CorpusData) {
    this.disposables = [
      this.collection,
      this.debouncer,
      vscode.workspace.onDidOpenTextDocument(doc => this.schedule(doc)),
      vscode.workspace.onDidChangeTextDocument(e => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument(doc => this.clear(doc.uri)),
      data.onDidChange(() => vscode.workspace.textDocuments.forEach(doc => this.schedule(doc))),
    ];
    vscode.workspace.textDocuments.forEach(doc => this.schedule(doc));
  }

  static rangeKey(range: vscode.Range): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId === 'markdown') this.debouncer.schedule(document);
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const stale = staleFromNow(document);
    const { lexicon } = await this.data.forDocument(document.uri);
    const others = await corpusTexts(document);
    if (stale()) return;
    const found = findInconsistencies(document.getText(), others, { lexicon });
    const fixes = new Map<string, string>();
    const diagnostics = found.map(f => {
      const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
      const spellings = f.forms.map(form => `${form.form} ×${form.count}`).join(', ');
      const diagnostic = new vscode.Diagnostic(
        range,
        `Inconsistent romanization: “${f.text}”; this document mostly writes “${f.replacement}” (corpus: ${spellings}).`,
        vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = 'Opis';
      diagnostic.code = INCONSISTENT;
      fixes.set(ConsistencyDiagnostics.rangeKey(range), f.replacement);
      return diagnostic;
    });
    this.fixes.set(document.uri.toString(), fixes);
    this.collection.set(document.uri, diagnostics);
  }

  private clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.fixes.delete(uri.toString());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The text of the other Markdown files of the document's workspace folder (open ones as edited). */
async function corpusTexts(document: vscode.TextDocument): Promise<string[]> {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return [];
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.md'), '**/node_modules/**', MAX_CORPUS_FILES);
  const texts = await Promise.all(uris.filter(uri => uri.toString() !== document.uri.toString()).map(readDocumentText));
  return texts.filter((text): text is string => Boolean(text));
}
