// Wires Opis's features into VS Code's desktop (Node) extension host: the reading features shared with the
// browser host (with the bibliography writer, citation-js, which needs Node), annotations, whose store locks its
// files through Node, Import Article…, which runs the command line, and the worker thread the corpus is indexed
// in. Nothing else happens here.
import * as vscode from 'vscode';
import { registerAnnotations } from './features/annotations';
import { registerImportArticle } from './features/import';
import { useEnglishWordListFileSoon } from './node/englishWordList';
import { lazyFormatBibliography } from './node/lazyBibliography';
import { ThreadPartWorker } from './node/threadPartWorker';
import type { MarkdownItExtension } from './features/preview';
import { registerReadingFeatures } from './registerFeatures';

/** Returns the Markdown preview's plugin (contributes.markdown.markdownItPlugins). */
export function activate(context: vscode.ExtensionContext): MarkdownItExtension {
  // the commands that need Node show only where this host runs (code-server's browser UI sets isWeb too)
  void vscode.commands.executeCommand('setContext', 'opis.nodeHost', true);
  useEnglishWordListFileSoon();
  const annotations = registerAnnotations(context);
  registerImportArticle(context);
  const partWorker = (log: (message: string) => void) => new ThreadPartWorker(context.asAbsolutePath('dist/indexWorker.js'), log);
  return registerReadingFeatures(context, lazyFormatBibliography(context.asAbsolutePath('dist/bibliography.js')), annotations, partWorker);
}

export function deactivate(): void {
  // Every registration is a disposable in context.subscriptions; VS Code disposes them.
}
