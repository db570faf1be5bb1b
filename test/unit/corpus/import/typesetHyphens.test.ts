import * as assert from 'node:assert/strict';
import { joinLines } from '../../../../src/core/corpus/joinLines';
import type { PdfPage, PdfTextItem } from '../../../../src/core/corpus/pdf/textItems';
import { softenTypesetHyphens } from '../../../../src/core/corpus/pdf/typesetHyphens';

// Lines of Clay's article as pdf.js gives them from the journal's PDF (set in Typst): a hyphen the line break added is
// an item of its own, one the text has is part of its word's item. Widths as for a 10pt face, 0.5 em a character.
const SIZE = 10;
function line(y: number, ...texts: string[]): PdfTextItem[] {
  let x = 72;
  return texts.map(text => {
    const item = { text, x, y, width: text.length * SIZE * 0.5, size: SIZE, italic: false, bold: false };
    x += item.width;
    return item;
  });
}
const texts = (pages: PdfPage[]) => pages.flatMap(p => p.items.map(i => i.text));

describe('hyphens a typesetter adds at line ends, set apart from their words', () => {
  const typeset = line(700, 'Molokanskii religiozno-ekonomicheskii zhur', '-');
  const own = line(688, 'Dukhobors (spirit-wrestlers, named by learned Orthodox heresiologists after the unrelated fourth-');

  it('are soft hyphens where the document also ends lines in hyphens of its words, and join away', () => {
    const [page] = softenTypesetHyphens([{ items: [...typeset, ...own, ...line(676, 'century heresy, the')] }]);
    assert.deepEqual(texts([page]), ['Molokanskii religiozno-ekonomicheskii zhur', '\u00ad', own[0].text, 'century heresy, the']);
    assert.equal(joinLines('religiozno-ekonomicheskii zhur\u00ad', 'nal,” Tserkovnyia'), 'religiozno-ekonomicheskii zhurnal,” Tserkovnyia');
  });

  it('are left as printed where every line-end hyphen stands apart, or stands apart by a space', () => {
    assert.deepEqual(texts(softenTypesetHyphens([{ items: typeset }])), ['Molokanskii religiozno-ekonomicheskii zhur', '-']);
    const spaced = typeset.map(i => (i.text === '-' ? { ...i, x: i.x + SIZE } : i));
    assert.deepEqual(texts(softenTypesetHyphens([{ items: [...spaced, ...own] }])), ['Molokanskii religiozno-ekonomicheskii zhur', '-', own[0].text]);
  });
});
