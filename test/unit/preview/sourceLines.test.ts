import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { landmarks, lineAtOffset, offsetOfLine, type LineBlock } from '../../../src/core/preview';

// a heading at line 0, paragraphs at lines 2 and 4 (the second one tall), a list at 8 whose item repeats its line
const PAGE: LineBlock[] = [
  { line: 0, top: 10, height: 40 },
  { line: 2, top: 70, height: 60 },
  { line: 4, top: 150, height: 300 },
  { line: 8, top: 470, height: 100 },
  { line: 8, top: 472, height: 20 },
  { line: 9, top: 500, height: 20 },
];

describe('source lines in a rendered page', () => {
  const marks = landmarks(PAGE);

  it('keeps one landmark per line, in page order', () => {
    assert.deepEqual(marks.map(m => m.line), [0, 2, 4, 8, 9]);
  });

  it('drops blocks out of order, such as notes moved to the end of the page', () => {
    const moved = landmarks([...PAGE, { line: 3, top: 600, height: 20 }, { line: Number.NaN, top: 700, height: 1 }, { line: 12, top: 650, height: 20 }]);
    assert.deepEqual(moved.map(m => m.line), [0, 2, 4, 8, 9, 12]);
  });

  it('places a block’s line at its top and a line between blocks in proportion', () => {
    assert.equal(offsetOfLine(marks, 4), 150);
    assert.equal(offsetOfLine(marks, 3), 110);
    assert.equal(offsetOfLine(marks, 6), 310);
    // past the last block: within its height, never beyond it
    assert.equal(offsetOfLine(marks, 9.5), 510);
    assert.equal(offsetOfLine(marks, 40), 520);
    assert.equal(offsetOfLine(marks, -3), 0);
  });

  it('reads the line at an offset the same way', () => {
    assert.equal(lineAtOffset(marks, 150), 4);
    assert.equal(lineAtOffset(marks, 110), 3);
    assert.equal(lineAtOffset(marks, 0), 0, 'above the first block');
    assert.equal(lineAtOffset(marks, 5000), 10, 'below the last block: its end');
  });

  it('answers 0 for a page without marked blocks', () => {
    assert.equal(offsetOfLine([], 12), 0);
    assert.equal(lineAtOffset([], 300), 0);
  });

  it('gives back the line it scrolled to, for any page', () => {
    const page = fc
      .array(fc.record({ step: fc.integer({ min: 1, max: 50 }), gap: fc.integer({ min: 0, max: 400 }), height: fc.integer({ min: 0, max: 400 }) }), { minLength: 1, maxLength: 40 })
      .map(parts => {
        let line = 0;
        let top = 0;
        return parts.map(({ step, gap, height }) => {
          line += step;
          top += gap;
          const block = { line, top, height };
          top += height;
          return block;
        });
      });
    fc.assert(
      fc.property(page, fc.double({ min: 0, max: 1, noNaN: true }), (blocks, at) => {
        const kept = landmarks(blocks);
        const first = kept[0].line;
        const last = kept[kept.length - 1];
        const line = first + at * (last.line - first);
        // a block of no height between two at the same top holds no place of its own: skip those pages
        fc.pre(kept.every((b, i) => i === 0 || b.top > kept[i - 1].top));
        assert.ok(Math.abs(lineAtOffset(kept, offsetOfLine(kept, line)) - line) < 1e-6);
      }),
    );
  });
});
