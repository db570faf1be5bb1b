// A reference that names the note of the full one (`supra n. 12, at 50`, `see note 12 above`, `см. прим. 12`): it
// takes that note's work with its own page, as inferred; a note citing two works gives both as candidates, none taken;
// a note citing nothing readable is still the one named. A note of another chapter (`в примечании 3 к главе 2`) is
// not taken for one of these notes.
import * as assert from 'node:assert/strict';
import type { Citation } from '../../../src/core/citations';
import { readNotes as read } from './citationFields';
import { notePointer } from '../../../src/core/citations/notePointers';

const BOOK = { kind: 'printed', author: 'Lynne Viola', title: 'Peasant Rebels under Stalin', published: 'New York, 1996' } as const;
const TAKEN = ['author', 'title', 'published'] as (keyof Citation)[];

describe('references naming the note of the full one', () => {
  const pointers: [string, ReturnType<typeof notePointer>][] = [
    ['Viola, supra n. 12, at 50.', { label: '12', pages: '50' }],
    ['Viola, Peasant Rebels, supra note 4, p. 7.', { label: '4', pages: '7' }],
    ['See note 12 above.', { label: '12' }],
    ['Viola, above, n. 3, at 9–10.', { label: '3', pages: '9–10' }],
    ['См. прим. 7. С. 15.', { label: '7', pages: '15' }],
    ['Ср. сноску 2 выше.', { label: '2' }],
    ['В примечании 3 к главе 2.', undefined],
    ['Viola, Peasant Rebels, p. 12.', undefined],
  ];
  for (const [text, want] of pointers) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(notePointer(text), want));

  it('takes the work of the note named, with its own page or none', () => {
    const notes = ['Lynne Viola, Peasant Rebels under Stalin (New York, 1996), 45.', 'An interview with the author.', 'Viola, supra n. 1, at 50.', 'See note 1 above.'];
    assert.deepEqual(read(notes), [
      { note: 1, ...BOOK, pages: '45' },
      { note: 3, ...BOOK, pages: '50', inferred: TAKEN, from: '1' },
      { note: 4, ...BOOK, inferred: TAKEN, from: '1' },
    ]);
  });

  it('lists both works of a note citing two, and names a note citing nothing readable', () => {
    const notes = ['Хлевнюк О. В. Хозяин. М., 2010. С. 45; Дэвис Р. У. Советская экономика. М., 2001. С. 3.', 'Разговор с автором.', 'См. прим. 1.', 'См. прим. 2.'];
    assert.deepEqual(read(notes).slice(3), [
      {
        note: 3,
        kind: 'op-cit',
        inferred: [],
        candidates: [
          { from: '1', author: 'Хлевнюк О. В.', title: 'Хозяин', published: 'М., 2010' },
          { from: '1', author: 'Дэвис Р. У.', title: 'Советская экономика', published: 'М., 2001' },
        ],
      },
      { note: 4, kind: 'other', from: '2', inferred: [] },
    ]);
  });

  it('leaves a note named before it is cited alone', () => {
    assert.deepEqual(read(['See note 5 above.']), [{ note: 1, kind: 'other' }]);
  });
});
