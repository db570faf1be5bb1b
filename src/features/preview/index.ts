// The reading view in VS Code's Markdown preview: footnotes, note cards, marks and annotated passages from a
// markdown-it plugin the preview loads through `extendMarkdownIt`; the popover and highlighting scripts and the
// styles are contributed in package.json. The Opis Reader shows the same rendering where passages can be annotated.
import type * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { CorpusData } from '../shared/corpusData';
import { opisMarkdownIt } from './markdownItPlugin';
import { PreviewDataSource, type PreviewAnnotationSource } from './previewData';
import { registerReader } from './reader';

export type { PreviewAnnotationSource } from './previewData';

export interface MarkdownItExtension {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/** `annotations`: where the host keeps them (the desktop host); without, the preview and the Reader show none. */
export function registerPreview(context: vscode.ExtensionContext, corpus: CorpusData, annotations?: PreviewAnnotationSource): MarkdownItExtension {
  const data = new PreviewDataSource(corpus, annotations);
  context.subscriptions.push(data);
  registerReader(context, data, annotations !== undefined);
  return { extendMarkdownIt: md => opisMarkdownIt(md, env => data.dataFor(env)) };
}
