// The Annotations view: notes by file and section in reading order, an Orphans group for notes whose
// passage cannot be found (showing their quotes), and a filter by tag and category.
import * as vscode from 'vscode';
import { anchorAnnotation, type Annotation } from '../../core/annotations';
import { buildDocumentIndexAsync, sharedDocumentIndexCache, type DocumentIndex } from '../../core/document';
import { noteMarkdown, plainMarkdown } from '../../core/text/markdownFromData';
import { readDocumentText } from '../shared/documentText';
import { safeMarkdown } from '../shared/safeMarkdown';
import type { AnnotationWorkspace } from './annotationWorkspace';
import { conflictTitle, conflictTreeItem } from './conflicts';
import { PRIVATE_NOTE } from './highlights';

export interface AnnotationFilter {
  tag?: string;
  category?: string;
  author?: string;
}

export interface ShownNote {
  id: string;
  label: string;
  description: string;
  /** The theme icon's id: `note` (yours), `account` (someone else's), `lock` (private), `debug-disconnect` (orphan). */
  icon: string;
}

export type AnnotationNode =
  | { kind: 'file'; uri: vscode.Uri; source: string; children: AnnotationNode[] }
  | { kind: 'section'; title: string; children: AnnotationNode[] }
  | { kind: 'annotation'; annotation: Annotation; uri?: vscode.Uri; range?: vscode.Range; orphan?: string }
  | { kind: 'orphans'; children: AnnotationNode[] }
  | { kind: 'conflict'; id: string; title: string; versions: number };

const shorten = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

export class AnnotationsTreeProvider implements vscode.TreeDataProvider<AnnotationNode> {
  private readonly changed = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter: AnnotationFilter = {};
  private workspace: AnnotationWorkspace | undefined;
  private subscription: vscode.Disposable | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A digest of what the view last showed. */
  private shown: string | undefined;

  /** Shows the annotations of `workspace` (replaced when the annotations are reloaded). */
  setWorkspace(workspace: AnnotationWorkspace): void {
    this.subscription?.dispose();
    this.workspace = workspace;
    this.shown = undefined;
    // Typing fires a change per keystroke; the view is rebuilt once the burst is over.
    this.subscription = workspace.onDidChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.refresh(), 250);
    });
    this.refresh();
  }

  /**
   * Rebuilds the view unless what it shows is unchanged: many changes (a store read again, a document opened by
   * another feature) leave every note where it was, and a rebuild drops a click that is on its way.
   */
  refresh(): void {
    const now = JSON.stringify([
      this.filter,
      this.workspace?.conflicts().map(c => [c.id, c.versions.length]),
      (this.workspace?.all() ?? []).map(({ annotation: a, uri, placement }) => [a.id, a.note, a.tags, a.category, a.creator, a.quote.exact, uri?.toString(), placement, this.workspace?.isPrivate(a)]),
    ]);
    if (now === this.shown) return;
    this.shown = now;
    this.changed.fire(undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription?.dispose();
    this.changed.dispose();
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    switch (node.kind) {
      case 'file': {
        const item = new vscode.TreeItem(node.source, vscode.TreeItemCollapsibleState.Expanded);
        item.resourceUri = node.uri;
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'section':
        return Object.assign(new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.Expanded), { iconPath: new vscode.ThemeIcon('symbol-namespace') });
      case 'orphans': {
        const item = new vscode.TreeItem(`Orphans (${node.children.length})`, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('warning');
        item.tooltip = 'Notes whose passage can no longer be found. Select the passage in the editor, then choose Re-attach.';
        return item;
      }
      case 'conflict':
        return conflictTreeItem(node);
      case 'annotation': {
        const a = node.annotation;
        const item = new vscode.TreeItem(node.orphan ? `“${shorten(a.quote.exact, 60)}”` : shorten(a.note || a.quote.exact, 60));
        const mine = this.workspace?.isMine(a) ?? false;
        const isPrivate = this.workspace?.isPrivate(a) ?? false;
        const author = this.workspace?.authorLabel(a);
        item.description = [a.category, ...a.tags.map(t => `#${t}`), ...(author ? [`· ${author}`] : []), ...(isPrivate ? ['· private'] : [])].join(' ');
        const orphan = node.orphan ? `\n\n*Orphaned: ${plainMarkdown(node.orphan)}* (${plainMarkdown(a.source)})` : '';
        const kept = isPrivate ? `\n\n*${PRIVATE_NOTE}*` : '';
        item.tooltip = safeMarkdown(`> ${plainMarkdown(shorten(a.quote.exact, 400))}\n\n${a.note ? noteMarkdown(a.note) : '*No note.*'}${orphan}${kept}`);
        // At a glance: a private note (a lock), your own shared note (a note), or a colleague's (a person).
        const icon = node.orphan ? 'debug-disconnect' : isPrivate ? 'lock' : a.creator && !mine ? 'account' : 'note';
        item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(`opis.annotation.${a.category.toLowerCase()}Ruler`));
        item.contextValue = node.orphan ? 'opis-orphan' : 'opis-annotation';
        item.id = a.id;
        item.command = { command: 'opis.annotation.reveal', title: 'Show Annotation', arguments: [a.id] };
        return item;
      }
    }
  }

  /** The notes the view shows, in its order, as their entries read (for automation and tests). */
  async entries(): Promise<ShownNote[]> {
    const out: ShownNote[] = [];
    const walk = (nodes: AnnotationNode[]) => {
      for (const node of nodes) {
        if ('children' in node) walk(node.children);
        if (node.kind !== 'annotation') continue;
        const item = this.getTreeItem(node);
        out.push({ id: node.annotation.id, label: String(item.label), description: String(item.description ?? ''), icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '' });
      }
    };
    walk(await this.build());
    return out;
  }

  async getChildren(node?: AnnotationNode): Promise<AnnotationNode[]> {
    if (node) return 'children' in node ? node.children : [];
    return this.build();
  }

  private matches(a: Annotation): boolean {
    const { tag, category, author } = this.filter;
    return (!tag || a.tags.includes(tag)) && (!category || a.category === category) && (!author || a.creator === author || a.replies.some(r => r.creator === author));
  }

  /** Files → sections → annotations in reading order, then the orphans. Closed files are read and anchored here. */
  private async build(): Promise<AnnotationNode[]> {
    const byFile = new Map<string, { uri: vscode.Uri; source: string; items: { annotation: Annotation; start?: number; orphan?: string }[] }>();
    const orphans: AnnotationNode[] = [];
    for (const placed of this.workspace?.all() ?? []) {
      if (!this.matches(placed.annotation)) continue;
      if (!placed.uri) {
        orphans.push({ kind: 'annotation', annotation: placed.annotation, orphan: placed.placement && 'orphan' in placed.placement ? placed.placement.orphan : 'not found' });
        continue;
      }
      const key = placed.uri.toString();
      if (!byFile.has(key)) byFile.set(key, { uri: placed.uri, source: placed.annotation.source, items: [] });
      byFile.get(key)!.items.push({ annotation: placed.annotation, ...(placed.placement && ('range' in placed.placement ? { start: placed.placement.range.start } : { orphan: placed.placement.orphan })) });
    }
    const files: AnnotationNode[] = [];
    for (const { uri, source, items } of [...byFile.values()].sort((a, b) => a.source.localeCompare(b.source))) {
      const text = await readDocumentText(uri);
      const index = text === undefined ? undefined : await indexOf(uri, text);
      const sections = new Map<string, AnnotationNode[]>();
      const placedItems: { node: AnnotationNode; start: number; section: string }[] = [];
      for (const item of items) {
        let { start, orphan } = item;
        let end: number | undefined;
        if (start === undefined && orphan === undefined) {
          const found = text === undefined ? { status: 'orphaned' as const, reason: 'the file cannot be read' } : anchorAnnotation(text, item.annotation);
          if (found.status === 'anchored') ({ start, end } = found);
          else orphan = found.reason;
        }
        if (orphan !== undefined || start === undefined || !index) {
          orphans.push({ kind: 'annotation', annotation: item.annotation, uri, orphan: orphan ?? 'not found' });
          continue;
        }
        end ??= start + item.annotation.quote.exact.length;
        const from = index.lines.positionAt(start);
        const to = index.lines.positionAt(end);
        const range = new vscode.Range(from.line, from.character, to.line, to.character);
        const section = index.sectionAt(range.start)?.title ?? '(before the first heading)';
        placedItems.push({ node: { kind: 'annotation', annotation: item.annotation, uri, range }, start, section });
      }
      placedItems.sort((a, b) => a.start - b.start);
      for (const p of placedItems) sections.set(p.section, [...(sections.get(p.section) ?? []), p.node]);
      if (!sections.size) continue;
      files.push({ kind: 'file', uri, source, children: [...sections].map(([title, children]) => ({ kind: 'section', title, children })) });
    }
    // Conflicts first: until resolved, each shows one version of a note that two people changed.
    const conflicts = (this.workspace?.conflicts() ?? []).map((c): AnnotationNode => ({ kind: 'conflict', id: c.id, title: conflictTitle(c.versions, c.id), versions: c.versions.length }));
    return [...conflicts, ...files, ...(orphans.length ? [{ kind: 'orphans' as const, children: orphans }] : [])];
  }
}

/** The index of the text, parsed in pieces; an open document's comes from (and goes to) the shared cache. */
async function indexOf(uri: vscode.Uri, text: string): Promise<DocumentIndex> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  // a newer version of the document supersedes the cached build; this text still needs its own index
  const cached = open && (await sharedDocumentIndexCache.obtainAsync(uri.toString(), open.version, () => text));
  return cached ?? buildDocumentIndexAsync(text);
}

export function createAnnotationsView(): { provider: AnnotationsTreeProvider; view: vscode.TreeView<AnnotationNode> } {
  const provider = new AnnotationsTreeProvider();
  const view = vscode.window.createTreeView('opis.annotations', { treeDataProvider: provider, showCollapseAll: true });
  return { provider, view };
}
