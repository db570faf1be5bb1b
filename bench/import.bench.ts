// Import of a PDF: pdf.js reading the text of a 32-page typeset article and the layout reasoning over it, what
// `opis import article.pdf` does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineBenches } from './bench';
import { importPdf } from '../src/core/corpus/importPdf';
import { readPdfPages } from '../src/node/readPdf';

const PDF = path.resolve(__dirname, '..', 'test/fixtures/import/harris-octavo.pdf');

export const benches = defineBenches({
  name: 'import: 32-page PDF',
  setup: () => fs.readFileSync(PDF),
  run: async (bytes: Buffer) => importPdf(await readPdfPages(bytes)),
  iterations: 7,
  target: { metric: 'median', ms: 2000 },
});
