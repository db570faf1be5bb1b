// Text scans that once rescanned a long run from each of its characters. Each input is big enough that a
// quadratic scan outlasts the test's timeout by far, while a linear one takes milliseconds.
import * as assert from 'node:assert/strict';
import { topicSentence } from '../../../src/core/argument/topicSentence';
import type { Paragraph } from 'mdast';
import { buildDocumentIndex } from '../../../src/core/document';
import { noteContent } from '../../../src/core/document/noteContent';

describe('linear text scans', () => {
  it('finds the topic sentence after a 2,000,000-letter word', () => {
    const word = 'a'.repeat(2_000_000);
    assert.equal(topicSentence(`${word}. Second sentence.`), `${word}.`);
    assert.equal(topicSentence('See A. I. Rykov. Then more.'), 'See A. I. Rykov.');
  });

  it('flattens the lines of a note holding 2,000,000 spaces', () => {
    const spaces = ' '.repeat(2_000_000);
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `A${spaces}x  \n  B.` }] };
    const { text } = noteContent({ type: 'footnoteDefinition', identifier: '1', children: [paragraph] });
    assert.equal(text, `A${spaces}x B.`);
  });

  it('reads a note of 2,000,000 spaces in a document', () => {
    const index = buildDocumentIndex(`Text.[^1]\n\n[^1]: A${' '.repeat(2_000_000)}B.\n`);
    assert.equal(index.definition('1')?.text, 'A B.');
    assert.equal(index.longBlocks.length, 1);
  });

  it('reads lone CR line breaks in a note as CRLF and LF are read', () => {
    const note = (eol: string) => buildDocumentIndex(`Text.[^1]${eol}${eol}[^1]: One  ${eol}  two.${eol}`).definition('1')?.text;
    assert.equal(note('\r'), 'One two.');
    assert.equal(note('\r\n'), 'One two.');
    assert.equal(note('\n'), 'One two.');
  });
});
