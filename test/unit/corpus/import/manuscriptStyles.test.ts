import * as assert from 'node:assert/strict';
import { manuscriptStyles, type ManuscriptParagraph } from '../../../../src/core/corpus/docx/manuscriptStyles';

// The opening paragraphs of an author's manuscript typed without styles, as its XML sets them: Paul Robinson,
// “Freedom and Rights in the Thought of Ivan Ilyin” (12 December 2025 final), in github.com/nulib-ds/rplrt-typst
// (see test/fixtures/import/README.md).
const robinson: ManuscriptParagraph[] = [
  { text: 'Freedom and Rights in the Thought of Ivan Ilyin', alignment: 'center' },
  { text: 'Paul Robinson', alignment: 'center' },
  { text: '' },
  { text: '“A man who lives in freedom doesn’t spend much time thinking about it, he lives in it, he enjoys it; …' },
  { text: 'Because one can only love freely. Because love … arises either freely, or not at all. …', indentStart: 709 },
  { text: 'In this and other works, Ilyin made what may be some of the most impassioned defences of freedom …' },
  { text: 'Ilyin’s passionate endorsement of freedom may come as a surprise to those used to seeing him …', indentFirstLine: 708 },
  { text: '“[C]oerced life and coerced labour are obsolete, and cannot be brought back. …', indentStart: 720 },
];

describe('a manuscript typed without paragraph styles', () => {
  it('reads the centred title and author at its head as the title block, and paragraphs set in on the left as quotations', () => {
    assert.deepEqual(manuscriptStyles(robinson), ['Title', 'Author', undefined, undefined, 'Block Text', undefined, undefined, 'Block Text']);
  });

  it('keeps the styles a document has, and reads no list, first-line indent or long centred line as such', () => {
    const styled = [{ ...robinson[0], styleName: 'Title' }, { ...robinson[1] }, robinson[3], { ...robinson[4], styleName: 'Normal' }];
    assert.deepEqual(manuscriptStyles(styled), ['Title', undefined, undefined, 'Normal']);
    const other: ManuscriptParagraph[] = [
      robinson[0],
      { text: 'Secular Liberals, Soviet Christians, and Socialist Humanism in the Brezhnev Era', alignment: 'center' },
      robinson[3],
      { ...robinson[4], inList: true },
      { ...robinson[4], indentHanging: 360 },
      { ...robinson[4], indentFirstLine: 708 },
    ];
    assert.deepEqual(manuscriptStyles(other), [undefined, undefined, undefined, undefined, undefined, undefined]);
    // A centred line alone opening the text (an epigraph's source, a heading) is no title block.
    assert.deepEqual(manuscriptStyles([robinson[1], ...robinson.slice(3, 5)]), [undefined, undefined, 'Block Text']);
  });
});
