// `opis import` of a Word manuscript: its HTML conversion read as an article and written as corpus Markdown.
import { renderArticle } from './article/renderArticle';
import { readDocxHtml } from './docx/readDocxHtml';
import { ImportError } from './importer';
import type { ImportResult } from './importText';

export function importDocx(html: string): ImportResult {
  const article = readDocxHtml(html);
  if (!article.blocks.some(b => b.kind === 'paragraph')) throw new ImportError('no body text found in the document');
  return { markdown: renderArticle(article), layout: 'docx', warnings: article.warnings, notes: article.notes.size };
}
