import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importPdf } from '../../../../src/core/corpus/importPdf';
import { importText, type ImportResult } from '../../../../src/core/corpus/importText';
import { detectLayout } from '../../../../src/core/corpus/plainText/layouts';
import { useEnglishWordListFile } from '../../../../src/node/englishWordList';
import { readPdfPages } from '../../../../src/node/readPdf';
import { scoreImport } from './importScore';

// Articles typeset by LaTeX (pandoc's LaTeX writer, the template test/fixtures/import/journal.latex, pdflatex):
// Latin Modern with its ligatures, TeX's hyphenation, markers in a smaller raised font, footnotes under a rule,
// fancyhdr heads, the first page's number at the foot's centre. Each is read from the PDF and from pdftotext's
// extractions with and without -layout, and scored against the Markdown it was typeset from.
const root = path.resolve(__dirname, '..', '..', '..', '..');
const fixture = (name: string) => path.join(root, 'test/fixtures/import', name);
const harris = readFileSync(path.join(root, 'corpus/harris-dual-subordination.md'), 'utf8');
const kolkhoz = readFileSync(fixture('sources/kolkhoz-letters.md'), 'utf8');

// `paragraphs`: the lowest share of the source's paragraphs found, as measured (no target).
const cases = [
  // One column on A4, the page number at the head's outer corner, pp. 145-162.
  { name: 'harris-latex', source: harris, heads: ['Dual subordination in the Urals', 'James Harris'], pages: [145, 162], paragraphs: { pdf: 0, pdftotext: 0, layout: 0 } },
  // \twocolumn on US Letter, heads centred and the page number at the foot's centre, a foot under each column, pp. 87-98.
  { name: 'harris-latex-columns', source: harris, heads: ['The political police and the party', 'J. HARRIS'], pages: [87, 98], paragraphs: { pdf: 0, pdftotext: 0, layout: 0 } },
  // A5, Cyrillic in T2A through babel's russian, endnotes under a heading `Notes` with raised numbers, pp. 33-35.
  { name: 'kolkhoz-latex-endnotes', source: kolkhoz, heads: ['Letters from the kolkhoz', 'M. I. Petrenko'], pages: [33, 35], paragraphs: { pdf: 0, pdftotext: 0, layout: 0 } },
];

const readers = {
  pdf: async (name: string) => importPdf(await readPdfPages(readFileSync(fixture(`${name}.pdf`)))),
  pdftotext: (name: string) => importText(readFileSync(fixture(`${name}.pdftotext.txt`), 'utf8')),
  layout: (name: string) => importText(readFileSync(fixture(`${name}.layout.txt`), 'utf8')),
};

describe('import of articles typeset by LaTeX', () => {
  before(() => useEnglishWordListFile());

  for (const c of cases) {
    it(`${c.name}: the extractions are told apart`, () => {
      assert.equal(detectLayout(readFileSync(fixture(`${c.name}.pdftotext.txt`), 'utf8')), 'pdftotext');
      assert.equal(detectLayout(readFileSync(fixture(`${c.name}.layout.txt`), 'utf8')), 'pdftotext-layout');
    });
    for (const [reader, read] of Object.entries(readers) as [keyof typeof readers, (name: string) => ImportResult | Promise<ImportResult>][]) {
      it(`${c.name} (${reader}): notes placed and complete, headings kept, every page marked, no running head or page number left`, async () => {
        const { markdown } = await read(c.name);
        const score = scoreImport(c.source, markdown, c.heads);
        assert.ok(score.placed >= 0.98, `placed ${score.placed}`);
        assert.ok(score.complete >= 0.98, `complete ${score.complete}`);
        assert.ok(score.headings >= 0.95, `headings ${score.headings}`);
        assert.ok(score.paragraphs >= c.paragraphs[reader], `paragraphs ${score.paragraphs}`);
        assert.deepEqual(score.furniture, []);
        const headings = (text: string) => text.match(/^## /gm)?.length ?? 0;
        assert.equal(headings(markdown), headings(c.source));
        assert.doesNotMatch(markdown.replace(/<!-- p\. \d+(?: \(inferred\))? -->/g, ''), /^\s*\d+\s*$/m);
        const [first, last] = c.pages;
        assert.deepEqual(
          [...markdown.matchAll(/<!-- p\. (\d+)( \(inferred\))? -->/g)].map(m => m[1] + (m[2] ?? '')),
          Array.from({ length: last - first + 1 }, (_, i) => String(first + i)),
        );
      });
    }
  }
});
