// Back-references written the Russian way and their lead-ins: `Op. cit.` with a capital after a name with initials,
// `Указ. раб.` and `Указ. ст.` for the work or article cited, `Он же` / `Она же` for the author of the reference before,
// `Цит. по:` and `См.:` before a short title, and a short reference by surname and a full stop (`Davies. Socialist
// Offensive`); an English subtitle between such a name with its title and the imprint, a name and a year, a Cyrillic
// name before a Latin title, `Idem.` with its full stop, a city with its state (`Armonk, NY, 1990`) and a Russian given
// name first (`Oleg Khlevniuk. In Stalin’s Shadow`). Each case gives every field of every citation (raw left out) and
// the note a back-reference names; a surname and title that no earlier note cites stay a reference of their own.
import * as assert from 'node:assert/strict';
import type { Citation } from '../../../src/core/citations';
import { readNotes as read, type ReadNote } from './citationFields';

const VIOLA = { kind: 'printed', author: 'Viola L.', title: 'Peasant Rebels under Stalin', published: 'New York, 1996' } as const;
const DAVIES = { kind: 'printed', author: 'Дэвис Р. У.', title: 'Советская экономика в период кризиса', published: 'М., 2001' } as const;
const TAKEN = ['author', 'title', 'published'] as (keyof Citation)[];

const CASES: [string, string[], ReadNote[]][] = [
  [
    '`Op. cit.` with a capital after a surname and initials',
    ['Viola L. Peasant Rebels under Stalin. New York, 1996. P. 12.', 'Viola L. Op. cit. P. 40.'],
    [
      { note: 1, ...VIOLA, pages: '12' },
      { note: 2, ...VIOLA, pages: '40', inferred: TAKEN, from: '1' },
    ],
  ],
  [
    '`Указ. раб.` and `Указ. ст.` as `Указ. соч.`',
    ['Дэвис Р. У. Советская экономика в период кризиса. М., 2001. С. 5.', 'Дэвис Р. У. Указ. раб. С. 17.', 'Дэвис Р. У. Указ. ст. С. 18.'],
    [
      { note: 1, ...DAVIES, pages: '5' },
      { note: 2, ...DAVIES, pages: '17', inferred: TAKEN, from: '1' },
      { note: 3, ...DAVIES, pages: '18', inferred: TAKEN, from: '1' },
    ],
  ],
  [
    '`Указ.` before a word that is not `раб.` or `ст.` is no back-reference',
    ['Указ. статьи 5 не применялся.'],
    [{ note: 1, kind: 'other' }],
  ],
  [
    '`Он же` and `Она же` take the author of the reference before, as inferred',
    ['Дэвис Р. У. Советская экономика в период кризиса. М., 2001. С. 5; Он же. Индустриализация. М., 2003. С. 9.'],
    [
      { note: 1, ...DAVIES, pages: '5' },
      { note: 1, kind: 'printed', author: 'Дэвис Р. У.', title: 'Индустриализация', published: 'М., 2003', pages: '9', inferred: ['author'] },
    ],
  ],
  [
    '`Цит. по:` and `См.:` before a short title are lead-ins, not part of the author',
    ['Дэвис Р. У. Советская экономика в период кризиса. М., 2001. С. 5.', 'Цит. по: Дэвис Р. У. Советская экономика. С. 31.', 'См.: Дэвис Р. У. Советская экономика. С. 32.'],
    [
      { note: 1, ...DAVIES, pages: '5' },
      { note: 2, ...DAVIES, pages: '31', inferred: TAKEN, from: '1' },
      { note: 3, ...DAVIES, pages: '32', inferred: TAKEN, from: '1' },
    ],
  ],
  [
    'a surname and a full stop before a short title, in either script',
    ['Viola L. Peasant Rebels under Stalin. New York, 1996. P. 12.', 'Viola. Peasant Rebels. P. 14.'],
    [
      { note: 1, ...VIOLA, pages: '12' },
      { note: 2, ...VIOLA, pages: '14', inferred: TAKEN, from: '1' },
    ],
  ],
  [
    'a surname and a short title that no earlier note cites: read apart, resolved to nothing',
    ['Conquest. Great Terror. P. 14.'],
    [{ note: 1, kind: 'printed', author: 'Conquest', title: 'Great Terror', pages: '14' }],
  ],
  [
    'an English subtitle that reads as prose between the name with its title and the imprint goes on the title',
    ['См.: Viola L. Peasant Rebels under Stalin. Collectivization and the Culture of Peasant Resistance. New York, 1996. P. 171.', 'Viola. Peasant Rebels. P. 14.'],
    [
      { note: 1, ...VIOLA, title: 'Peasant Rebels under Stalin. Collectivization and the Culture of Peasant Resistance', pages: '171' },
      { note: 2, ...VIOLA, title: 'Peasant Rebels under Stalin. Collectivization and the Culture of Peasant Resistance', pages: '14', inferred: TAKEN, from: '1' },
    ],
  ],
  [
    'a name and a year, a yearbook’s or an author’s, are left unread, not read as a work titled by its year',
    ['Большевик, 1935. С. 56.', 'Ежегодник, 1929. С. 7.'],
    [
      { note: 1, kind: 'other' },
      { note: 2, kind: 'other' },
    ],
  ],
  [
    'a Cyrillic name the Russian way before a Latin title with a comma in it; a Western name before its comma stays whole',
    ['Сталин И. Stalin, Works and Days. London, 2001.', 'James C. Brown, Domination and Defiance (New Haven, 1990).'],
    [
      { note: 1, kind: 'printed', author: 'Сталин И.', title: 'Stalin, Works and Days', published: 'London, 2001' },
      { note: 2, kind: 'printed', author: 'James C. Brown', title: 'Domination and Defiance', published: 'New Haven, 1990' },
    ],
  ],
  [
    '`Idem.` with a full stop before the next work of the author; an imprint naming the state after its city',
    ['Conquest R. The Great Terror. — Armonk, NY, 1990. — P. 45.', 'Idem. The Harvest of Sorrow. New York, 1986. P. 5.'],
    [
      { note: 1, kind: 'printed', author: 'Conquest R.', title: 'The Great Terror', published: 'Armonk, NY, 1990', pages: '45' },
      { note: 2, kind: 'printed', author: 'Conquest R.', title: 'The Harvest of Sorrow', published: 'New York, 1986', pages: '5', inferred: ['author'] },
    ],
  ],
  [
    'a Russian given name before the surname and a full stop, in either script; a title of two words before a full stop stays a title',
    ['Oleg Khlevniuk. In Stalin’s Shadow. — Armonk, NY, 1995. — P. 45.', 'Khlevniuk. In Stalin’s Shadow. P. 60.', 'Олег Хлевнюк. Хозяин. М., 2010. С. 4.', 'Great Terror. A Reassessment. Oxford, 1990. P. 3.'],
    [
      { note: 1, kind: 'printed', author: 'Oleg Khlevniuk', title: 'In Stalin’s Shadow', published: 'Armonk, NY, 1995', pages: '45' },
      { note: 2, kind: 'printed', author: 'Oleg Khlevniuk', title: 'In Stalin’s Shadow', published: 'Armonk, NY, 1995', pages: '60', inferred: TAKEN, from: '1' },
      { note: 3, kind: 'printed', author: 'Олег Хлевнюк', title: 'Хозяин', published: 'М., 2010', pages: '4' },
      { note: 4, kind: 'printed', title: 'Great Terror. A Reassessment', published: 'Oxford, 1990', pages: '3' },
    ],
  ],
];

describe('back-references named the Russian way', () => {
  for (const [name, texts, want] of CASES) {
    it(name, () => assert.deepEqual(read(texts), want));
  }
});
