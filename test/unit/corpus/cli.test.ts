import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../cliHarness';
import { LAYOUT_NAMES, TEXT_LAYOUTS, type TextLayout } from '../../../src/core/corpus/plainText/layouts';
import { useEnglishWordListFile } from '../../../src/node/englishWordList';

const root = path.resolve(__dirname, '..', '..', '..');
const rawPath = path.join(root, 'corpus/raw/harris-dual-subordination.txt');
const corpusPath = path.join(root, 'corpus/harris-dual-subordination.md');

describe('opis import and opis lint', () => {
  let dir: string;
  // The CLI's entry names the word list the importer joins lines with; the harness runs main without it.
  before(() => useEnglishWordListFile());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opis-corpus-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the raw article to stdout exactly as the committed corpus', async () => {
    const run = await runCli(['import', rawPath], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, readFileSync(corpusPath, 'utf8'));
  });

  it('writes the Markdown to the file named by -o', async () => {
    const run = await runCli(['import', rawPath, '-o', 'out.md'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.equal(readFileSync(path.join(dir, 'out.md'), 'utf8'), readFileSync(corpusPath, 'utf8'));
  });

  it('refuses empty, binary and unrelated input with a clear message and writes nothing', async () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(path.join(dir, 'prose.txt'), 'A README.\nIt has lines\nbut no empty line after each\nprinted line.\n');
    const cases: [string, RegExp][] = [
      ['empty.txt', /empty\.txt: the input is empty; nothing written/],
      ['binary.txt', /binary\.txt: is a binary file, not text/],
      ['prose.txt', /prose\.txt: no notes found in the layout of pdftotext: this does not look like an article extraction; nothing written/],
      ['missing.txt', /missing\.txt: no such file/],
    ];
    for (const [file, message] of cases) {
      const run = await runCli(['import', file, '-o', 'out.md'], { cwd: dir });
      assert.equal(run.code, 1, file);
      assert.match(run.stderr, message);
      assert.equal(existsSync(path.join(dir, 'out.md')), false, file);
    }
  });

  it('answers wrong arguments with the usage and exit code 2', async () => {
    const run = await runCli(['import'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Usage: opis import <file\.pdf\|file\.docx\|file\.txt> \[--layout raw\|pdftotext\|pdftotext-layout\|pandoc\] \[-o out\.md\]/);
    const wrong = await runCli(['import', rawPath, '--layout', 'word'], { cwd: dir });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /unknown layout 'word': use one of raw, pdftotext, pdftotext-layout, pandoc/);
  });

  it('says which layout it read, detected or named, and lists the guesses to check', async () => {
    const detected = await runCli(['import', path.join(root, 'test/fixtures/import/harris.layout.txt'), '-o', 'out.md'], { cwd: dir });
    assert.equal(detected.code, 0);
    assert.match(detected.stderr, /harris\.layout\.txt: read as pdftotext -layout .* \(detected\); 93 notes\n$/);
    writeFileSync(path.join(dir, 'lost.txt'), `${'A line of the body that is long enough to set the measure of the page, and more.\n'.repeat(3)}It ends here.\n\n1 A note whose marker is lost.\n\n 12\n`);
    const named = await runCli(['import', 'lost.txt', '--layout', 'pdftotext', '-o', 'lost.md'], { cwd: dir });
    assert.equal(named.code, 0);
    assert.equal(named.stderr, 'lost.txt: read as pdftotext (pages split by form feeds, lines as printed) (as named); 1 notes\n1 guess to check (opis lint on the result shows where):\n  p. 12: the marker of note 1 was not found in the text: the note is kept without a reference\n');
    const lint = await runCli(['lint', 'lost.md'], { cwd: dir });
    assert.match(lint.stdout, /lost\.md:\d+:1 warning unused-definition footnote definition \[\^1\] is never referenced/);
  });

  it('detects each text layout and says so; --layout names it, and a layout named is the one read', async () => {
    const fixture = (name: string) => path.join(root, 'test/fixtures/import', name);
    const files: Record<TextLayout, string> = {
      raw: rawPath,
      pdftotext: fixture('kolkhoz-endnotes.pdftotext.txt'),
      'pdftotext-layout': fixture('kolkhoz-columns.layout.txt'),
      pandoc: fixture('kolkhoz.pandoc.txt'),
    };
    const said = (file: string, layout: TextLayout, how: string) => `${file}: read as ${LAYOUT_NAMES[layout]} (${how}); `;
    for (const layout of TEXT_LAYOUTS) {
      const file = files[layout];
      const detected = await runCli(['import', file, '-o', 'detected.md'], { cwd: dir });
      assert.equal(detected.code, 0, detected.stderr);
      assert.ok(detected.stderr.startsWith(said(file, layout, 'detected')), detected.stderr);
      const named = await runCli(['import', file, '--layout', layout, '-o', 'named.md'], { cwd: dir });
      assert.equal(named.code, 0, named.stderr);
      assert.ok(named.stderr.startsWith(said(file, layout, 'as named')), named.stderr);
      assert.equal(readFileSync(path.join(dir, 'named.md'), 'utf8'), readFileSync(path.join(dir, 'detected.md'), 'utf8'), layout);
    }
    // Another layout named is read as named: a -layout extraction in one column read line by line as plain pdftotext
    // (the two-column one, so read, finds 3 of its 12 notes and is refused).
    const oneColumn = fixture('kolkhoz-endnotes.layout.txt');
    const asLaid = await runCli(['import', oneColumn, '-o', 'laid.md'], { cwd: dir });
    const other = await runCli(['import', oneColumn, '--layout', 'pdftotext', '-o', 'other.md'], { cwd: dir });
    assert.equal(other.code, 0, other.stderr);
    assert.ok(other.stderr.startsWith(said(oneColumn, 'pdftotext', 'as named')), other.stderr);
    assert.equal(asLaid.code, 0, asLaid.stderr);
    assert.notEqual(readFileSync(path.join(dir, 'other.md'), 'utf8'), readFileSync(path.join(dir, 'laid.md'), 'utf8'));
    const twoColumns = await runCli(['import', files['pdftotext-layout'], '--layout', 'pdftotext', '-o', 'refused.md'], { cwd: dir });
    assert.match(twoColumns.stderr, /only 3 of the 12 notes the text refers to were found in the layout of pdftotext: .*; nothing written/);
    // A layout that does not fit is refused, nothing written.
    const wrong = await runCli(['import', files.pdftotext, '--layout', 'pandoc', '-o', 'wrong.md'], { cwd: dir });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /no notes found in the layout of pandoc: this does not look like an article extraction; nothing written/);
    assert.equal(existsSync(path.join(dir, 'wrong.md')), false);
  });

  it('lints the committed corpus with no error, listing the note whose text is missing', async () => {
    const run = await runCli(['lint', 'corpus/harris-dual-subordination.md'], { cwd: root });
    assert.equal(run.code, 0);
    const line = readFileSync(corpusPath, 'utf8').split('\n').findIndex(l => l.startsWith('[^93]:')) + 1;
    assert.equal(run.stdout, `corpus/harris-dual-subordination.md:${line}:1 warning missing-note-text the text of note [^93] is missing from the source\n`);
  });

  it('gives 1-based JSON findings and exit 1 when there is an error', async () => {
    writeFileSync(path.join(dir, 'broken.md'), 'Intro.\n\nA claim.[^1] More.[^2]\n\n[^1]: One.\n');
    const run = await runCli(['lint', 'broken.md', '--json'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.deepEqual(JSON.parse(run.stdout), [
      { file: 'broken.md', line: 3, column: 19, severity: 'error', code: 'undefined-reference', message: 'footnote reference [^2] has no definition' },
    ]);
  });

  it('says so when a file is missing or not Markdown', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'plain text');
    const run = await runCli(['lint', 'absent.md', 'notes.txt'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      'absent.md:1:1 error unreadable-file no such file\nnotes.txt:1:1 error not-markdown not a Markdown file (expected .md or .markdown)\n',
    );
  });
});
