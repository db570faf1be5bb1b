// The same delo cited under two opis' with the same title or the same folios, anywhere in the corpus: a warning on
// each citing note of either file, with the other file's citations as related information. Delo numbers restart
// in each opis', so a delo number met again under another opis' is not reported on its own.
import * as vscode from 'vscode';
import { fileReference, type SourceConflict, type SourceFile } from '../../core/sources';
import { DIAGNOSTIC_SOURCE } from '../shared/shownDiagnostics';
import type { SourcesStore } from './sourcesStore';

export const CONFLICT_CODE = 'source-conflict';

function message(conflict: SourceConflict, here: SourceFile, other: SourceFile): string {
  const what = conflict.shared === 'title' ? 'the same title' : 'the same folios';
  return `${fileReference(here)} is also cited as ${fileReference(other)}, with ${what}: delo numbers restart in each opis', so one of the two references is likely wrong.`;
}

/** Changes come in bursts (a batch of the first indexing, a checkout): the corpus-wide check runs once after them. */
const SETTLE_MS = 300;

export class ConflictDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('opis-sources');
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checks = 0;
  private disposed = false;

  constructor(private readonly store: SourcesStore) {
    this.subscription = store.onDidChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.publish(), SETTLE_MS);
    });
    void this.publish();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.collection.dispose();
  }

  /** Only the latest check publishes: one overtaken by a newer check while it waited gives way. */
  private async publish(): Promise<void> {
    const check = ++this.checks;
    const conflicts = await this.store.conflictsInTurns();
    if (check !== this.checks || this.disposed) return;
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const conflict of conflicts) {
      const [a, b] = conflict.files;
      for (const [here, other] of [[a, b], [b, a]]) {
        const related: vscode.DiagnosticRelatedInformation[] = [];
        for (const n of other.notes) {
          const location = await this.store.citationLocation(n.article, n.note, other);
          if (location) related.push(new vscode.DiagnosticRelatedInformation(location, `${fileReference(other)} in note ${n.note} of ${n.article}`));
        }
        for (const n of here.notes) {
          const location = await this.store.citationLocation(n.article, n.note, here);
          if (!location) continue;
          const diagnostic = new vscode.Diagnostic(location.range, message(conflict, here, other), vscode.DiagnosticSeverity.Warning);
          diagnostic.source = DIAGNOSTIC_SOURCE;
          diagnostic.code = CONFLICT_CODE;
          diagnostic.relatedInformation = related;
          const entry = byUri.get(location.uri.toString()) ?? { uri: location.uri, diagnostics: [] };
          entry.diagnostics.push(diagnostic);
          byUri.set(location.uri.toString(), entry);
        }
      }
    }
    // the places were read from the articles meanwhile: a newer check may have started
    if (check !== this.checks || this.disposed) return;
    this.collection.clear();
    for (const { uri, diagnostics } of byUri.values()) this.collection.set(uri, diagnostics);
  }
}
