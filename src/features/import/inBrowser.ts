// Import Article… in the browser's extension host (vscode.dev, github.dev): the importer runs the command line in
// Node, which that host lacks. The command is offered wherever the folder is on a disk, before Opis has started and
// so before it can know its host; here it says so in one sentence instead of failing with "command not found".
import * as vscode from 'vscode';

export function registerImportArticleInBrowser(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('opis.importArticle', () => {
      void vscode.window.showErrorMessage(
        'Opis: Import Article… runs the importer in Node, which VS Code in the browser does not have: open this folder in VS Code on the desktop (or with a server) to import an article.',
      );
    }),
  );
}
