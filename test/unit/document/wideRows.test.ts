// A table row past MAX_CELLS pipes is read with its further pipes as text, so one absurd row cannot hold the
// parser for seconds or take gigabytes; ordinary tables are untouched.
import * as assert from 'node:assert/strict';
import { buildDocumentIndex } from '../../../src/core/document';
import { parseMarkdown } from '../../../src/core/document/markdownParser';
import { MAX_CELLS, narrowRows } from '../../../src/core/document/wideRows';

describe('rows of thousands of cells', () => {
  it('leaves a text with no such row as it is', () => {
    const text = `| a | b |\n| - | - |\n${'| x | y |\n'.repeat(500)}`;
    assert.equal(narrowRows(text), text);
    assert.equal(parseMarkdown(text).children[0].type, 'table');
  });

  it('reads the pipes past MAX_CELLS in a line as broken bars, one character for one', () => {
    const line = `|${' x |'.repeat(MAX_CELLS + 10)}`;
    const narrowed = narrowRows(`Text.\n\n${line}\nafter | a\n`);
    assert.equal(narrowed.length, `Text.\n\n${line}\nafter | a\n`.length);
    const row = narrowed.split('\n')[2];
    assert.equal(row.split('|').length - 1, MAX_CELLS);
    assert.equal(row.split('¦').length - 1, 11);
    assert.ok(narrowed.endsWith('\nafter | a\n'), 'other lines keep their pipes');
  });

  it('indexes a table of three rows of 10,000 cells as text, with the notes of its first cells', () => {
    const cells = (cell: string) => `|${` ${cell} |`.repeat(10_000)}`;
    const text = `A claim.[^1]\n\n| Fond[^1] ${cells('a')}\n| - ${cells('-')}\n| GARF ${cells('x')}\n\n[^1]: GARF, f. 1, op. 2, d. 3.\n`;
    assert.deepEqual(parseMarkdown(text).children.map(node => node.type), ['paragraph', 'paragraph', 'footnoteDefinition']);
    const index = buildDocumentIndex(text);
    assert.deepEqual(index.references.map(r => text.slice(r.start, r.end)), ['[^1]', '[^1]']);
    assert.equal(index.definitions[0].text, 'GARF, f. 1, op. 2, d. 3.');
  });
});
