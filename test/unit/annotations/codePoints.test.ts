import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorAnnotation, CodePointIndex, selectorsAt } from '../../../src/core/annotations';

describe('code-point positions', () => {
  // "𝔖" (U+1D516) and "😀" are astral: two UTF-16 units, one code point each.
  const text = 'Ф. 𝔖 and 😀 precede the passage about the obkom, then 𝔖 again.';
  const start = text.indexOf('the passage');
  const end = start + 'the passage about the obkom'.length;

  it('stores TextPositionSelector offsets in code points, not UTF-16 units', () => {
    const { position, quote } = selectorsAt(text, start, end);
    assert.deepEqual(position, { start: start - 2, end: end - 2 });
    assert.deepEqual([...text].slice(position.start, position.end).join(''), quote.exact);
  });

  it('converts back to the UTF-16 offsets where the passage is', () => {
    const index = new CodePointIndex(text);
    assert.equal(index.toUtf16(start - 2), start);
    assert.equal(index.toCodePoint(text.length), [...text].length);
    const annotation = { id: 'a', source: 's', note: '', tags: [], category: 'Note', created: '', modified: '', replies: [], ...selectorsAt(text, start, end) };
    const found = anchorAnnotation(text, annotation);
    assert.deepEqual(found.status === 'anchored' && [found.start, found.end, found.method], [start, end, 'position']);
  });

  it('keeps astral characters whole in the stored context', () => {
    const at = text.indexOf('and');
    const { quote } = selectorsAt(text, at, at + 3);
    assert.ok(!/^[\uDC00-\uDFFF]/.test(quote.prefix) && !/[\uD800-\uDBFF]$/.test(quote.suffix));
  });

  it('round-trips every code-point offset of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('a', 'б', '𝔖', '😀', '\n'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 60 }), s => {
        const index = new CodePointIndex(s);
        const points = [...s];
        let utf16 = 0;
        for (let cp = 0; cp <= points.length; cp++) {
          assert.equal(index.toUtf16(cp), utf16);
          assert.equal(index.toCodePoint(utf16), cp);
          utf16 += points[cp]?.length ?? 0;
        }
      }),
    );
  });
});
