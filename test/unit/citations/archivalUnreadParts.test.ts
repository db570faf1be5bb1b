// Archival references with parts the reader has no mark for, and what follows them: each case gives every field of
// every citation the note yields (raw left out). The forms come from the seventh held-out set's sources (Cameron's notes
// in Russian translation, Madzhun's notes, the Belarusian archives' chronicle, the Russian Historical Society's
// documents portal); what cannot be read is left in `unparsed`, never guessed.
import * as assert from 'node:assert/strict';
import { resolveNotes, type Citation } from '../../../src/core/citations';
import { citationsOf } from './citationFields';

const A = 'archival' as const;

const CASES: [string, string, Partial<Citation>[]][] = [
  [
    'a Western archive’s piece with slashes before its folio: the `f.` is no fond, the piece is left unread',
    'The National Archives, Kew, FO 371/24845, f. 12; TNA, CAB 65/1, f. 3.',
    [
      { kind: A, archive: 'The National Archives', unparsed: 'Kew, FO 371/24845, f. 12' },
      { kind: A, archive: 'TNA', unparsed: 'CAB 65/1, f. 3' },
    ],
  ],
  [
    'a German archive’s siglum and shelfmark before its leaves: the siglum is the archive, the shelfmark unread, Bl. the folios',
    'PA AA, R 29742, Bl. 12–14; BArch, R 58/3568, Bl. 12.',
    [
      { kind: A, archive: 'PA AA', folios: '12-14', unparsed: 'R 29742' },
      { kind: A, archive: 'BArch', folios: '12', unparsed: 'R 58/3568' },
    ],
  ],
  [
    'the sentence going on after a fond’s number is no name of the fond',
    'Fond 17 of the party archive holds the Central Committee’s papers; see RGASPI, f. 17, op. 3, d. 1003, l. 12.',
    [
      { kind: A, fond: '17', unparsed: 'of the party archive holds the Central Committee’s papers' },
      { kind: A, archive: 'RGASPI', fond: '17', opis: '3', delo: '1003', folios: '12' },
    ],
  ],
  [
    'the publication that prints a document, after `//`, is a work of its own, not the file’s volume',
    'АПРК. Ф. 141. Оп. 1. Д. 5062. Л. 214 // Трагедия казахского аула. Т. 2. С. 65.',
    [
      { kind: A, archive: 'АПРК', fond: '141', opis: '1', delo: '5062', folios: '214' },
      { kind: 'printed', title: 'Трагедия казахского аула.', volume: '2', pages: '65' },
    ],
  ],
  [
    'a document’s title before `//` is still no part of the archive',
    'Политические обоснования узбекизации // РГАСПИ. Ф. 62. Оп. 2. Д. 1744. Л. 106–114.',
    [{ kind: A, archive: 'РГАСПИ', fond: '62', opis: '2', delo: '1744', folios: '106-114' }],
  ],
  [
    'an opis’ numbered with a slash, the year between fond and opis’ left unread',
    'ЦГВИА РФ. Ф. 400, 1916 г. Оп. 263/216. Д. 42. Л. 118.',
    [{ kind: A, archive: 'ЦГВИА РФ', fond: '400', opis: '263/216', delo: '42', folios: '118', unparsed: '1916 г.' }],
  ],
  [
    'a siglum before an item whose mark is unknown: the archive and the folios, the item unread',
    'Юсуров Х. История советских дунган // РФ ИЯЛИ НАН КР. Инв. 28, 1947. Л. 33.',
    [{ kind: A, archive: 'РФ ИЯЛИ НАН КР', folios: '33', unparsed: 'Инв. 28, 1947' }],
  ],
  [
    'garbled marks before a known one: only what is certain',
    'Пастанова бюро «аб спаборніцтве» ГАООМог. С.42. Оп. 42. С.9. С. 64, 65.',
    [{ kind: A, archive: 'ГАООМог', opis: '42', unparsed: 'С.42; С.9. С. 64, 65' }],
  ],
  [
    'a full archive name, the year of its records, and a bundle',
    'Из приказа Министра совхозов СССР. 1956 г. // Архив Министерства совхозов КазССР, 1956 г., оп. 1, св. 1, д. 6, л. 204—211.',
    [{ kind: A, archive: 'Архив Министерства совхозов КазССР', opis: '1', delo: '6', folios: '204-211', unparsed: '1956 г.; св. 1' }],
  ],
  [
    'a lower-case fond after the full stop of a full name ending with a party’s siglum (and a Latin o in `oп.`)',
    'Из информации обкома. 1943 г. // Партархив Чувашского обкома КПСС. ф. 1, oп. 44, д. 99, лл. 239-240.',
    [{ kind: A, archive: 'Партархив Чувашского обкома КПСС', fond: '1', opis: '44', delo: '99', folios: '239-240' }],
  ],
  [
    'an English translation’s collection, inventory, file and sheet after a name in abbreviations (a Cyrillic С in `Сoll.`)',
    'Resolution No. 306 «On the creation of the Society» Nat. Arch. Rep. of Bel. Сoll. 7. Inv. 5. File. 1133. Sht. 153–154.',
    [{ kind: A, archive: 'Nat. Arch. Rep. of Bel.', fond: '7', opis: '5', delo: '1133', folios: '153-154' }],
  ],
  [
    'an item whose mark no table holds between two marks (a scan’s `On.` for `Оп.`, a bundle): the file whole, the item unread',
    'ЦГА РК Ф. 333. On. 1. Д. 566. Л. 22; ГАСО. Ф. Р-88. Св. 4. Д. 12. Л. 3.',
    [
      { kind: A, archive: 'ЦГА РК', fond: '333', delo: '566', folios: '22', unparsed: 'On. 1' },
      { kind: A, archive: 'ГАСО', fond: 'Р-88', delo: '12', folios: '3', unparsed: 'Св. 4' },
    ],
  ],
  [
    'a capitalised double mark after a full stop goes on with the reference',
    'ГАООМог, Ф.42. Оп.19. Д.7. ЛЛ.291-292,297-298.',
    [{ kind: A, archive: 'ГАООМог', fond: '42', opis: '19', delo: '7', folios: '291-292, 297-298' }],
  ],
];

describe('archival references with parts the reader cannot read', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(citationsOf(text), expected));
  }

  it('reads a `Там же` after `//` as the publication of the note before, and as unresolved with none before', () => {
    const text = 'РГАСПИ. Ф. 17. Оп. 167. Д. 31. Л. 124 // Там же. С. 408.';
    const alone = resolveNotes([{ label: '1', text }])[0];
    assert.deepEqual(alone.resolved.map(c => [c.kind, c.from ?? null, c.pages ?? null]), [
      [A, null, null],
      ['ibid', null, '408'],
    ]);
    const after = resolveNotes([{ label: '1', text: 'Голод в СССР, 1929–1934. Т. 1. М., 2011. С. 5.' }, { label: '2', text }])[1];
    assert.deepEqual(after.resolved.map(c => [c.from ?? null, c.volume ?? null, c.pages ?? null]), [
      [null, null, null],
      ['1', '1', '408'],
    ]);
  });

  it('reads no archive where the words before an unknown item name none', () => {
    for (const text of ['Ivanov, Vol. 5. L. 12.', 'In the USSR. Vol. 5 was printed in 1937.', 'Pipes, Russia. Ch. 3. L. 5.']) {
      assert.deepEqual(citationsOf(text).filter(c => c.kind === A && c.archive !== undefined), [], text);
    }
  });
});
