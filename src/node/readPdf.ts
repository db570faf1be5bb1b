// Reads a PDF's text with pdf.js (its legacy build runs on Node 20): each page's text items with their place,
// size, and whether the font is italic or bold, which only the font's name tells (pdf.js knows it once the
// page's fonts are loaded, so the operator list is built for pages that bring a font not seen yet).
import { ImportError } from '../core/corpus/importer';
import type { PdfPage, PdfTextItem } from '../core/corpus/pdf/textItems';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use (it is large), with its worker run in this thread. While it loads it warns on
 * standard output when the optional canvas package it renders with is absent; only text is read here, and
 * standard output carries the Markdown, so those warnings are dropped.
 */
function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const log = console.log;
    console.log = () => undefined;
    try {
      const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return lib;
    } finally {
      console.log = log;
    }
  })();
  return loading;
}

const ITALIC = /italic|oblique|[-,]It(?:$|[A-Z])|^CMTI|^CMSL/i;
const BOLD = /bold|black|heavy|semibold|demi|^CMBX/i;

export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const lib = await pdfjs();
  let doc: PdfDocument;
  try {
    // pdf.js takes the buffer over: it gets a copy.
    doc = await lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, fontExtraProperties: true, isEvalSupported: false }).promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new ImportError('the PDF is encrypted and cannot be read without its password');
    if (name === 'InvalidPDFException') throw new ImportError('the file is damaged or not a PDF');
    throw err;
  }
  try {
    const pages: PdfPage[] = [];
    const fonts = new Map<string, { italic: boolean; bold: boolean }>();
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const ids = Object.keys(content.styles);
      if (ids.some(id => !fonts.has(id))) {
        await page.getOperatorList();
        for (const id of ids) if (!fonts.has(id)) fonts.set(id, fontStyle(page.commonObjs, id));
      }
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        const style = fonts.get(item.fontName) ?? { italic: false, bold: false };
        items.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b), ...style });
      }
      // pdf.js keeps no glyph that starts beyond the page's edge (a long web address TeX set past it).
      pages.push({ items, right: page.view[2] });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function fontStyle(objects: { get(id: string): unknown }, id: string): { italic: boolean; bold: boolean } {
  let name = '';
  try {
    name = String((objects.get(id) as { name?: string }).name ?? '').replace(/^[A-Z]{6}\+/, '');
  } catch {
    // A font pdf.js could not load (a Type 3 font, say) has no name to read: its text counts as roman.
  }
  return { italic: ITALIC.test(name), bold: BOLD.test(name) };
}
