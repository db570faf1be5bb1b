// Wires Opis's features into VS Code's desktop (Node) extension host: the reading features shared with the
// browser host (with the bibliography writer, citation-js, which needs Node), annotations, whose store locks its
// files through Node, Import Article…, which runs the command line, and the worker thread the corpus is indexed
// in. Nothing else happens here.
// The features' modules are parts of one bundle, each initialised when first imported: they are imported a group
// per turn of the event loop, since initialising them all at once (the romanization tables, the parser, the
// schemas' validators) held the host's thread for 200-300 ms as Opis started.
import * as vscode from 'vscode';
import { turn } from './core/text/eventLoop';
import type { MarkdownItExtension } from './features/preview';
import { useEnglishWordListFileSoon } from './node/englishWordList';


/** Returns the Markdown preview's plugin (contributes.markdown.markdownItPlugins). */
export async function activate(context: vscode.ExtensionContext): Promise<MarkdownItExtension> {
  // the commands that need Node show only where this host runs (code-server's browser UI sets isWeb too)
  void vscode.commands.executeCommand('setContext', 'opis.nodeHost', true);
  useEnglishWordListFileSoon();
  // the modules slowest to initialise first, each in a turn of its own: the romanization tables, the parser, then the
  // document index built on it (the two in one turn held the host 50 ms on a busy machine), the analyses of the corpus
  // index (citations, sources, mentions); then the reading features' own, which registerFeatures would otherwise
  // initialise in the one turn that registers them (30-60 ms on a busy machine)
  const modules = [
    () => import('./core/translit'), () => import('./core/document/markdownParser'), () => import('./core/document'), () => import('./core/citations'),
    () => import('./core/corpusParts'),
    () => import('./features/index'), () => import('./features/officials'), () => import('./features/footnotes'),
    () => import('./features/translit'), () => import('./features/corpus-lint'), () => import('./features/sources'),
    () => import('./features/preview'), () => import('./features/argument'),
  ];
  for (const initialise of modules) {
    await turn();
    await initialise();
  }
  await turn();
  const { registerAnnotations } = await import('./features/annotations');
  const annotations = registerAnnotations(context);
  await turn();
  const { registerImportArticle } = await import('./features/import');
  registerImportArticle(context);
  await turn();
  const [{ lazyFormatBibliography }, { ThreadPartWorkers }] = await Promise.all([import('./node/lazyBibliography'), import('./node/threadPartWorkers')]);
  await turn();
  const { registerReadingFeatures } = await import('./registerFeatures');
  const partWorker = (log: (message: string) => void) => new ThreadPartWorkers(context.asAbsolutePath('dist/indexWorker.js'), log);
  return registerReadingFeatures(context, lazyFormatBibliography(context.asAbsolutePath('dist/bibliography.js')), annotations, partWorker);
}

export function deactivate(): void {
  // Every registration is a disposable in context.subscriptions; VS Code disposes them.
}
