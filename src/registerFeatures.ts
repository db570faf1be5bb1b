// The features both extension hosts run (desktop and the browser of vscode.dev): they read through
// vscode.workspace.fs only. Those that need Node are added by src/extension.ts alone.
import type * as vscode from 'vscode';
import { registerOpenArticle } from './features/article/openArticleCommand';
import { registerArgumentView } from './features/argument';
import { registerCorpusLint } from './features/corpus-lint';
import { registerOfficials } from './features/officials';
import { registerFootnotes } from './features/footnotes';
import { registerTranslit } from './features/translit';
import { CorpusData } from './features/shared/corpusData';
import { CorpusWorkspace } from './features/shared/corpusWorkspace';
import { registerCorpusIndex } from './features/index';
import { registerPreview, type MarkdownItExtension, type PreviewAnnotationSource } from './features/preview';
import { registerSources } from './features/sources';
import type { FormatBibliography } from './features/sources/exportBibliography';
import type { PartWorker } from './core/indexCache';
import { turn } from './core/text/eventLoop';

/** A thread that finds the index's parts away from the host's (the desktop host has one); it logs through `log`. */
export type PartWorkerFactory = (log: (message: string) => void) => PartWorker & vscode.Disposable;

/**
 * Registers the reading features; those that read the corpus data files share one CorpusData, those that know
 * the whole corpus one CorpusWorkspace, and what they find in each file one CorpusIndex, started once every
 * feature has registered its part. Returns what the Markdown preview asks of `activate`. A host that can write
 * bibliographies (citation-js needs Node) passes `formatBibliography`, and the Sources view can export them; one
 * that keeps annotations passes them, and the preview and the Opis Reader show them. One that can run a worker
 * thread passes `partWorker`, and the corpus is indexed there. One feature registers per turn of the event loop:
 * all at once held the host's thread 30-50 ms on a busy machine.
 */
export async function registerReadingFeatures(context: vscode.ExtensionContext, formatBibliography?: FormatBibliography, annotations?: PreviewAnnotationSource, partWorker?: PartWorkerFactory): Promise<MarkdownItExtension> {
  registerOpenArticle(context);
  const corpus = new CorpusData(context.extensionUri);
  const workspace = new CorpusWorkspace(corpus.bundled);
  context.subscriptions.push(corpus, workspace);
  await turn();
  registerCorpusLint(context, corpus.log);
  const worker = partWorker?.(message => corpus.log.warn(message));
  if (worker) context.subscriptions.push(worker);
  await turn();
  const index = registerCorpusIndex(context, workspace, corpus.log, worker);
  await turn();
  registerOfficials(context, corpus, workspace, index);
  await turn();
  registerFootnotes(context, corpus, index);
  await turn();
  registerTranslit(context, corpus, index);
  await turn();
  registerSources(context, corpus, workspace, index, formatBibliography);
  void index.start();
  await turn();
  const { markdownIt, readers } = registerPreview(context, corpus, annotations);
  await turn();
  // the Argument view reveals passages in the Readers too, and follows them as they scroll
  registerArgumentView(context, readers);
  return markdownIt;
}
