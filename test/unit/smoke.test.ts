import * as assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

describe('toolchain', () => {
  it('parses GFM footnotes with the ESM-only remark stack', () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse('A claim.[^1]\n\n[^1]: The note.\n');
    const types = tree.children.map(n => n.type);
    assert.deepEqual(types, ['paragraph', 'footnoteDefinition']);
  });
});
