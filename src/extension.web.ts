// Wires Opis into the browser's (web worker) extension host of vscode.dev and github.dev: the reading features,
// with the English word list read from the extension through vscode.workspace.fs. Annotations and Import need
// Node and are left out (Import Article… only says so).
import type * as vscode from 'vscode';
import { useEnglishWordListResource } from './features/shared/englishWordListResource';
import { registerImportArticleInBrowser } from './features/import/inBrowser';
import type { MarkdownItExtension } from './features/preview';
import { registerReadingFeatures } from './registerFeatures';

export async function activate(context: vscode.ExtensionContext): Promise<MarkdownItExtension> {
  registerImportArticleInBrowser(context);
  await useEnglishWordListResource(context.extensionUri);
  return registerReadingFeatures(context);
}

export function deactivate(): void {
  // Every registration is a disposable in context.subscriptions; VS Code disposes them.
}
