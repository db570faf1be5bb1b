// Reads an article file as the reader it needs: a PDF (it starts with %PDF-) through pdf.js, a Word manuscript
// (.docx) through mammoth, anything else as a plain-text extraction in a detected or named layout.
import { ImportError } from '../core/corpus/importer';
import { importDocx } from '../core/corpus/importDocx';
import { importPdf } from '../core/corpus/importPdf';
import { importText, type ImportResult } from '../core/corpus/importText';
import type { TextLayout } from '../core/corpus/plainText/layouts';
import { readDocxHtml } from './readDocx';
import { readPdfPages } from './readPdf';

export type ArticleFileKind = 'pdf' | 'docx' | 'text';

/** What the file holds, by its first bytes and then its name. */
export function articleFileKind(bytes: Uint8Array, name: string): ArticleFileKind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (/\.pdf$/i.test(name)) throw new ImportError('the file is not a PDF (it has no %PDF- header)');
  if (/\.docx$/i.test(name)) return 'docx';
  return 'text';
}

/** The article as corpus Markdown; `text` decodes a text file's bytes (with the host's messages). */
export async function importArticleFile(bytes: Uint8Array, name: string, text: (bytes: Uint8Array) => string, layout?: TextLayout): Promise<ImportResult> {
  const kind = articleFileKind(bytes, name);
  if (kind !== 'text' && layout !== undefined) throw new ImportError(`--layout names the layout of a text extraction; a ${kind === 'pdf' ? 'PDF' : 'Word document'} is read as it is`);
  if (kind === 'pdf') return importPdf(await readPdfPages(bytes));
  if (kind === 'docx') return importDocx(await readDocxHtml(bytes));
  return importText(text(bytes), layout);
}
