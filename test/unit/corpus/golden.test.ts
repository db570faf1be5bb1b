import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { importRawArticle } from '../../../src/core/corpus/importer';

const root = path.resolve(__dirname, '..', '..', '..');
const raw = readFileSync(path.join(root, 'corpus/raw/harris-dual-subordination.txt'), 'utf8');
const committed = readFileSync(path.join(root, 'corpus/harris-dual-subordination.md'), 'utf8');

describe('corpus: the committed article', () => {
  it('is exactly what the importer makes of the raw extraction', () => {
    assert.equal(importRawArticle(raw), committed);
  });

  it('parses with remark-gfm into 93 references, in order, each with one definition', () => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(committed);
    const refs: string[] = [];
    const defs: string[] = [];
    visit(tree, node => {
      if (node.type === 'footnoteReference') refs.push(node.identifier);
      if (node.type === 'footnoteDefinition') defs.push(node.identifier);
    });
    const expected = Array.from({ length: 93 }, (_, i) => String(i + 1));
    assert.deepEqual(refs, expected);
    assert.deepEqual(defs, expected);
  });

  it('keeps no residue of the extraction', () => {
    assert.ok(!committed.includes('\uFFFD'));
    assert.doesNotMatch(committed, /(?:(\p{L})\1{3}){3,}/u);
    assert.doesNotMatch(committed, /^\s*\d+\s*$/m);
  });
});
