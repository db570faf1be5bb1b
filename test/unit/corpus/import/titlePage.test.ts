import * as assert from 'node:assert/strict';
import { importPdf } from '../../../../src/core/corpus/importPdf';
import type { PdfPage, PdfTextItem } from '../../../../src/core/corpus/pdf/textItems';
import { useEnglishWordListFile } from '../../../../src/node/englishWordList';

// Clay's article as pdf.js reads its journal's PDF (set in Typst; items, sizes and places as read, widths at half an
// em a character): a title page in the text's size, with a byline and keywords, before the first page, which sets the
// masthead, a subtitle and the author again above the text.
const item = (text: string, x: number, y: number, size: number): PdfTextItem => ({ text, x, y, width: text.length * size * 0.5, size, italic: false, bold: false });
const lines = (texts: string[], y: number, size = 12, step = 15) => texts.map((text, i) => item(text, 57, y - i * step, size));
const text = [
  'Over the past twenty years, scholars including Samuel Moyn, John Witte, Jr., and Michael',
  'Gillespie have argued for the significance of religion in the development of human rights',
  'discourse, taking issue with the dominant historiography that ignores or discounts religion.',
];
const pages: PdfPage[] = [
  {
    items: [
      item('The Democratic Christian Vision of Aleksandr Stepanovich Prokhanov', 100, 742, 12),
      item('by', 251, 714, 8),
      item('J. Eugene Clay', 264, 714, 12),
      item('Keywords: nothingness, testing, kitty cats, ontology, meow', 81, 120, 12),
    ],
  },
  {
    items: [
      item('NORTHWESTERN UNIVERSITY STUDIES IN RUSSIAN', 57, 819, 8),
      item('Volume 2 (2025): 19–34', 456, 819, 8),
      item('PHILOSOPHY, LITERATURE, AND RELIGIOUS THOUGHT', 57, 808, 8),
      item('10.71521/0000', 486, 808, 8),
      item('An Outline for Future Research', 152, 686, 20),
      item('J. Eugene Clay', 249, 652, 14),
      item('Introduction', 256, 606, 14),
      ...lines(text, 586),
      item('1', 511, 556, 7),
      ...lines(['In Russia, too, religious minorities have played an outsized role in the struggle to secure', 'human rights, especially freedom of conscience.'], 541),
      item('2', 290, 526, 7),
      ...lines(['1. Michael Allen Gillespie, The Theological Origins of Modernity (University of Chicago Press, 2008).', '2. Prokhanov, In the Cauldron of Russia, 102.'], 100, 9, 11),
      item('19', 57, 50, 10),
    ],
  },
];

describe('a title page before the first page of a PDF', () => {
  before(() => useEnglishWordListFile());

  it('gives the title block, and the block set again under the masthead is no text', () => {
    const { markdown } = importPdf(pages);
    assert.match(
      markdown,
      /^---\ntitle: "The Democratic Christian Vision of Aleksandr Stepanovich Prokhanov: An Outline for Future Research"\nauthor: J\. Eugene Clay\njournal: NORTHWESTERN UNIVERSITY STUDIES IN RUSSIAN PHILOSOPHY, LITERATURE, AND RELIGIOUS THOUGHT\nyear: "2025"\npages: 19-34\nkeywords: nothingness, testing, kitty cats, ontology, meow\n---\n/,
    );
    assert.deepEqual(markdown.match(/^## .*$/gm), ['## Introduction']);
    assert.doesNotMatch(markdown, /NORTHWESTERN UNIVERSITY STUDIES IN RUSSIAN Volume|10\.71521|^> |Keywords/m);
  });
});
