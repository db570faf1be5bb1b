// Forms of a file's address that earlier held-out sets showed: letters set apart after the file's number, the file
// named by a record's label before its fond, a file's title after the full stop of its number, a fond's mark with a
// comma for its full stop, a fond and opis' cited without a file, and a file's description in parentheses after a
// compact address. Real forms from Iskakova and Gessen's lists of women shot in the Terror
// (test/fixtures/citations/held-out-notes-9.json), Iuliia Kantor's notes and an article on Georgia in English
// translation (held-out-notes-6.json), and Anne Applebaum, Gulag: A History (Doubleday, 2003), chapter 3 notes 48 and
// 50; the rest are variants of them. Each case gives every field of every citation.
import * as assert from 'node:assert/strict';
import { resolveNotes, type Citation } from '../../../src/core/citations';
import { citationsOf } from './citationFields';

const A = 'archival' as const;
const VINNYTSIA = 'Гос. архив Винницкой области';

const CASES: [string, string, Partial<Citation>[]][] = [
  [
    'letters after a space closing the reference are the file number’s, kept as written',
    'Архивное дело: Гос. архив Винницкой области, ф. Р-6023, оп. 4, д. 17761 пф',
    [{ kind: A, archive: VINNYTSIA, fond: 'Р-6023', opis: '4', delo: '17761 пф' }],
  ],
  [
    'letters after a space before the folios',
    'Гос. архив Винницкой области, ф. Р-6023, оп. 4, д. 17761 пф, л. 5.',
    [{ kind: A, archive: VINNYTSIA, fond: 'Р-6023', opis: '4', delo: '17761 пф', folios: '5' }],
  ],
  ['one letter set apart joins its number', 'RGASPI, f. 17, op. 11 a, d. 5.', [{ kind: A, archive: 'RGASPI', fond: '17', opis: '11a', delo: '5' }]],
  ['a word after the file is no letters of it', 'RGASPI, f. 17, op. 3, d. 5 etc.', [{ kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '5', deloTitle: 'etc.' }]],
  ['nor is `ff.`', 'RGASPI, f. 17, op. 3, d. 5 ff.', [{ kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '5', deloTitle: 'ff' }]],
  ['a record’s label with the file’s number before the fond', 'Архивное дело 437. Фонд Р-467. Опись 6.', [{ kind: A, fond: 'Р-467', opis: '6', delo: '437' }]],
  [
    'the investigative file’s label with a number sign, marks abbreviated',
    'Архивно-следственное дело № П-12805. Ф. Р-467. Оп. 6.',
    [{ kind: A, fond: 'Р-467', opis: '6', delo: 'П-12805' }],
  ],
  [
    'a file’s title after the full stop of its number, in a reference whose marks are lower-case, with folios after it',
    'РГАСПИ, ф. 17, оп. 3, д. 914. Протоколы Политбюро. Особая папка, л. 12–14.',
    [{ kind: A, archive: 'РГАСПИ', fond: '17', opis: '3', delo: '914', deloTitle: 'Протоколы Политбюро. Особая папка', folios: '12-14' }],
  ],
  [
    'words after the full stop of a capitalised file mark stay unread: they may be a document in the file',
    'ГАРФ. Ф. 1. Оп. 2. Д. 5. Постановление СНК. Л. 3.',
    [{ kind: A, archive: 'ГАРФ', fond: '1', opis: '2', delo: '5', folios: '3', unparsed: 'Постановление СНК' }],
  ],
  [
    'a fond’s mark set with a comma for its full stop, an opis’ mark after its number',
    'CSHA GR, F, 1823, inv. 2, case 1, sheets 153-159.',
    [{ kind: A, archive: 'CSHA GR', fond: '1823', opis: '2', delo: '1', folios: '153-159' }],
  ],
  ['the same in Cyrillic', 'ЦГИА, Ф, 1823, оп. 2, д. 1, л. 5.', [{ kind: A, archive: 'ЦГИА', fond: '1823', opis: '2', delo: '1', folios: '5' }]],
  ['a capital and a comma before a number with no opis’ after it is no fond', 'Smith, F, 1823, p. 5.', [{ kind: 'printed', author: 'Smith', title: 'F, 1823', pages: '5' }]],
  ['a compact fond and opis’ without a file', 'Protocols of the Politburo, RGASPI, 17/3.', [{ kind: A, archive: 'RGASPI', fond: '17', opis: '3' }]],
  ['a compact fond and opis’ before another work', 'GARF, 9401/2; Jakobson, p. 12.', [{ kind: A, archive: 'GARF', fond: '9401', opis: '2' }, { kind: 'printed', author: 'Jakobson', pages: '12' }]],
  ['a compact file’s description in parentheses is its title', 'GARF, 9401/2/199 (Stalin’s personal file).', [{ kind: A, archive: 'GARF', fond: '9401', opis: '2', delo: '199', deloTitle: 'Stalin’s personal file' }]],
  ['a compact file’s year in parentheses is no title', 'GARF, 9401/1/713 (1937), 12–14.', [{ kind: A, archive: 'GARF', fond: '9401', opis: '1', delo: '713', folios: '12-14' }]],
];

describe('archival files: letters apart, a file before its fond, a fond without a file, a description in parentheses', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      assert.deepEqual(citationsOf(text), expected);
    });
  }

  it('reads no fond and opis’ from two slashed numbers without an archive’s siglum before them', () => {
    const notes = resolveNotes([{ label: '1', text: 'Kritika 5/3.' }, { label: '2', text: 'TASS, 17/3.' }], { otherTerm: (word: string) => word === 'TASS' });
    assert.deepEqual(notes.map(n => n.citations.filter(c => c.kind === 'archival')), [[], []]);
  });
});
