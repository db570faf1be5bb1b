// Which lines are inside a fenced block or an HTML comment, read line by line.
import * as assert from 'node:assert/strict';
import { CodeAndComments } from '../../../src/core/document/codeAndComments';

/** For each line, whether it was read as Markdown (outside fences and comments). */
function openLines(text: string): boolean[] {
  const code = new CodeAndComments();
  return text.split('\n').map(line => {
    const open = code.open;
    code.advance(line);
    return open;
  });
}

describe('fenced blocks and HTML comments, line by line', () => {
  it('closes a fence only with a line of the same mark, at least as long, and nothing else', () => {
    assert.deepEqual(openLines('a\n````js\n```\n~~~~\n````` \nb'), [true, true, false, false, false, true]);
    assert.deepEqual(openLines('~~~\n```\n~~~\nc'), [true, false, false, true]);
  });

  it('reads a comment to its closing mark, and a comment closed on its line as no comment', () => {
    assert.deepEqual(openLines('<!-- p. 3 -->\na\n<!--\n```\n-->\nb'), [true, true, true, false, false, true]);
  });

  it('says whether a fence was ever opened', () => {
    const code = new CodeAndComments();
    for (const line of ['text', '<!--', '```', '-->']) code.advance(line);
    assert.equal(code.fenced, false, 'a fence mark inside a comment opens none');
    code.advance('```');
    assert.equal(code.fenced, true);
  });
});
