// Serves the Argument view's items from the session's current tree.
import * as vscode from 'vscode';
import type { ArgumentNode } from './argumentTree';
import type { ArgumentSession } from './argumentSession';
import { safeMarkdown } from '../shared/safeMarkdown';
import { REVEAL_COMMAND } from './revealPassage';

const ICONS: Record<ArgumentNode['kind'], string> = {
  question: 'question',
  thesis: 'law',
  periods: 'calendar',
  period: 'history',
  passage: 'quote',
  section: 'symbol-namespace',
  claim: 'comment-discussion',
  note: 'bookmark',
};

export class ArgumentTreeProvider implements vscode.TreeDataProvider<ArgumentNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ArgumentNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly session: ArgumentSession) {
    this.subscription = session.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(element?: ArgumentNode): ArgumentNode[] {
    return element ? element.children : (this.session.state?.tree.roots ?? []);
  }

  getParent(element: ArgumentNode): ArgumentNode | undefined {
    return element.parent;
  }

  getTreeItem(element: ArgumentNode): vscode.TreeItem {
    const expandable = element.children.length > 0;
    const collapsed = element.kind === 'claim' || element.kind === 'period' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(element.label, expandable ? collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = element.id;
    item.description = element.description;
    item.contextValue = element.unanchored ? `${element.kind}.unanchored` : element.kind;
    const icon = element.unanchored ? 'warning' : element.quotation ? 'quote' : ICONS[element.kind];
    item.iconPath = new vscode.ThemeIcon(icon, element.unanchored ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    if (element.noteMarkdown !== undefined) {
      item.tooltip = safeMarkdown(element.noteMarkdown);
    } else if (element.tooltip) {
      item.tooltip = element.quotation ? `Block quotation: ${element.tooltip}` : element.tooltip;
    }
    if (element.range) item.command = { command: REVEAL_COMMAND, title: 'Show in Article', arguments: [element] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
