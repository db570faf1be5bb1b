// Wires Opis's features into VS Code. Each feature registers itself; those that read the corpus data files share
// one CorpusData, and those that know the whole corpus one CorpusWorkspace. Nothing else happens here.
import type * as vscode from 'vscode';
import { registerOpenArticle } from './features/article/openArticleCommand';
import { registerArgumentView } from './features/argument';
import { registerAnnotations } from './features/annotations';
import { registerCorpusLint } from './features/corpus-lint';
import { registerOfficials } from './features/officials';
import { registerFootnotes } from './features/footnotes';
import { registerTranslit } from './features/translit';
import { CorpusData } from './features/shared/corpusData';
import { CorpusWorkspace } from './features/shared/corpusWorkspace';
import { useEnglishWordListFile } from './node/englishWordList';

export function activate(context: vscode.ExtensionContext): void {
  useEnglishWordListFile();
  registerOpenArticle(context);
  registerArgumentView(context);
  registerAnnotations(context);
  const corpus = new CorpusData(context.extensionUri);
  const workspace = new CorpusWorkspace(corpus.bundled);
  context.subscriptions.push(corpus, workspace);
  registerCorpusLint(context, corpus.log);
  registerOfficials(context, corpus, workspace);
  registerFootnotes(context, corpus, workspace);
  registerTranslit(context, corpus, workspace);
}

export function deactivate(): void {
  // Every registration is a disposable in context.subscriptions; VS Code disposes them.
}
