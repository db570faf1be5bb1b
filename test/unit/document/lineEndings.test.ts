// LF, CRLF and a lone CR end lines alike: the same article in each gives the same positions.
import * as assert from 'node:assert/strict';
import { buildDocumentIndex } from '../../../src/core/document';
import { planChunks } from '../../../src/core/document/chunks';
import { lintMarkdown } from '../../../src/core/corpus/lint';

const LINES = ['# Title', '', 'A claim[^1] and another[^2].', '', 'Undefined[^9].', '', '[^1]: GARF, f. 1.', '[^2]: RGASPI, f. 17.', ''];

describe('line endings', () => {
  const shape = (eol: string) => {
    const index = buildDocumentIndex(LINES.join(eol));
    return {
      references: index.references.map(r => [r.label, r.range]),
      definitions: index.definitions.map(d => [d.label, d.range, d.text]),
      sections: index.sections.map(s => s.range),
      lint: lintMarkdown(LINES.join(eol)).map(d => [d.code, d.range]),
    };
  };

  it('gives the same positions for LF, CRLF and lone CR', () => {
    const lf = shape('\n');
    assert.deepEqual(lf.definitions.map(d => (d[1] as { start: { line: number } }).start.line), [6, 7]);
    assert.deepEqual(shape('\r\n'), lf);
    assert.deepEqual(shape('\r'), lf);
  });

  it('cuts a long text with lone CR line ends at its paragraphs', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}.`).join('\r\r');
    const chunks = planChunks(text, 500);
    assert.ok(chunks.length > 5);
    for (const c of chunks) assert.match(text.slice(c.start, c.end), /^Paragraph \d+\.\r/);
  });
});
