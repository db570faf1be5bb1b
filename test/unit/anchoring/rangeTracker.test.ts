import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyChange, applyChanges } from '../../../src/core/anchoring';

const range = { start: 10, end: 20 };

describe('applyChange', () => {
  it('shifts the range for an insertion before it, including one exactly at its start', () => {
    assert.deepEqual(applyChange(range, { offset: 3, length: 0, text: 'abc' }), { start: 13, end: 23 });
    assert.deepEqual(applyChange(range, { offset: 10, length: 0, text: 'ab' }), { start: 12, end: 22 });
  });

  it('shifts the range back for a deletion before it', () => {
    assert.deepEqual(applyChange(range, { offset: 2, length: 8, text: '' }), { start: 2, end: 12 });
  });

  it('leaves the range alone for changes after it, including an insertion exactly at its end', () => {
    assert.deepEqual(applyChange(range, { offset: 20, length: 0, text: 'xyz' }), range);
    assert.deepEqual(applyChange(range, { offset: 25, length: 3, text: '' }), range);
  });

  it('grows or shrinks the range for an edit inside it', () => {
    assert.deepEqual(applyChange(range, { offset: 12, length: 2, text: 'abcde' }), { start: 10, end: 23 });
    assert.deepEqual(applyChange(range, { offset: 12, length: 5, text: '' }), { start: 10, end: 15 });
  });

  it('keeps what is left of a passage whose edge was overwritten', () => {
    assert.deepEqual(applyChange(range, { offset: 8, length: 4, text: 'XY' }), { start: 10, end: 18 });
    assert.deepEqual(applyChange(range, { offset: 18, length: 5, text: 'XY' }), { start: 10, end: 18 });
  });

  it('drops a passage that was deleted or replaced whole', () => {
    assert.equal(applyChange(range, { offset: 10, length: 10, text: '' }), undefined);
    assert.equal(applyChange(range, { offset: 5, length: 20, text: 'new text' }), undefined);
  });

  it('applies several changes in order', () => {
    assert.deepEqual(
      applyChanges(range, [
        { offset: 30, length: 0, text: 'tail' },
        { offset: 0, length: 0, text: '12345' },
      ]),
      { start: 15, end: 25 },
    );
  });

  it('keeps the passage text intact under random edits outside it', () => {
    const text = 'x'.repeat(40) + 'PASSAGE!' + 'y'.repeat(40);
    const edit = fc.record({ offset: fc.nat(200), length: fc.nat(10), text: fc.string({ maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 20 }), edits => {
        let current = text;
        let tracked: { start: number; end: number } | undefined = { start: 40, end: 48 };
        for (const e of edits) {
          if (!tracked) break;
          const offset = Math.min(e.offset, current.length);
          const length = Math.min(e.length, current.length - offset);
          // Only edits that leave the passage untouched: wholly before or wholly after it.
          if (!(offset + length <= tracked.start || offset >= tracked.end)) continue;
          current = current.slice(0, offset) + e.text + current.slice(offset + length);
          tracked = applyChange(tracked, { offset, length, text: e.text });
        }
        assert.ok(tracked);
        assert.equal(current.slice(tracked.start, tracked.end), 'PASSAGE!');
      }),
    );
  });
});
