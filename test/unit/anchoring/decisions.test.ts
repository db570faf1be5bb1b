// Which rewritten passages anchor and which become orphans, and where, against a key of decisions taken by the
// same anchoring with its approximate search scanning the whole text (no stretch ruled out by trigrams): the
// filters that spare that scan must never change a decision. The passages are rewritten as revision rewrites them,
// many near the similarity threshold: words reordered a little or wholly, letters retouched, both, and moved.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { anchorQuote } from '../../../src/core/anchoring';
import { CASES, decisionOf, rewrittenCase, type Decision } from './rewrittenPassages';

const KEY = JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/anchoring/decisions.json'), 'utf8')) as { decisions: Decision[] };

describe('anchoring decisions on rewritten passages', () => {
  it('has a key with anchored and orphaned passages', () => {
    assert.equal(KEY.decisions.length, CASES);
    const anchored = KEY.decisions.filter(d => d[0] === 'anchored').length;
    assert.ok(anchored > 30 && CASES - anchored > 30, `${anchored} of ${CASES} anchored`);
  });

  it('takes the decision of a full scan for every passage', () => {
    for (let n = 0; n < CASES; n++) {
      const { text, target, how } = rewrittenCase(n);
      assert.deepEqual(decisionOf(anchorQuote(text, target)), KEY.decisions[n], JSON.stringify({ n, how, exact: target.exact }));
    }
  });
});
