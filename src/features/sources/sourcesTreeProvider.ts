// The Sources view: the archival files the corpus cites, by archive (its current name), fond, opis' and delo, and
// the printed works by author (a newspaper's or journal's issues by its name), down to the citing notes, with counts
// at each level. A filter keeps the files and works that match; a note reveals itself in its article on click.
// Labels are plain text; tooltips escape what comes from the articles.
import * as vscode from 'vscode';
import { titleFacts } from '../../core/citations';
import {
  archiveGroups, authorGroups, fileReference, foliosReference, issueLabel, sourceFilter, workLabel, workPlace,
  type ArchiveGroup, type AuthorGroup, type CitingNote, type FondGroup, type OpisGroup, type SourceFile, type SourceFilter, type SourceWork,
} from '../../core/sources';
import { plainMarkdown } from '../../core/text/markdownFromData';
import { safeMarkdown } from '../shared/safeMarkdown';
import type { SourcesStore } from './sourcesStore';

export const REVEAL_NOTE_COMMAND = 'opis.sources.revealNote';

export type SourcesNode =
  | { kind: 'archives'; groups: ArchiveGroup[] }
  | { kind: 'works'; groups: AuthorGroup[] }
  | { kind: 'archive'; group: ArchiveGroup; parent: SourcesNode }
  | { kind: 'fond'; group: FondGroup; parent: SourcesNode & { kind: 'archive' } }
  | { kind: 'opis'; group: OpisGroup; parent: SourcesNode & { kind: 'fond' } }
  | { kind: 'file'; file: SourceFile; parent: SourcesNode }
  | { kind: 'author'; group: AuthorGroup; parent: SourcesNode }
  | { kind: 'work'; work: SourceWork; index: number; parent: SourcesNode }
  | { kind: 'note'; note: CitingNote; parent: SourcesNode & { kind: 'file' | 'work' } };

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
const joined = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' · ');

/** `d. 677, t. 1` */
const deloLabel = (f: SourceFile) => [`d. ${f.delo}`, f.tom && `t. ${f.tom}`].filter(Boolean).join(', ');
const inPeriodical = (node: SourcesNode & { kind: 'work' }) => node.parent.kind === 'author' && node.parent.group.periodical !== undefined;
const pages = (n: CitingNote) => n.folios ? foliosReference(n.folios) : n.pages && `${n.volume ? `vol. ${n.volume}, ` : ''}p. ${n.pages}`;

/** Markdown lines of `label: value`, every value escaped. */
function fields(rows: [string, string | undefined][]): string {
  return rows.filter(([, value]) => value).map(([label, value]) => `**${label}:** ${plainMarkdown(value!)}`).join('  \n');
}

export class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourcesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private active: SourceFilter | undefined;
  private roots: SourcesNode[] | undefined;

  constructor(private readonly store: SourcesStore) {
    this.subscription = store.onDidChange(({ registerChanged }) => registerChanged && this.refresh());
  }

  /** The words the view is filtered by, if any. */
  get filter(): string | undefined {
    return this.active?.query;
  }

  /** Keeps the files and works that match `query`; none (or an empty query) shows everything. */
  setFilter(query: string | undefined): void {
    this.active = query === undefined ? undefined : sourceFilter(query);
    this.refresh();
  }

  getChildren(node?: SourcesNode): SourcesNode[] {
    if (!node) return (this.roots ??= this.buildRoots());
    switch (node.kind) {
      case 'archives':
        return node.groups.map(group => ({ kind: 'archive', group, parent: node }));
      case 'works':
        return node.groups.map(group => ({ kind: 'author', group, parent: node }));
      case 'archive':
        return node.group.fonds.map(group => ({ kind: 'fond', group, parent: node }));
      case 'fond':
        return node.group.opisi.map(group => ({ kind: 'opis', group, parent: node }));
      case 'opis':
        return node.group.files.map(file => ({ kind: 'file', file, parent: node }));
      case 'author':
        return node.group.works.map((work, index) => ({ kind: 'work', work, index, parent: node }));
      case 'file':
        return node.file.notes.map(note => ({ kind: 'note', note, parent: node }));
      case 'work':
        return node.work.notes.map(note => ({ kind: 'note', note, parent: node }));
      default:
        return [];
    }
  }

  getParent(node: SourcesNode): SourcesNode | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label(node), node.kind === 'note' ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id(node);
    switch (node.kind) {
      case 'archives': {
        const files = node.groups.reduce((n, g) => n + g.files, 0);
        item.description = joined(plural(files, 'file'), plural(node.groups.length, 'archive'));
        item.iconPath = new vscode.ThemeIcon('archive');
        item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
        break;
      }
      case 'works':
        item.description = plural(node.groups.reduce((n, g) => n + g.works.length, 0), 'work');
        item.iconPath = new vscode.ThemeIcon('book');
        item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
        break;
      case 'archive':
        item.description = joined(plural(node.group.files, 'file'), plural(node.group.notes, 'note'), node.group.writtenAs.length > 0 && `also ${node.group.writtenAs.join(', ')}`);
        item.tooltip = safeMarkdown(fields([['Archive', node.group.archive], ['Cited as', node.group.writtenAs.join(', ') || undefined]]));
        break;
      case 'fond':
        item.description = joined(plural(node.group.files, 'file'), plural(node.group.notes, 'note'));
        break;
      case 'opis':
        item.description = joined(node.group.title, plural(node.group.files.length, 'file'), plural(node.group.notes, 'note'));
        break;
      case 'file': {
        const { file } = node;
        item.description = joined(file.folios && foliosReference(file.folios), plural(file.notes.length, 'note'), file.titles[0]);
        item.tooltip = safeMarkdown(fields([
          ['File', fileReference(file)],
          ['Title', file.titles.join(' / ') || undefined],
          ['Opis’', file.opisTitle],
          ['Folios cited', file.folios || undefined],
          ['Articles', file.articles.join(', ')],
        ]));
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.contextValue = 'opis.sourceFile';
        break;
      }
      case 'author':
        item.description = joined(plural(node.group.works.length, node.group.periodical ? 'issue' : 'work'), plural(node.group.notes, 'note'));
        item.iconPath = new vscode.ThemeIcon(node.group.periodical ? 'library' : 'person');
        break;
      case 'work': {
        const { work } = node;
        item.description = joined(plural(work.notes.length, 'note'), !inPeriodical(node) && workPlace(work));
        item.tooltip = safeMarkdown(fields([
          ['Author', work.author], ...titleFacts(work).map(({ label, value }): [string, string | undefined] => [label, value]), ['Published', work.published ?? work.date], ['Issue', work.issue], ['Articles', work.articles.join(', ')],
        ]));
        item.iconPath = new vscode.ThemeIcon('book');
        break;
      }
      case 'note': {
        const { note } = node;
        item.description = joined(note.article, pages(note));
        // the cited words are read from the article when the tooltip is shown (resolveTreeItem)
        item.iconPath = new vscode.ThemeIcon('note');
        item.contextValue = 'opis.sourceNote';
        item.command = { command: REVEAL_NOTE_COMMAND, title: 'Reveal Note', arguments: [node] };
        break;
      }
    }
    return item;
  }

  /** A note's tooltip: its citations' words as the article writes them. */
  async resolveTreeItem(item: vscode.TreeItem, node: SourcesNode): Promise<vscode.TreeItem> {
    if (node.kind !== 'note') return item;
    const { note } = node;
    const cited = await this.store.citedWords(note.article, note.note);
    item.tooltip = safeMarkdown([fields([['Note', `${note.note} in ${note.article}`]]), ...cited.map(words => `> ${plainMarkdown(words)}`)].join('\n\n'));
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  private buildRoots(): SourcesNode[] {
    const files = this.store.files().filter(f => !this.active || this.active.file(f));
    const works = this.store.register.works().filter(w => !this.active || this.active.work(w));
    const roots: SourcesNode[] = [];
    if (files.length) roots.push({ kind: 'archives', groups: archiveGroups(files) });
    if (works.length) roots.push({ kind: 'works', groups: authorGroups(works) });
    return roots;
  }

  private label(node: SourcesNode): string {
    switch (node.kind) {
      case 'archives': return 'Archival files';
      case 'works': return 'Printed works';
      case 'archive': return node.group.archive;
      case 'fond': return `f. ${node.group.fond}`;
      case 'opis': return node.group.opis ? `op. ${node.group.opis}` : 'no opis’';
      case 'file': return deloLabel(node.file);
      case 'author': return node.group.author ?? node.group.periodical ?? 'No author named';
      case 'work': return inPeriodical(node) ? issueLabel(node.work) : workLabel(node.work);
      case 'note': return `Note ${node.note.note}`;
    }
  }

  /** Stable across refreshes, so what the reader opened stays open. */
  private id(node: SourcesNode): string {
    // works without a title can share a label: their place under the author tells them apart
    const own = node.kind === 'file' ? fileReference(node.file) : node.kind === 'note' ? `${node.note.article}#${node.note.note}` : node.kind === 'work' ? `${node.index}:${this.label(node)}` : this.label(node);
    const parent = this.getParent(node);
    return parent ? `${this.id(parent)}\u0000${own}` : node.kind;
  }
}
