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
import { registerPreview, type MarkdownItExtension } from './features/preview';

/**
 * Registers the reading features; those that read the corpus data files share one CorpusData, and those that know
 * the whole corpus one CorpusWorkspace. Returns what the Markdown preview asks of `activate`.
 */
export function registerReadingFeatures(context: vscode.ExtensionContext): MarkdownItExtension {
  registerOpenArticle(context);
  registerArgumentView(context);
  const corpus = new CorpusData(context.extensionUri);
  const workspace = new CorpusWorkspace(corpus.bundled);
  context.subscriptions.push(corpus, workspace);
  registerCorpusLint(context, corpus.log);
  registerOfficials(context, corpus, workspace);
  registerFootnotes(context, corpus, workspace);
  registerTranslit(context, corpus, workspace);
  return registerPreview(context, corpus);
}
