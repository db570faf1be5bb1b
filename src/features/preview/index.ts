// The reading view in VS Code's Markdown preview: footnotes, note cards and marks from a markdown-it plugin the
// preview loads through `extendMarkdownIt`; the popover script and styles are contributed in package.json.
import type * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { CorpusData } from '../shared/corpusData';
import { opisMarkdownIt } from './markdownItPlugin';
import { PreviewDataSource } from './previewData';

export interface MarkdownItExtension {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export function registerPreview(context: vscode.ExtensionContext, corpus: CorpusData): MarkdownItExtension {
  const data = new PreviewDataSource(corpus);
  context.subscriptions.push(data);
  return { extendMarkdownIt: md => opisMarkdownIt(md, env => data.dataFor(env)) };
}
