// A long table is parsed a piece of rows at a time, each after the table's header and delimiter rows, so its cost
// per step stays bounded; what is read must be what one parse of the whole table reads.
import * as assert from 'node:assert/strict';
import { buildDocumentIndex, buildDocumentIndexAsync, type DocumentIndex } from '../../../src/core/document';
import { planChunks } from '../../../src/core/document/chunks';
import { opensTable } from '../../../src/core/document/longTables';
import { MAX_CELLS } from '../../../src/core/document/wideRows';
import { lintMarkdown } from '../../../src/core/corpus/lint';

const WHOLE = 1e9;

/** What the index holds, as plain values. */
const read = (index: DocumentIndex) => ({
  sections: index.sections.map(s => [s.title, s.start, s.end]),
  paragraphs: index.paragraphs.map(p => [p.text, p.start, p.end]),
  references: index.references.map(r => [r.label, r.start, r.end, r.defined]),
  definitions: index.definitions.map(d => [d.label, d.text, d.start, d.end]),
  longBlocks: index.longBlocks.map(b => [b.kind, b.start, b.end]),
});

/** A register of files as a data appendix prints it: `rows` rows, notes and romanized words in the cells. */
function appendix(rows: number, row = (i: number) => `| ${i} | GARF, f. ${i}, op. 1 | *Obkom* report${i % 7 === 0 ? '[^1]' : ''} | \`a\\|b\` |`): string {
  const body = Array.from({ length: rows }, (_, i) => row(i)).join('\n');
  return `# Appendix\n\nThe files cited.[^1]\n\n| No. | Archive[^2] | Title | Code |\n| --: | :-- | --- | - |\n${body}\n\nAfter the table.[^2]\n\n[^1]: GARF, f. 1, op. 2, d. 3.\n[^2]: RGASPI, f. 17.\n`;
}

describe('long tables', () => {
  it('knows a table by a header and a delimiter row of as many cells', () => {
    assert.equal(opensTable('| a | b |', '| - | :-: |'), true);
    assert.equal(opensTable('| a | b', '|---|---'), true);
    assert.equal(opensTable('| a \\| still a | b |', '| - | - |'), true);
    assert.equal(opensTable('| `x|y` | b |', '| - | - | - |'), true, 'GFM splits at a pipe inside code');
    assert.equal(opensTable('| a | b |', '| - | - | - |'), false, 'three delimiter cells under two');
    assert.equal(opensTable('| a | b |', '| - | x |'), false);
    assert.equal(opensTable('a | b', '- | -'), false, 'no leading pipe: not cut');
    assert.equal(opensTable('| a |', '---'), false);
    const wide = (cell: string) => `|${` ${cell} |`.repeat(MAX_CELLS + 1)}`;
    assert.equal(opensTable(wide('a'), wide('-')), false, 'a row wider than MAX_CELLS is read as text');
  });

  it('cuts a table of 1,200 rows between rows and reads what one parse of it reads', () => {
    const text = appendix(1_200);
    const pieces = planChunks(text, 1024);
    const rows = pieces.filter(p => p.continues?.kind === 'table');
    assert.ok(rows.length > 40, `${rows.length} pieces of rows`);
    for (const piece of rows) {
      assert.match(text.slice(piece.start, piece.start + 3), /^\| \d/);
      assert.ok(piece.end - piece.start < 1024 + 80, `${piece.end - piece.start} characters`);
    }
    const whole = read(buildDocumentIndex(text, WHOLE));
    // the paragraphs' two, the header's and a row's in seven
    assert.equal(whole.references.length, 3 + Math.ceil(1_200 / 7));
    assert.deepEqual(read(buildDocumentIndex(text, 1024)), whole);
    assert.deepEqual(read(buildDocumentIndex(text)), whole);
    assert.deepEqual(whole.longBlocks, [], 'a table cut between rows loses nothing, and is no long block');
  });

  it('reads the same when the host parses it in groups of pieces', async () => {
    const text = appendix(1_500);
    assert.deepEqual(read((await buildDocumentIndexAsync(text))!), read(buildDocumentIndex(text, WHOLE)));
  });

  it('lint finds the same in a cut table as in the whole, and reports no long block', () => {
    const text = appendix(1_000, i => `| ${i} | f. ${i} | *open${i % 50 === 0 ? '[^9]' : '*'} | x |`);
    const whole = lintMarkdown(text, WHOLE);
    assert.ok(whole.some(d => d.code === 'undefined-reference'));
    assert.deepEqual(lintMarkdown(text, 1024), whole);
    assert.ok(!whole.some(d => d.code === 'long-block'));
  });

  it('stops cutting at a row without a leading pipe, and never cuts what is no table', () => {
    const lazy = appendix(600).replace('| 300 |', '300 |');
    const cutRows = (text: string) => planChunks(text, 1024).filter(p => p.continues?.kind === 'table');
    assert.ok(cutRows(lazy).every(p => p.start < lazy.indexOf('300 |')));
    assert.deepEqual(read(buildDocumentIndex(lazy, 1024)), read(buildDocumentIndex(lazy, WHOLE)));
    const mismatched = appendix(600).replace('| --: | :-- | --- | - |', '| --: | :-- | --- |');
    assert.deepEqual(cutRows(mismatched), []);
    assert.deepEqual(read(buildDocumentIndex(mismatched, 1024)), read(buildDocumentIndex(mismatched, WHOLE)));
  });
});
