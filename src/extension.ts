// Wires Opis's features into VS Code. Each feature registers itself; those that read the corpus data files share
// one CorpusData. Nothing else happens here.
import type * as vscode from 'vscode';
import { registerOpenArticle } from './features/article/openArticleCommand';
import { registerArgumentView } from './features/argument';
import { registerAnnotations } from './features/annotations';
import { registerCorpusLint } from './features/corpus-lint';
import { registerOfficials } from './features/officials';
import { registerFootnotes } from './features/footnotes';
import { registerTranslit } from './features/translit';
import { CorpusData } from './features/shared/corpusData';
import { useEnglishWordListFile } from './node/englishWordList';

export function activate(context: vscode.ExtensionContext): void {
  useEnglishWordListFile();
  registerOpenArticle(context);
  registerArgumentView(context);
  registerAnnotations(context);
  const corpus = new CorpusData(context.extensionUri);
  context.subscriptions.push(corpus);
  registerCorpusLint(context, corpus.log);
  registerOfficials(context, corpus);
  registerFootnotes(context, corpus);
  registerTranslit(context, corpus);
}

export function deactivate(): void {
  // Every registration is a disposable in context.subscriptions; VS Code disposes them.
}
