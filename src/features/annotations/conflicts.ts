// Annotations changed in two places (both sides of a merge, or this window and another): every version is
// kept until someone chooses. Resolve Annotation Conflict shows two versions side by side in a diff editor
// (read-only documents rendered from the store) and asks which to keep.
import * as vscode from 'vscode';
import { summarizeVersion, versionText, type Json } from '../../core/annotations';
import type { AnnotationWorkspace } from './annotationWorkspace';

const SCHEME = 'opis-conflict';

/** The read-only document of one version: the id in the query, so any id survives the URI. */
const versionUri = (id: string, index: number) => vscode.Uri.from({ scheme: SCHEME, path: `/version ${index + 1}.md`, query: id });

/** A line naming a conflict: what its first version says, or its id. */
export function conflictTitle(versions: readonly Json[], id: string): string {
  const first = versions[0] && summarizeVersion(versions[0]);
  const text = first ? first.note || first.quote || id : id;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

function describe(item: Json, index: number): vscode.QuickPickItem {
  const v = summarizeVersion(item);
  if (!v) return { label: `Version ${index + 1}`, detail: 'not an annotation Opis can read; see its JSON in the comparison' };
  return {
    label: `Version ${index + 1}: ${v.creator ?? 'unknown author'}`,
    description: v.modified ? `modified ${v.modified.replace('T', ' ').slice(0, 16)}` : undefined,
    detail: [v.note.replace(/\s+/g, ' ').trim() || '(no note)', ...v.tags.map(t => `#${t}`)].join('  '),
  };
}

export class AnnotationConflicts implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly workspace: AnnotationWorkspace) {
    this.disposables = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(SCHEME, this),
      // Open comparisons follow the store (a conflict resolved elsewhere shows what was kept).
      workspace.onDidChange(() => {
        for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === SCHEME) this.changed.fire(doc.uri);
      }),
      vscode.commands.registerCommand('opis.annotations.resolveConflict', (target?: string | { id?: string }, index?: number) => this.resolve(target, index)),
    ];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const index = Number(/(\d+)\.md$/.exec(uri.path)?.[1]) - 1;
    const version = this.workspace.conflicts().find(c => c.id === uri.query)?.versions[index];
    return version ? versionText(version) : 'This conflict has been resolved.\n';
  }

  /**
   * Settles a conflict: the one given (an id, or a view item), else one chosen from the list; the version at
   * `index`, else one chosen after comparing them. True when a version was kept.
   */
  private async resolve(target?: string | { id?: string }, index?: number): Promise<boolean> {
    await this.workspace.ready;
    const conflicts = this.workspace.conflicts();
    const id = typeof target === 'string' ? target : target?.id ?? (await this.pickConflict(conflicts));
    const conflict = conflicts.find(c => c.id === id);
    if (!conflict) {
      if (!conflicts.length || id) void vscode.window.showInformationMessage('Opis: no annotation is in conflict.');
      return false;
    }
    const chosen = index ?? (await this.pickVersion(conflict));
    return chosen !== undefined && this.workspace.resolve(conflict.id, chosen);
  }

  private async pickConflict(conflicts: { id: string; versions: Json[] }[]): Promise<string | undefined> {
    if (conflicts.length <= 1) return conflicts[0]?.id;
    const items = conflicts.map(c => ({ label: conflictTitle(c.versions, c.id), description: `${c.versions.length} versions`, id: c.id }));
    return (await vscode.window.showQuickPick(items, { placeHolder: 'Annotation changed in two places: which one to resolve?' }))?.id;
  }

  private async pickVersion(conflict: { id: string; versions: Json[] }): Promise<number | undefined> {
    const title = `${conflictTitle(conflict.versions, conflict.id)} (version 1 ↔ version 2)`;
    await vscode.commands.executeCommand('vscode.diff', versionUri(conflict.id, 0), versionUri(conflict.id, 1), title, { preview: true });
    const items = conflict.versions.map((v, i) => ({ ...describe(v, i), index: i }));
    const more = conflict.versions.length > 2 ? ` (${conflict.versions.length} versions; the comparison shows the first two)` : '';
    const picked = await vscode.window.showQuickPick(items, { placeHolder: `Keep which version? The others are discarded${more}.`, matchOnDetail: true });
    return picked?.index;
  }
}

/** The Annotations view's item for a conflict: choosing it starts the resolution. */
export function conflictTreeItem(node: { id: string; title: string; versions: number }): vscode.TreeItem {
  const item = new vscode.TreeItem(node.title);
  item.description = `conflict: ${node.versions} versions`;
  item.tooltip = 'Changed in two places (a merge, or another window). Choose to compare the versions and keep one.';
  item.iconPath = new vscode.ThemeIcon('git-merge', new vscode.ThemeColor('list.warningForeground'));
  item.contextValue = 'opis-conflict';
  item.id = `conflict:${node.id}`;
  item.command = { command: 'opis.annotations.resolveConflict', title: 'Resolve Annotation Conflict', arguments: [node.id] };
  return item;
}
