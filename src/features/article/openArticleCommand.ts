// Opis: Open Article — opens the article shipped in the extension's corpus/ folder.
import * as vscode from 'vscode';

export const BUNDLED_ARTICLE = 'corpus/harris-dual-subordination.md';

export function bundledArticleUri(context: vscode.ExtensionContext): vscode.Uri {
  return vscode.Uri.joinPath(context.extensionUri, ...BUNDLED_ARTICLE.split('/'));
}

export function registerOpenArticle(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('opis.openArticle', async () => {
      const uri = bundledArticleUri(context);
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        return await vscode.window.showTextDocument(doc, { preview: false });
      } catch (err) {
        void vscode.window.showErrorMessage(`Opis could not open the bundled article (${uri.fsPath}): ${String(err)}`);
        return undefined;
      }
    }),
  );
}
