// `opis import` of a PDF: the pages' positioned text read as an article and written as corpus Markdown.
import { renderArticle } from './article/renderArticle';
import { ImportError } from './importer';
import type { ImportResult } from './importText';
import { readPdfLayout } from './pdf/readPdfLayout';
import type { PdfPage } from './pdf/textItems';

export function importPdf(pages: PdfPage[]): ImportResult {
  if (pages.length === 0) throw new ImportError('the PDF has no pages');
  if (pages.every(p => p.items.every(i => i.text.trim() === ''))) {
    throw new ImportError('the PDF has no text layer (scanned page images only): it needs OCR before it can be imported');
  }
  const article = readPdfLayout(pages);
  if (!article.blocks.some(b => b.kind === 'paragraph')) throw new ImportError('no body text found');
  return { markdown: renderArticle(article), layout: 'pdf', warnings: article.warnings, notes: article.notes.size };
}
