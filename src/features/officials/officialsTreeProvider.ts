// The Officials view: affiliations (Obkom, NKVD, Politbiuro…) with the people of each and their mention
// counts; a person reveals their first mention on click and lists every mention when expanded.
import * as vscode from 'vscode';
import type { FileMention } from '../../core/officials/corpusIndex';
import { affiliationsOf, fullName, roleSummary, type Official } from '../../core/officials/model';
import type { OfficialsStore } from './officialsStore';
import { REVEAL_MENTION_COMMAND } from './revealMention';

/** People the file names without an affiliation. */
export const UNAFFILIATED = 'Other';

export type OfficialsNode =
  | { kind: 'affiliation'; name: string; officials: Official[] }
  | { kind: 'official'; official: Official; parent: OfficialsNode }
  | { kind: 'mention'; mention: FileMention; parent: OfficialsNode };

export class OfficialsTreeProvider implements vscode.TreeDataProvider<OfficialsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OfficialsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: OfficialsStore) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: OfficialsNode): OfficialsNode[] {
    const index = this.store.index;
    if (!index) return [];
    if (!node) return this.groups();
    if (node.kind === 'affiliation') return node.officials.map(official => ({ kind: 'official', official, parent: node }));
    if (node.kind === 'official') return index.mentionsOf(node.official.id).map(mention => ({ kind: 'mention', mention, parent: node }));
    return [];
  }

  getParent(node: OfficialsNode): OfficialsNode | undefined {
    return node.kind === 'affiliation' ? undefined : node.parent;
  }

  getTreeItem(node: OfficialsNode): vscode.TreeItem | Promise<vscode.TreeItem> {
    if (node.kind === 'affiliation') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.officials.length}`;
      item.iconPath = new vscode.ThemeIcon('organization');
      item.contextValue = 'opis.affiliation';
      return item;
    }
    if (node.kind === 'official') {
      const mentions = this.store.index?.mentionsOf(node.official.id) ?? [];
      const item = new vscode.TreeItem(fullName(node.official), mentions.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`;
      item.tooltip = new vscode.MarkdownString().appendText(`${[fullName(node.official), node.official.cyrillic].filter(Boolean).join(' · ')}\n\n${roleSummary(node.official)}`);
      item.iconPath = new vscode.ThemeIcon('person');
      item.contextValue = 'opis.official';
      if (mentions[0]) item.command = { command: REVEAL_MENTION_COMMAND, title: 'Reveal First Mention', arguments: [mentions[0]] };
      return item;
    }
    return this.mentionItem(node.mention);
  }

  /** A mention under its person: its line, read from the file when the person is expanded. */
  private async mentionItem(mention: FileMention): Promise<vscode.TreeItem> {
    const item = new vscode.TreeItem(await this.store.contextOf(mention), vscode.TreeItemCollapsibleState.None);
    item.description = `${mention.file}:${mention.line + 1}`;
    item.command = { command: REVEAL_MENTION_COMMAND, title: 'Reveal Mention', arguments: [mention] };
    item.contextValue = 'opis.mention';
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  /** One group per affiliation, alphabetical, "Other" last; people by surname within each. */
  private groups(): OfficialsNode[] {
    const groups = new Map<string, Official[]>();
    for (const official of this.store.index?.officials ?? []) {
      const names = affiliationsOf(official);
      for (const name of names.length > 0 ? names : [UNAFFILIATED]) groups.set(name, [...(groups.get(name) ?? []), official]);
    }
    return [...groups]
      .sort(([a], [b]) => (a === UNAFFILIATED ? 1 : b === UNAFFILIATED ? -1 : a.localeCompare(b)))
      .map(([name, officials]) => ({ kind: 'affiliation', name, officials: officials.sort((a, b) => a.surname.localeCompare(b.surname)) }));
  }
}
