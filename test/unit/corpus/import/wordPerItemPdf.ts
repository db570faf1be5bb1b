// Typesets a short article with pdf-lib as some typesetters write PDFs: every word drawn on its own, so a
// reader gets one text item a word. Lines are given as printed; `^n` after a word is a raised note marker.
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface WordPage {
  head?: string;
  title?: string[];
  /** Body lines; a line starting with two spaces opens a paragraph (an indent); `## ` a heading. */
  body: string[];
  notes: string[];
  number: string;
}

const LEFT = 72;
const BODY = 11;
const NOTE = 8;

export async function wordPerItemPdf(pages: WordPage[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const roman = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  for (const content of pages) {
    const page = doc.addPage([612, 792]);
    // Words one by one, a marker raised and smaller after its word, the space measured in the line's font.
    const words = (line: string, x: number, y: number, size: number, font = roman) => {
      for (const word of line.trim().split(' ')) {
        const [text, marker] = word.split('^');
        page.drawText(text, { x, y, size, font });
        x += font.widthOfTextAtSize(text, size);
        if (marker) {
          page.drawText(marker, { x, y: y + size * 0.35, size: size * 0.6, font });
          x += font.widthOfTextAtSize(marker, size * 0.6);
        }
        x += font.widthOfTextAtSize(' ', size);
      }
    };
    if (content.head) words(content.head, 260, 740, 9);
    let y = 700;
    for (const line of content.title ?? []) {
      words(line, 150, y, 16, bold);
      y -= 24;
    }
    for (const line of content.body) {
      if (line.startsWith('## ')) {
        y -= 8;
        words(line.slice(3), LEFT, y, 12, bold);
        y -= 8;
      } else words(line, line.startsWith('  ') ? LEFT + 18 : LEFT, y, BODY);
      y -= BODY * 1.3;
    }
    y = 72 + NOTE * 1.25 * content.notes.length + 12;
    page.drawLine({ start: { x: LEFT, y: y + 8 }, end: { x: LEFT + 144, y: y + 8 }, thickness: 0.5 });
    for (const note of content.notes) {
      words(note, LEFT, y, NOTE);
      y -= NOTE * 1.25;
    }
    words(content.number, 300, 40, 9);
  }
  return Buffer.from(await doc.save());
}
