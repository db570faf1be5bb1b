import * as assert from 'node:assert/strict';
import { reportLowerCaseOpenings } from '../../../../src/core/corpus/article/lowerCaseOpenings';
import type { ArticleBlock, ImportWarning } from '../../../../src/core/corpus/article/model';
import { inPageOrder } from '../../../../src/core/corpus/article/warningOrder';

const text = (t: string) => ({ kind: 'text' as const, text: t, italic: false });

describe('import warnings', () => {
  it('are listed in page order, those about the whole article first, each page\'s in the order made', () => {
    const warnings: ImportWarning[] = [
      { page: '212', message: 'a' },
      { page: '211', message: 'b' },
      { message: 'c' },
      { page: '212', message: 'd' },
    ];
    assert.deepEqual(inPageOrder(warnings, ['211', '212']).map(w => w.message), ['c', 'b', 'a', 'd']);
  });

  it('report a paragraph that opens in lower case, with its page', () => {
    const blocks: ArticleBlock[] = [
      { kind: 'page', page: '57' },
      { kind: 'paragraph', inlines: [text('The canteen outlived the card.')] },
      { kind: 'paragraph', inlines: [text('It kept its lists,'), { kind: 'page', page: '58' }, text('its upper room.')] },
      { kind: 'paragraph', inlines: [text('good reason. In the factories of Leningrad it was applied')] },
      { kind: 'paragraph', inlines: [{ kind: 'page', page: '59' }, text('«голодная зима» and about the fate of families')] },
    ];
    const warnings: ImportWarning[] = [];
    reportLowerCaseOpenings(blocks, warnings);
    assert.deepEqual(warnings.map(w => w.page), ['58']);
    assert.match(warnings[0].message, /^a paragraph opens in lower case \(«good reason\. In the factories of Leningr…»\): text may be out of place/);
  });
});
