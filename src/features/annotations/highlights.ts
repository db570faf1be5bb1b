// Highlights each anchored passage in its category's theme colour, with a mark in the overview ruler and
// the note as the hover.
import * as vscode from 'vscode';
import { CATEGORIES, categoryStem, type Annotation } from '../../core/annotations';
import { codeSpanMarkdown, noteMarkdown, plainMarkdown } from '../../core/text/markdownFromData';
import { safeMarkdown } from '../shared/safeMarkdown';
import type { AnnotationWorkspace } from './annotationWorkspace';

export const PRIVATE_NOTE = 'Private: kept in your own storage, never committed.';

/**
 * Category, tags, author and note as they are in the store, none of them able to load, link or inject anything;
 * `author` as the workspace names it (yours marked), `isPrivate` when it is kept out of the repository.
 */
export function hoverFor(annotation: Annotation, { author, isPrivate }: { author: string | undefined; isPrivate: boolean }): vscode.MarkdownString {
  const tags = annotation.tags.length ? ` · ${annotation.tags.map(codeSpanMarkdown).join(' ')}` : '';
  const note = annotation.note ? noteMarkdown(annotation.note) : '*No note.*';
  const replies = annotation.replies.length ? `\n\n*${annotation.replies.length} repl${annotation.replies.length === 1 ? 'y' : 'ies'}*` : '';
  const by = author ? ` · ${plainMarkdown(author)}` : '';
  const kept = isPrivate ? `\n\n*${PRIVATE_NOTE}*` : '';
  return safeMarkdown(`**${plainMarkdown(annotation.category)}**${tags}${by}\n\n${note}${replies}${kept}`);
}

export class Highlights implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly workspace: AnnotationWorkspace) {
    for (const category of CATEGORIES) {
      const stem = categoryStem(category);
      this.types.set(
        stem,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor(`opis.annotation.${stem}Background`),
          overviewRulerColor: new vscode.ThemeColor(`opis.annotation.${stem}Ruler`),
          overviewRulerLane: vscode.OverviewRulerLane.Center,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
    this.disposables = [
      ...this.types.values(),
      workspace.onDidChange(() => this.render()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.render()),
    ];
    this.render();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  render(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const byStem = new Map<string, vscode.DecorationOptions[]>([...this.types.keys()].map(stem => [stem, []]));
      for (const { annotation, placement } of this.workspace.inDocument(editor.document)) {
        if (!('range' in placement)) continue;
        const range = new vscode.Range(editor.document.positionAt(placement.range.start), editor.document.positionAt(placement.range.end));
        byStem.get(categoryStem(annotation.category))!.push({ range, hoverMessage: hoverFor(annotation, { author: this.workspace.authorLabel(annotation), isPrivate: this.workspace.isPrivate(annotation) }) });
      }
      for (const [stem, options] of byStem) editor.setDecorations(this.types.get(stem)!, options);
    }
  }
}
