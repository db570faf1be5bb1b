// Notes in the GOST way as Russian translations of Western books set them: a newspaper's number after its day and a
// month cut short, further issues of a periodical listed after it, `Там же` after `См. также:`, a document described
// before its file, a prose lead ending in `см.:`, a note on a page, the Cyrillic `Р.` for a page, a Western imprint
// after a dash, an author with initials first and a full stop, and short references by surname alone in either
// script. Each case gives every field of every citation (raw left out) and the note a back-reference names.
import * as assert from 'node:assert/strict';
import { readNotes as read, type ReadNote } from './citationFields';

const CASES: [string, string[], ReadNote[]][] = [
  [
    'a newspaper with its day, a month cut short and its number after the date; a Там же naming the next number',
    ['Известия. 12 февр. 1936. № 36. С. 3.', 'Там же. № 37. 13 февр. 1936 г.'],
    [
      { note: 1, kind: 'printed', title: 'Известия', date: '12 февр. 1936', issue: '36', pages: '3' },
      { note: 2, kind: 'printed', title: 'Известия', date: '13 февр. 1936 г.', issue: '37', inferred: ['title'], from: '1' },
    ],
  ],
  [
    'a bare Там же after such a newspaper repeats its issue',
    ['Правда. 5 сент. 1937. № 245. С. 2.', 'Там же.'],
    [
      { note: 1, kind: 'printed', title: 'Правда', date: '5 сент. 1937', issue: '245', pages: '2' },
      { note: 2, kind: 'printed', title: 'Правда', date: '5 сент. 1937', issue: '245', pages: '2', inferred: ['title', 'issue', 'date', 'pages'], from: '1' },
    ],
  ],
  [
    'further issues listed after a periodical take its name, inferred: a year and a day, a year and a number, a number alone',
    ['Труд. 1936. 4 сент. С. 2; 1937. 5 окт. С. 1. Бюллетень. 1931. № 5. С. 7; 1932. № 2. С. 4; № 6. С. 3.'],
    [
      { note: 1, kind: 'printed', title: 'Труд', date: '4 сент. 1936', pages: '2' },
      { note: 1, kind: 'printed', title: 'Труд', date: '5 окт. 1937', pages: '1', inferred: ['title'] },
      { note: 1, kind: 'printed', title: 'Бюллетень', date: '1931', issue: '5', pages: '7' },
      { note: 1, kind: 'printed', title: 'Бюллетень', date: '1932', issue: '2', pages: '4', inferred: ['title'] },
      { note: 1, kind: 'printed', title: 'Бюллетень', issue: '6', pages: '3', inferred: ['title'] },
    ],
  ],
  [
    '`См. также: Там же` with another issue of the magazine its own note cites: the magazine, never one named Там же',
    ['Огонек. 1936. № 12. С. 5. См. также: Там же. 1937. № 3. С. 9.'],
    [
      { note: 1, kind: 'printed', title: 'Огонек', date: '1936', issue: '12', pages: '5' },
      { note: 1, kind: 'printed', title: 'Огонек', date: '1937', issue: '3', pages: '9', inferred: ['title'], from: '1' },
    ],
  ],
  [
    'a stenogram described before its file: no periodical, and the там же after it takes the file cited before it',
    ['Беседа с бригадиром, 3 мая 1934 г. (ГАРФ. Ф. Р-7952. Оп. 3. Д. 12. Л. 4); Стенограмма совещания, 5 мая 1934 г. Выступление мастера (там же. Л. 9).'],
    [
      { note: 1, kind: 'archival', archive: 'ГАРФ', fond: 'Р-7952', opis: '3', delo: '12', folios: '4' },
      { note: 1, kind: 'other' },
      { note: 1, kind: 'archival', archive: 'ГАРФ', fond: 'Р-7952', opis: '3', delo: '12', folios: '9', inferred: ['archive', 'fond', 'opis', 'delo'], from: '1' },
    ],
  ],
  [
    'a sentence ending in `см.:` before a reference with the author’s initials after his name, and a note on the page after it',
    ['Об этой кампании см.: Хлевнюк О. В. Хозяин. С. 112.', 'О бане см.: Colton T.J. Moscow. P. 853, п. 193. О воде: Ibid. P. 340.'],
    [
      { note: 1, kind: 'printed', author: 'Хлевнюк О. В.', title: 'Хозяин', pages: '112' },
      { note: 2, kind: 'printed', author: 'Colton T.J.', title: 'Moscow', pages: '853, п. 193' },
      { note: 2, kind: 'printed', author: 'Colton T.J.', title: 'Moscow', pages: '340', inferred: ['author', 'title'], from: '2' },
    ],
  ],
  [
    'an English note on a page (`p. 131, n. 64`) stays with the pages',
    ['J. Arch Getty, The Politics of Repression Revisited, p. 131, n. 64.'],
    [{ note: 1, kind: 'printed', author: 'J. Arch Getty', title: 'The Politics of Repression Revisited', pages: '131, n. 64' }],
  ],
  [
    'a book with its author’s initials first, a Western place in capitals after a GOST dash, and short references by surname in each script',
    [
      'R. W. Davies. The Socialist Offensive. — NY: Macmillan, 1980.',
      'Р. У. Дэвис. Советская экономика в период кризиса. — М.: Наука, 1990. С. 7.',
      'Davies. Р. 45 ; Дэвис. С. 12.',
    ],
    [
      { note: 1, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'NY: Macmillan, 1980' },
      { note: 2, kind: 'printed', author: 'Р. У. Дэвис', title: 'Советская экономика в период кризиса', published: 'М.: Наука, 1990', pages: '7' },
      { note: 3, kind: 'printed', author: 'R. W. Davies', title: 'The Socialist Offensive', published: 'NY: Macmillan, 1980', pages: '45', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', author: 'Р. У. Дэвис', title: 'Советская экономика в период кризиса', published: 'М.: Наука, 1990', pages: '12', inferred: ['author', 'title', 'published'], from: '2' },
    ],
  ],
  [
    'a title cut short by an ellipsis after the author’s name finds the work, without the page cited before',
    ['Е. А. Осокина. За фасадом «сталинского изобилия». М., 1998. С. 7.', 'Е. Осокина. За фасадом…'],
    [
      { note: 1, kind: 'printed', author: 'Е. А. Осокина', title: 'За фасадом «сталинского изобилия»', published: 'М., 1998', pages: '7' },
      { note: 2, kind: 'printed', author: 'Е. А. Осокина', title: 'За фасадом «сталинского изобилия»', published: 'М., 1998', inferred: ['author', 'title', 'published'], from: '1' },
    ],
  ],
  [
    'an author alone with the chapters the note points to finds his work, the chapters kept unread',
    ['Robert Conquest, The Great Terror: A Reassessment (Oxford, 1990), 12.', 'Conquest, ch. 4.', 'Conquest. См. гл. 3.'],
    [
      { note: 1, kind: 'printed', author: 'Robert Conquest', title: 'The Great Terror: A Reassessment', published: 'Oxford, 1990', pages: '12' },
      { note: 2, kind: 'printed', unparsed: 'ch. 4', author: 'Robert Conquest', title: 'The Great Terror: A Reassessment', published: 'Oxford, 1990', inferred: ['author', 'title', 'published'], from: '1' },
      { note: 3, kind: 'printed', unparsed: 'См. гл. 3', author: 'Robert Conquest', title: 'The Great Terror: A Reassessment', published: 'Oxford, 1990', inferred: ['author', 'title', 'published'], from: '1' },
    ],
  ],
  [
    'a reference after a semicolon that opens with an author’s initials and name stays a reference of its own',
    ['Fitzpatrick. См. гл. 2 ; Ш. Фицпатрик. Сталинские крестьяне. — М.: РОССПЭН, 2001. С. 12.'],
    [
      { note: 1, kind: 'printed', unparsed: 'См. гл. 2', author: 'Fitzpatrick' },
      { note: 1, kind: 'printed', author: 'Ш. Фицпатрик', title: 'Сталинские крестьяне', published: 'М.: РОССПЭН, 2001', pages: '12' },
    ],
  ],
];

describe('GOST notes of translated books', () => {
  for (const [name, notes, expected] of CASES) {
    it(name, () => assert.deepEqual(read(notes), expected));
  }
});
