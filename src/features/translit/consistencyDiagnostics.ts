// Information diagnostics where a document spells a romanized word or name otherwise than its dominant spelling
// (Yezhov among Ezhov), counting the other files of the workspace corpus as the rest of the corpus. The corpus
// counts are kept per file and stamp, so an edit counts one file again, not the corpus.
import * as vscode from 'vscode';
import { CorpusSpellings, findInconsistencies, spellingsOf } from '../../core/translit';
import type { CorpusData } from '../shared/corpusData';
import { isReaderDocument, type CorpusWorkspace } from '../shared/corpusWorkspace';
import { staleFromNow } from '../shared/documentText';

export const INCONSISTENT = 'opis.inconsistentRomanization';

export class ConsistencyDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('opis-translit');
  /** The replacement of each reported range, for the quick fix: uri → "line:char-line:char" → spelling. */
  readonly fixes = new Map<string, Map<string, string>>();
  private readonly spellings = new CorpusSpellings();
  /** The stamp each file's counts were taken at. */
  private readonly counted = new Map<string, string>();
  private lexiconKey: unknown;
  private counting: Promise<void> = Promise.resolve();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly data: CorpusData,
    private readonly workspace: CorpusWorkspace,
  ) {
    this.disposables = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument(doc => void this.update(doc)),
      vscode.workspace.onDidCloseTextDocument(doc => this.clear(doc.uri)),
      workspace.onDidChange(({ changed, deleted }) => {
        for (const uri of deleted) this.forget(uri);
        // a change anywhere in the corpus may change the dominant spelling in every open document
        if (changed.length || deleted.length) this.updateOpen();
      }),
      data.onDidChange(() => this.updateOpen()),
    ];
    this.updateOpen();
  }

  static rangeKey(range: vscode.Range): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
  }

  private updateOpen(): void {
    for (const doc of vscode.workspace.textDocuments) void this.update(doc);
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed || !isReaderDocument(document)) return;
    const stale = staleFromNow(document);
    const { lexicon } = await this.data.forDocument(document.uri);
    await this.count(lexicon);
    if (stale()) return;
    const key = document.uri.toString();
    const found = findInconsistencies(document.getText(), word => this.spellings.others(word, key), { lexicon });
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
    this.fixes.set(key, fixes);
    this.collection.set(document.uri, diagnostics);
  }

  /** Brings the corpus counts up to date, one run at a time: the documents updated together share it. */
  private count(lexicon: unknown): Promise<void> {
    this.counting = this.counting.then(() => this.countChanged(lexicon));
    return this.counting;
  }

  /** Counts again the files whose stamp changed (all of them at first). */
  private async countChanged(lexicon: unknown): Promise<void> {
    await this.workspace.ready;
    if (lexicon !== this.lexiconKey) {
      // another lexicon reads other words as romanized: every count is redone
      this.lexiconKey = lexicon;
      this.counted.clear();
    }
    for (const { uri } of this.workspace.files()) {
      const key = uri.toString();
      const stamp = this.workspace.stamp(uri);
      if (this.counted.get(key) === stamp) continue;
      const [text, { lexicon: own }] = await Promise.all([this.workspace.text(uri), this.data.forDocument(uri)]);
      if (this.workspace.stamp(uri) !== stamp) continue;
      if (text === undefined) this.spellings.delete(key);
      else this.spellings.set(key, spellingsOf(text, { lexicon: own }));
      this.counted.set(key, stamp);
    }
  }

  private forget(uri: vscode.Uri): void {
    this.spellings.delete(uri.toString());
    this.counted.delete(uri.toString());
  }

  private clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.fixes.delete(uri.toString());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
