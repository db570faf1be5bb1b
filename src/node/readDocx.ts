// Reads a Word manuscript (.docx) with mammoth as HTML: headings, paragraphs, italics and the notes as mammoth
// writes them. The title block's paragraph styles (Word's and pandoc's) and quotation styles are named so they
// reach the reader.
import * as mammoth from 'mammoth';
import { manuscriptStyles } from '../core/corpus/docx/manuscriptStyles';
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

/** mammoth's paragraph, as far as the manuscript's direct formatting is read from it. */
interface MammothParagraph {
  type: string;
  children?: MammothParagraph[];
  value?: string;
  styleName: string | null;
  alignment: string | null;
  numbering: unknown;
  indent: { start: string | null; firstLine: string | null; hanging: string | null };
}

const textOf = (element: MammothParagraph): string => element.value ?? (element.children ?? []).map(textOf).join('');

/** A manuscript without styles: its centred title block and indented quotations take the styles the reader knows. */
function styleManuscript(document: { children: MammothParagraph[] }): { children: MammothParagraph[] } {
  const paragraphs = document.children.filter(c => c.type === 'paragraph');
  const names = manuscriptStyles(
    paragraphs.map(p => ({
      text: textOf(p),
      styleName: p.styleName,
      alignment: p.alignment,
      indentStart: Number(p.indent.start ?? 0),
      indentFirstLine: Number(p.indent.firstLine ?? 0),
      indentHanging: Number(p.indent.hanging ?? 0),
      inList: !!p.numbering,
    })),
  );
  paragraphs.forEach((p, i) => {
    if (names[i] && names[i] !== p.styleName) p.styleName = names[i] ?? null;
  });
  return document;
}

export async function readDocxHtml(bytes: Uint8Array): Promise<string> {
  try {
    const options = { styleMap: STYLE_MAP, transformDocument: styleManuscript } as unknown as Parameters<typeof mammoth.convertToHtml>[1];
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, options);
    return value;
  } catch {
    // A .docx is a zip archive; anything else (an old .doc, an encrypted file) fails to open as one.
    throw new ImportError('the file is not a Word document (.docx) that can be opened');
  }
}
