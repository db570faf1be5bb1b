// Quotes and lists nested thousands deep: the parser's time grew with the square of the depth (a list nested a
// thousand deep took 43 s) and 50,000 `>` overflowed its stack. Past a depth no article reaches, markers and
// indentation are read as text, every position kept.
import * as assert from 'node:assert/strict';
import { buildDocumentIndex } from '../../../src/core/document';
import { MAX_INDENT, MAX_NESTING, shallowContainers } from '../../../src/core/document/deepContainers';

describe('quotes and lists nested past any article', () => {
  it('leaves a text without deep nesting as it is', () => {
    const text = '> A quotation\n> > nested once\n\n- a list\n  - nested\n\n    indented code\n';
    assert.equal(shallowContainers(text), text);
  });

  it('reads a line past the limit of markers as text from there, keeping every position', () => {
    const text = `${'>'.repeat(MAX_NESTING + 50)} text\nNext line.\n`;
    const shallow = shallowContainers(text);
    assert.equal(shallow.length, text.length);
    assert.equal(shallow, `${'>'.repeat(MAX_NESTING)}\u00a0${'>'.repeat(49)} text\nNext line.\n`);
    assert.equal(shallowContainers('- '.repeat(MAX_NESTING + 3) + 'x').slice(2 * MAX_NESTING - 1), '\u00a0- - - x');
  });

  it('opens a line indented past the limit with a no-break space', () => {
    const deep = `${' '.repeat(MAX_INDENT + 1)}- x`;
    assert.equal(shallowContainers(`- a\n${deep}\n`), `- a\n\u00a0${deep.slice(1)}\n`);
    assert.equal(shallowContainers(`- a\n${deep.slice(1)}\n`), `- a\n${deep.slice(1)}\n`);
  });

  it('indexes 50,000 quote markers on one line, and a list nested a thousand deep, with the text after them', () => {
    const quoted = buildDocumentIndex(`${'>'.repeat(50_000)} A claim.[^1]\n\n[^1]: GARF, f. 1.\n`);
    assert.deepEqual(quoted.references.map(r => r.label), ['1']);
    assert.equal(quoted.definition('1')?.text, 'GARF, f. 1.');
    const nested = buildDocumentIndex(`${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n')}\n\nAfter.\n`);
    assert.equal(nested.paragraphs.at(-1)?.text, 'After.');
  });
});
