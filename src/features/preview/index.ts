// The reading view in VS Code's Markdown preview: footnotes, note cards, marks and annotated passages from a
// markdown-it plugin the preview loads through `extendMarkdownIt`; the popover and highlighting scripts and the
// styles are contributed in package.json. The Opis Reader shows the same rendering where passages can be annotated.
import type * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { CorpusData } from '../shared/corpusData';
import { opisMarkdownIt } from './markdownItPlugin';
import { PreviewDataSource, type PreviewAnnotationSource } from './previewData';
import { registerReader } from './reader';
import type { ArticleViews } from '../shared/articleViews';

export type { PreviewAnnotationSource } from './previewData';

export interface MarkdownItExtension {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/**
 * `annotations`: where the host keeps them (the desktop host); without, the preview and the Reader show none.
 * Returns what the Markdown preview asks of `activate`, and the Readers as views of their articles.
 */
export function registerPreview(context: vscode.ExtensionContext, corpus: CorpusData, annotations?: PreviewAnnotationSource): { markdownIt: MarkdownItExtension; readers: ArticleViews } {
  const data = new PreviewDataSource(corpus, annotations);
  context.subscriptions.push(data);
  const readers = registerReader(context, data, annotations !== undefined);
  return { markdownIt: { extendMarkdownIt: md => opisMarkdownIt(md, env => data.dataFor(env)) }, readers };
}
