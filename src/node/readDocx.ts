// Reads a Word manuscript (.docx) with mammoth as HTML: headings, paragraphs, italics and the notes as mammoth
// writes them. The title block's paragraph styles (Word's and pandoc's) and quotation styles are named so they
// reach the reader.
import * as mammoth from 'mammoth';
import { ImportError } from '../core/corpus/importer';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Author'] => p.author:fresh",
  "p[style-name='Date'] => p.date:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

export async function readDocxHtml(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
    return value;
  } catch {
    // A .docx is a zip archive; anything else (an old .doc, an encrypted file) fails to open as one.
    throw new ImportError('the file is not a Word document (.docx) that can be opened');
  }
}
