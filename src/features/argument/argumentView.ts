// The Argument view in the Opis sidebar. Until an article's argument is loaded it is empty, so VS Code
// shows the view's welcome content (declared in package.json).
import * as vscode from 'vscode';

class ArgumentTreeProvider implements vscode.TreeDataProvider<never> {
  getTreeItem(element: never): vscode.TreeItem {
    return element;
  }

  getChildren(): never[] {
    return [];
  }
}

export function registerArgumentView(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.window.createTreeView('opis.argument', { treeDataProvider: new ArgumentTreeProvider() }));
}
