// `opis import` of a plain-text file: the layout detected (or named), read, and written as corpus Markdown,
// with the guesses that may be wrong. The bundled raw layout keeps its own importer.
import type { ImportWarning } from './article/model';
import { renderArticle } from './article/renderArticle';
import { ImportError, importRawArticle } from './importer';
import { detectLayout, type TextLayout } from './plainText/layouts';
import { readPlainText } from './plainText/readPlainText';

export interface ImportResult {
  markdown: string;
  /** What was read: a text layout's name, or the kind of file. */
  layout: string;
  warnings: ImportWarning[];
  notes: number;
}

export function importText(text: string, layout: TextLayout = detectLayout(text)): ImportResult {
  if (text.trim() === '') throw new ImportError('the input is empty');
  if (layout === 'raw') {
    const markdown = importRawArticle(text);
    return { markdown, layout, warnings: [], notes: (markdown.match(/^\[\^\d+\]:/gm) ?? []).length };
  }
  if (text.includes('\u0000')) throw new ImportError('the input is binary, not a text extraction');
  const article = readPlainText(text, layout);
  if (!article.blocks.some(b => b.kind === 'paragraph')) throw new ImportError('no body text found');
  // Scholarship has notes: text without any is not an article extraction (or not in the layout named).
  if (article.notes.size === 0) throw new ImportError(`no notes found in the layout of ${layout}: this does not look like an article extraction`);
  return { markdown: renderArticle(article), layout, warnings: article.warnings, notes: article.notes.size };
}
