import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { renderArticle } from '../../../../src/core/corpus/article/renderArticle';
import { readDocxHtml } from '../../../../src/core/corpus/docx/readDocxHtml';
import { lintMarkdown } from '../../../../src/core/corpus/lint';
import { useEnglishWordListFile } from '../../../../src/node/englishWordList';
import { runCli } from '../../cliHarness';
import { scoreImport } from './importScore';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const fixtures = path.join(root, 'test/fixtures/import');

describe('import of Word manuscripts', () => {
  let dir: string;
  before(() => useEnglishWordListFile());
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'opis-docx-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('kolkhoz.docx: front matter, headings, quotation, italics and every note as the source has them', async () => {
    const run = await runCli(['import', path.join(fixtures, 'kolkhoz.docx'), '-o', 'out.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /kolkhoz\.docx: read as Word document \(\.docx\) \(detected\); 12 notes\n$/);
    const markdown = readFileSync(path.join(dir, 'out.md'), 'utf8');
    const source = readFileSync(path.join(fixtures, 'sources/kolkhoz-letters.md'), 'utf8');
    assert.deepEqual(scoreImport(source, markdown, []), { notes: 12, placed: 1, complete: 1, headings: 1, paragraphs: 1, furniture: [] });
    assert.ok(markdown.startsWith('---\ntitle: Letters from the kolkhoz and the district press, 1930-1934\nauthor: Maria Ivanova Petrenko\njournal: Provincial History Review\nyear: "1996"\npages: 211-224\n---\n\n# Letters from the kolkhoz and the district press, 1930-1934\n\nIn the first years'), markdown.slice(0, 300));
    assert.match(markdown, /The editors of \*Kolkhoznaia pravda\*, the district paper/);
    assert.match(markdown, /\n\n> The chairman takes the grain .* will not drink with him\.\[\^5\]\n\n/);
    assert.deepEqual(lintMarkdown(markdown).filter(d => d.severity === 'error'), []);
  });

  it('robinson-opening.docx: a manuscript typed without styles, its centred title block and indented quotation read', async () => {
    // The opening of an author's manuscript as Word wrote it (see test/fixtures/import/README.md): title and author
    // bold and centred in the Normal style, a quotation indented on the left, two footnotes.
    const run = await runCli(['import', path.join(fixtures, 'robinson-opening.docx'), '-o', 'out.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const markdown = readFileSync(path.join(dir, 'out.md'), 'utf8');
    assert.ok(markdown.startsWith('---\ntitle: Freedom and Rights in the Thought of Ivan Ilyin\nauthor: Paul Robinson\n---\n\n# Freedom and Rights in the Thought of Ivan Ilyin\n\n“A man who lives in freedom'), markdown.slice(0, 200));
    assert.match(markdown, /\n\n> Because one can only \*love\* freely\. .* regardless of the objectives they try to serve\.\[\^2\]\n\nIn this and other works, Ilyin made/);
    assert.match(markdown, /\n\[\^2\]: Il’in, “Svoboda,” 577–79 \(emphasis in the original\)\.\n$/);
  });

  it('numbers notes as the document shows them, joins a note of two paragraphs, and reports a note without a reference', () => {
    const html =
      '<h1>The fond and its opis&#39;</h1><p>A claim &amp; its source.<sup><a href="#footnote-7" id="footnote-ref-7">[1]</a></sup> A second.<sup><a href="#endnote-2" id="endnote-ref-2">[2]</a></sup></p>' +
      '<ol><li id="footnote-7"><p> GARF, f. 1. <a href="#footnote-ref-7">↑</a></p><p><em>Ibid.</em>, l. 2. </p></li><li id="endnote-2"><p>RGASPI. <a href="#endnote-ref-2">↑</a></p></li>' +
      '<li id="footnote-9"><p>A note nothing refers to.</p></li></ol>';
    const article = readDocxHtml(html);
    assert.equal(
      renderArticle(article),
      "## The fond and its opis'\n\nA claim & its source.[^1] A second.[^2]\n\n[^1]: GARF, f. 1. *Ibid.*, l. 2.\n\n[^2]: RGASPI.\n\n[^3]: A note nothing refers to.\n",
    );
    assert.deepEqual(article.warnings, [{ message: 'the marker of note 3 was not found in the text: the note is kept without a reference' }]);
  });

  it('refuses a .docx that is not a Word document, in one sentence, and writes nothing', async () => {
    writeFileSync(path.join(dir, 'letter.docx'), 'Dear editors, this was saved as plain text.\n');
    const run = await runCli(['import', 'letter.docx', '-o', 'out.md'], { cwd: dir });
    assert.notEqual(run.code, 0);
    assert.equal(run.stderr, 'opis import: letter.docx: the file is not a Word document (.docx) that can be opened; nothing written\n');
    assert.equal(existsSync(path.join(dir, 'out.md')), false);
  });
});
