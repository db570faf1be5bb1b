// Archival references as lists of the repressed and books of remembrance print them after each record (`Арх.дело:
// ГУ СБУ в Крыму, д. 012535`), and the forms of the ninth held-out set's other sources: an archive portal's English
// marks, a file's page in Russian, an opis' with letters. Each case gives every field of every citation the note yields
// (raw left out). The record forms come from the lists of women shot in the Terror compiled by S. Iskakova and
// A. Gessen (github.com/eharvey328/proj_v2, docs), most of them records the held-out set does not hold; what cannot be
// read is left in `unparsed`, never guessed.
import * as assert from 'node:assert/strict';
import type { Citation } from '../../../src/core/citations';
import { citationsOf } from './citationFields';

const A = 'archival' as const;
const OTHER = { kind: 'other' as const };
const CHELYABINSK = 'Объединенный гос.архив Челябинской области';
const NAMED_BEFORE = 'archive named in an earlier sentence of the note';

const CASES: [string, string, Partial<Citation>[]][] = [
  [
    'a record’s label is no archive; what follows it up to the first mark is, whatever its shape',
    'Арх.дело: ГУ СБУ в Крыму, д. 012535. Состав семьи: замужем',
    [{ kind: A, archive: 'ГУ СБУ в Крыму', delo: '012535' }, OTHER],
  ],
  ['a record’s label before a fond spelled out', 'Архивное дело: фонд 24430, опись 3, дело 53', [{ kind: A, fond: '24430', opis: '3', delo: '53' }]],
  ['a record’s archive and its file’s number with no mark, a dash between', 'Арх.дело: КГБ РБ – 30018-с', [{ kind: A, archive: 'КГБ РБ', delo: '30018-с' }]],
  ['a record’s file number, then its archive after a slash', 'Арх.дело: П-15975 / УФСБ Ростовской обл.', [{ kind: A, archive: 'УФСБ Ростовской обл.', delo: 'П-15975' }]],
  ['a record’s archive before a file cited without a fond', 'Архивное дело: ГА РФ. Д. П-22258', [{ kind: A, archive: 'ГА РФ', delo: 'П-22258' }]],
  [
    'a file after a clause naming another archive starts afresh and inherits neither fond nor opis’',
    'Арх.дело: ГААРК, ф. р-4808, оп. 1, д. 016956, ГУ СБУ в Крыму, д. 02271. Состав семьи: замужем',
    [
      { kind: A, archive: 'ГААРК', fond: 'р-4808', opis: '1', delo: '016956' },
      { kind: A, archive: 'ГУ СБУ в Крыму', delo: '02271' },
      OTHER,
    ],
  ],
  ['the archive that keeps the file after its number (`в …`)', 'Арх. дело №10331 в УФСБ по Рязанской области.', [{ kind: A, archive: 'УФСБ по Рязанской области', delo: '10331' }]],
  ['the archive after a file named by its kind', 'Архивное дело: АСД № 4383, УФСБ РФ по Пензенской обл.', [{ kind: A, archive: 'УФСБ РФ по Пензенской обл.', delo: '4383' }]],
  ['the archive after the address, a slash before it', 'Арх.дело: Ф.Р-6023 оп.4, д.7711 / ГА Винницкой обл.', [{ kind: A, archive: 'ГА Винницкой обл.', fond: 'Р-6023', opis: '4', delo: '7711' }]],
  [
    'marks with a colon; words on an archive the reader cannot name keep the next file out of the archive before',
    'Арх.дело: 20911 - УСБУ в Одесской обл. Реабилитирована 7 июня 1989 года. Архивные данные: Фонд: Р-8065. Опись: 2. Дело: 10435.',
    [{ kind: A, archive: 'УСБУ в Одесской обл.', delo: '20911' }, OTHER, { kind: A, fond: 'Р-8065', opis: '2', delo: '10435' }],
  ],
  [
    'a record’s archival data, the fond after the words that label it',
    'Архивные данные Фонд: Р-4033. Опись: 8. Дело: 267. Листы: 252, 269, 292, 308. Информация внесена в базу данных архива: 06.11.2020',
    [{ kind: A, fond: 'Р-4033', opis: '8', delo: '267', folios: '252, 269, 292, 308' }, OTHER],
  ],
  [
    'the record’s next field after the file’s number is no title of it',
    'Архивные данные: Фонд: 263. Опись: 1. Дело: 40039 Дата добавления информации в базу данных: 05.08.2022',
    [{ kind: A, fond: '263', opis: '1', delo: '40039', unparsed: 'Дата добавления информации в базу данных: 05.08.2022' }],
  ],
  ['a space after the hyphen of a fond’s letter', 'Арх.дело: ГУ ОГАЧО. Ф. Р- 467. Оп. 4. Д. 3941', [{ kind: A, archive: 'ГУ ОГАЧО', fond: 'Р-467', opis: '4', delo: '3941' }]],
  [
    'a page of the file after its number’s full stop (`Д. 75. С. 132`)',
    'Архивное дело: ГАРФ. Ф. Р-8409. Оп. 1: Д. 75. С. 132; Д. 520. С. 164-67; Ф. 10035. Оп. 1. Д. 55756.',
    [
      { kind: A, archive: 'ГАРФ', fond: 'Р-8409', opis: '1', delo: '75', folios: '132' },
      { kind: A, archive: 'ГАРФ', fond: 'Р-8409', opis: '1', delo: '520', folios: '164-67' },
      { kind: A, archive: 'ГАРФ', fond: '10035', opis: '1', delo: '55756' },
    ],
  ],
  ['a page after a volume is a book’s, no folio', 'Там же. Т. 2. С. 65.', [{ kind: 'ibid', tom: '2', unparsed: 'С. 65' }]],
  ['two opisi for one file: neither is taken', 'Архивное дело: ГА РФ. Ф. 10035. Оп. 1, 2. Д. 35755', [{ kind: A, archive: 'ГА РФ', fond: '10035', delo: '35755', unparsed: '1, 2' }]],
  [
    'a range of files at the end of a list of files',
    `Архивное дело: ${CHELYABINSK}; Фонд Р-467, Опись 3, Дело 27, 34, 29-47`,
    [OTHER, ...['27', '34', '29-47'].map(delo => ({ kind: A, archive: CHELYABINSK, fond: 'Р-467', opis: '3', delo, inferredReading: NAMED_BEFORE }))],
  ],
  [
    'a range right after a file is no file (its folios, left unread)',
    'Cf. “Tovarishchu Stalinu, I. V.,” TsDAHO f. 1, op. 23, spr. 1060, 1–5.',
    [{ kind: A, archive: 'TsDAHO', fond: '1', opis: '23', delo: '1060', unparsed: '1–5' }],
  ],
  [
    'a labelled remark in parentheses after the file is no title of it',
    'Архивное дело: Объединенный госархив Челябинской обл.; Фонд Р-467, Опись 4, Дело 9252 (Примечание: ее мать осуждена на 5 лет ИТЛ)',
    [
      OTHER,
      {
        kind: A,
        archive: 'Объединенный госархив Челябинской обл.',
        fond: 'Р-467',
        opis: '4',
        delo: '9252',
        unparsed: '(Примечание: ее мать осуждена на 5 лет ИТЛ)',
        inferredReading: NAMED_BEFORE,
      },
    ],
  ],
  [
    'an unmarked number between the archive and the opis’ stands in the fond’s place, said to be read so',
    'Архивное дело: ГА Николаевской обл., Р-5859, оп. 2, д.2269.',
    [{ kind: A, archive: 'ГА Николаевской обл.', fond: 'Р-5859', opis: '2', delo: '2269', inferredReading: 'fond read by its place: the unmarked number between the archive and the opis’' }],
  ],
  ['an opis’ numbered with capitals and a slash, and the file after it', 'Архивное дело: Ф.51 оп.4С/П д.570', [{ kind: A, fond: '51', opis: '4С/П', delo: '570' }]],
  [
    'in a Latin reference one bare number closing it after the file is its folio, read so by its place; the archive before the document’s description',
    'RGVA, NKO Order of October 23, 1940, f. 37837, op. 4, d. 401, 381.',
    [
      {
        kind: A,
        archive: 'RGVA',
        fond: '37837',
        opis: '4',
        delo: '401',
        folios: '381',
        unparsed: 'NKO Order of October 23, 1940',
        inferredReading: 'folio read by its place: the number closing the reference after the file',
      },
    ],
  ],
  [
    'files listed in Cyrillic stay files',
    'Арх.дело: ГУ ОГАЧО. Ф. Р-467. Оп. 3. Д. 174, 194',
    ['174', '194'].map(delo => ({ kind: A, archive: 'ГУ ОГАЧО', fond: 'Р-467', opis: '3', delo })),
  ],
  [
    'an archive portal’s English collection, series, folder and folios after the archive’s name and a date',
    'Report from S. Timoshenko to the Politburo 14 January 1941 Russian State Archive of Social and Political History Coll. 17, ser. 163, fold. 1292, ff. 62–63.',
    [{ kind: A, archive: 'Russian State Archive of Social and Political History', fond: '17', opis: '163', delo: '1292', folios: '62-63' }],
  ],
];

describe('archival references of lists of records and of an archive portal', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(citationsOf(text), expected));
  }
});
