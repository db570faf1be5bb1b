// Import of a PDF: pdf.js reading the text of a 32-page typeset article and the layout reasoning over it, what
// `opis import article.pdf` does; and the import of text extractions built to be slow, each at n and 2n units
// (ratio ≤ 2.5 per doubling, where a quadratic path gives 4), refused or read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineBenches, type Bench } from './bench';
import { importPdf } from '../src/core/corpus/importPdf';
import { importText } from '../src/core/corpus/importText';
import { importTexts } from './importTexts';
import { readPdfPages } from '../src/node/readPdf';

const PDF = path.resolve(__dirname, '..', 'test/fixtures/import/harris-octavo.pdf');

/** The import of a text, refused or read: what it costs either way. */
function tryImport(text: string): unknown {
  try {
    return importText(text);
  } catch (err) {
    return err;
  }
}

/** Units of each input at the first size of its doubling series. */
const SIZES: Record<string, number> = {
  'lines of one letter': 20_000,
  'one line of words': 200_000,
  'short paragraphs': 8_000,
  'one line of numbered words': 2_500,
  'page numbers alone': 5_000,
  'form feeds': 50_000,
  'one word': 1_000_000,
  'numbered lines': 5_000,
  'a note section': 5_000,
  'running heads': 2_000,
  'soft hyphens': 10_000,
  'lines ending in hyphens': 10_000,
  'punctuation lines': 10_000,
  'carriage returns': 10_000,
  Cyrillic: 10_000,
  'NUL bytes': 50_000,
};

const doubling = (name: string, n: number): Bench<string>[] => [
  { name: `import doubling: ${name} ×1`, setup: () => importTexts[name](n), run: tryImport, iterations: 3 },
  { name: `import doubling: ${name} ×2`, setup: () => importTexts[name](2 * n), run: tryImport, iterations: 3, ratioTo: `import doubling: ${name} ×1`, maxRatio: 2.5 },
];

export const benches = defineBenches(
  ...Object.entries(SIZES).flatMap(([name, n]) => doubling(name, n)),
  {
    name: 'import: 32-page PDF',
    setup: () => fs.readFileSync(PDF),
    run: async (bytes: Buffer) => importPdf(await readPdfPages(bytes)),
    iterations: 7,
    target: { metric: 'median', ms: 2000 },
  },
);
