// Information diagnostics where a document spells a romanized word or name otherwise than its dominant spelling
// (Yezhov among Ezhov), counting the other files of the workspace corpus as the rest of the corpus. Each file's
// counts are a part of the corpus index, so an edit counts one file again, not the corpus, and a restart none.
import * as vscode from 'vscode';
import { CorpusSpellings, inconsistenciesAmong, type SpellingsRecord } from '../../core/translit';
import { Pacer } from '../../core/text/eventLoop';
import type { CorpusData } from '../shared/corpusData';
import type { DocumentAnalyses } from './documentAnalysis';
import type { CorpusIndex } from '../shared/corpusIndex';
import { dataPart } from '../shared/indexParts';
import { isReaderDocument } from '../shared/corpusWorkspace';
import { staleFromNow } from '../shared/documentText';
import { DIAGNOSTIC_SOURCE, placeKey, shownDiagnostics } from '../shared/shownDiagnostics';

export const INCONSISTENT = 'opis.inconsistentRomanization';
const SPELLINGS = 'spellings' as const;

export class ConsistencyDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('opis-translit');
  /** The replacement of each reported range, for the quick fix: uri → place key → spelling. */
  readonly fixes = new Map<string, Map<string, string>>();
  private readonly spellings = new CorpusSpellings();
  private counting = Promise.resolve();
  private readonly disposables: vscode.Disposable[];

  constructor(
    data: CorpusData,
    private readonly index: CorpusIndex,
    private readonly analyses: DocumentAnalyses,
  ) {
    index.register(dataPart<SpellingsRecord>(data, SPELLINGS));
    this.disposables = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument(doc => void this.update(doc)),
      vscode.workspace.onDidCloseTextDocument(doc => this.clear(doc.uri)),
      index.onDidUpdate(({ changed, deleted }) => void this.count(changed, deleted)),
      data.onDidChange(() => void index.refresh()),
    ];
    void index.ready.then(() => this.updateOpen());
  }

  /**
   * Takes the changed files' counts from the index, one after the other in the order the index reports them, with
   * a turn for the host every few milliseconds (the first indexing reports the whole corpus at once).
   */
  private count(changed: readonly vscode.Uri[], deleted: readonly vscode.Uri[]): Promise<void> {
    this.counting = this.counting.then(async () => {
      const pacer = new Pacer();
      for (const uri of deleted) this.spellings.delete(uri.toString());
      for (const uri of changed) {
        await pacer.pace();
        const record = this.index.part<SpellingsRecord>(uri, SPELLINGS);
        if (record !== undefined) this.spellings.set(uri.toString(), record);
      }
      // a change anywhere in the corpus may change the dominant spelling in every open document
      this.updateOpen();
    });
    return this.counting;
  }

  private updateOpen(): void {
    for (const doc of vscode.workspace.textDocuments) void this.update(doc);
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed || !isReaderDocument(document)) return;
    const stale = staleFromNow(document);
    await this.index.ready;
    // the romanized words the highlighting finds, a piece of the document at a time (the whole at once would hold
    // the host's thread for as long as a book takes to parse)
    const analysis = await this.analyses.of(document).catch(() => undefined);
    if (!analysis || stale()) return;
    const key = document.uri.toString();
    const found = inconsistenciesAmong(analysis.romanized, word => this.spellings.others(word, key));
    const fixes = new Map<string, string>();
    const rangeOf = (f: { start: number; end: number }) => new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
    const diagnostics = shownDiagnostics(found.map(f => ({ ...f, code: INCONSISTENT })), f => {
      const range = rangeOf(f);
      const spellings = f.forms.map(form => `${form.form} ×${form.count}`).join(', ');
      const diagnostic = new vscode.Diagnostic(
        range,
        `Inconsistent romanization: “${f.text}”; this document mostly writes “${f.replacement}” (corpus: ${spellings}).`,
        vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = INCONSISTENT;
      fixes.set(placeKey(INCONSISTENT, range), f.replacement);
      return diagnostic;
    }, rangeOf);
    this.fixes.set(key, fixes);
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
