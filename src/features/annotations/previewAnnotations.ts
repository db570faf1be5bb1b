// The annotations as the Markdown preview and the Opis Reader need them: each open document's anchored passages,
// and an event when what they show changes (an annotation added, removed, edited, found or lost). Passages that
// only move with an edit raise none: the preview renders the edited document anyway.
import * as vscode from 'vscode';
import type { SourceAnnotation } from '../../core/preview';
import type { PreviewAnnotationSource } from '../preview';
import type { AnnotationWorkspace } from './annotationWorkspace';

export class PreviewAnnotations implements PreviewAnnotationSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  private shown = '';
  readonly onDidChange = this.changed.event;

  /** `workspace` answers the running workspace (a restart replaces it); `changes` fires on any change of it. */
  constructor(
    private readonly workspace: () => AnnotationWorkspace,
    changes: vscode.Event<void>,
  ) {
    this.subscription = changes(() => {
      const shown = this.signature();
      if (shown === this.shown) return;
      this.shown = shown;
      this.changed.fire();
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  inDocument(uri: vscode.Uri): SourceAnnotation[] {
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (!doc) return [];
    return this.workspace()
      .inDocument(doc)
      .flatMap(({ annotation, placement }) => ('range' in placement ? [{ annotation, start: placement.range.start, end: placement.range.end }] : []));
  }

  /** What the highlights and their cards show, for every annotation. */
  private signature(): string {
    return JSON.stringify(this.workspace().all().map(({ annotation: a, uri, placement }) => [a.id, a.category, a.note, a.tags, a.creator, a.replies.length, uri?.toString(), placement && 'range' in placement]));
  }
}
