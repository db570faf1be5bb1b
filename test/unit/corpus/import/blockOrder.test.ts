import * as assert from 'node:assert/strict';
import { orderColumnBlocks } from '../../../../src/core/corpus/plainText/blockOrder';
import { toLine } from '../../../../src/core/corpus/plainText/lines';

const page = (text: string) => text.split('\n').map(line => toLine(line, 0));
const order = (text: string, endsOpen: boolean) =>
  orderColumnBlocks(page(text), [], endsOpen)
    .lines.filter(l => l.text !== '')
    .map(l => l.text.split(' ')[0]);

// Three blocks as pdftotext without -layout writes a last page in two columns: the left column's top, the right
// column's top, the left column's second paragraph. Both tops open in lower case (the sentence goes on from the page
// before in the left one, from the left column's foot in the right one), so the sentences alone read either way.
const lastPage = [
  'on charges of counter-revolutionary crimes, but the signals from Moscow',
  'were not strong enough to incite a broader wave of denunciations.',
  '',
  'agents, and carefully monitored their activities. The results of the',
  'change were mixed at best, though the centre was better informed.',
  '',
  'For nearly two decades, the regional organs of the political police were',
  'subordinated dually: to their central counterparts and to the party, and',
  'after 1939 the centre chose all of the local political police',
].join('\n');

describe('reading order of two columns that pdftotext without -layout interleaved', () => {
  it('swaps two blocks whose markers are out of sequence as read, and leaves two in sequence alone', () => {
    // The right column first (its top is higher than the left one's, which opens with the title block).
    const right = ['answer.3 Almost thirty years later, in his study of the Cheka, George', 'Leggett examined the controversies, and the centre shrank.4'];
    const left = ['Who did the Soviet political police answer to? A substantial', 'majority1 of officials worked in the regions, as is well known.2'];
    const read = (blocks: string[][]) => orderColumnBlocks(page(blocks.map(b => b.join('\n')).join('\n\n')), [1, 2, 3, 4], false);
    assert.deepEqual(read([right, left]).lines.filter(l => l.text !== '').map(l => l.text), [...left, ...right]);
    assert.equal(read([left, right]).reordered, false);
  });

  it('reads the left column first where both columns start at the top in body text', () => {
    assert.deepEqual(order(lastPage, true), ['on', 'were', 'For', 'subordinated', 'after', 'agents,', 'change']);
    // A title in larger type at the left column's top is set lower than the other column's first line: the
    // kolkhoz and rations articles' first pages (plainText.test.ts) are read right column first there.
  });
});
