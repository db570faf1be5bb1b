import * as assert from 'assert';
import { lintMarkdown } from '../../../src/core/corpus/lint';
import { hiddenMessage, shownFindings } from '../../../src/core/findings/shownFindings';

describe('shownFindings: how many problems of one kind a file shows', () => {
  it('shows the first of each code in their order and counts the rest by code, each from its first not shown', () => {
    const findings = [
      ...Array.from({ length: 5 }, (_, i) => ({ code: 'a', at: i })),
      { code: 'b', at: 100 },
      ...Array.from({ length: 3 }, (_, i) => ({ code: 'a', at: 10 + i })),
    ];
    const { shown, hidden } = shownFindings(findings, 4);
    assert.deepStrictEqual(shown.map(f => f.at), [0, 1, 2, 3, 100]);
    assert.deepStrictEqual(hidden, [{ code: 'a', count: 4, first: { code: 'a', at: 4 } }]);
    assert.strictEqual(hiddenMessage(hidden[0], 4), '4 more “a” problems in this file, not shown: the first 4 are');
  });

  it('hides nothing in a file with fewer of each', () => {
    const { shown, hidden } = shownFindings([{ code: 'a' }, { code: 'b' }], 1);
    assert.strictEqual(shown.length, 2);
    assert.deepStrictEqual(hidden, []);
  });

  it('bounds a paragraph that cites one note 5,000 times to the first hundred, and counts the others', () => {
    const text = `${Array.from({ length: 5000 }, (_, i) => `word${i}[^1]`).join(' ')}\n\n[^1]: GARF, f. 5446, op. 1, d. 12, l. 4.\n`;
    const findings = lintMarkdown(text);
    const { shown, hidden } = shownFindings(findings);
    assert.strictEqual(shown.filter(f => f.code === 'duplicate-reference').length, 100);
    assert.deepStrictEqual(hidden.map(h => [h.code, h.count]), [['duplicate-reference', 4899]]);
    assert.strictEqual(hiddenMessage(hidden[0]), '4,899 more “duplicate-reference” problems in this file, not shown: the first 100 are');
  });
});
