// Newspapers and journals in notes: the name is the title and the issue its date (and number), never an author or
// an archival reference; a dated document (a letter, a report) is no periodical. Each case asserts every field.
import * as assert from 'node:assert/strict';
import { parseNote, resolveNotes, type Citation } from '../../../src/core/citations';

const CASES: [string, Citation[]][] = [
  ['Правда. 1937. 5 марта.', [{ kind: 'printed', raw: 'Правда. 1937. 5 марта.', title: 'Правда', date: '5 марта 1937' }]],
  ['Правда. 1937. 5 марта. С. 2.', [{ kind: 'printed', raw: 'Правда. 1937. 5 марта. С. 2.', title: 'Правда', date: '5 марта 1937', pages: '2' }]],
  ['Известия. 1937. № 55. 6 марта.', [{ kind: 'printed', raw: 'Известия. 1937. № 55. 6 марта.', title: 'Известия', date: '6 марта 1937', issue: '55' }]],
  ['Известия ЦК КПСС. 1990. № 11. С.124.', [{ kind: 'printed', raw: 'Известия ЦК КПСС. 1990. № 11. С.124.', title: 'Известия ЦК КПСС', date: '1990', issue: '11', pages: '124' }]],
  ['Правда, 5 марта 1937 г., с. 2.', [{ kind: 'printed', raw: 'Правда, 5 марта 1937 г., с. 2.', title: 'Правда', date: '5 марта 1937 г.', pages: '2' }]],
  ['Правда. 5 марта 1937 г. С. 2.', [{ kind: 'printed', raw: 'Правда. 5 марта 1937 г. С. 2.', title: 'Правда', date: '5 марта 1937 г.', pages: '2' }]],
  ['«Правда», 5 марта 1937 г.', [{ kind: 'printed', raw: '«Правда», 5 марта 1937 г.', title: '«Правда»', date: '5 марта 1937 г.' }]],
  ['Izvestiia, 12 March 1937.', [{ kind: 'printed', raw: 'Izvestiia, 12 March 1937.', title: 'Izvestiia', date: '12 March 1937' }]],
  ['Pravda, 5 March 1937, p. 2.', [{ kind: 'printed', raw: 'Pravda, 5 March 1937, p. 2.', title: 'Pravda', date: '5 March 1937', pages: '2' }]],
  ['Pravda, March 5, 1937, p. 2.', [{ kind: 'printed', raw: 'Pravda, March 5, 1937, p. 2.', title: 'Pravda', date: 'March 5, 1937', pages: '2' }]],
  ['Pravda, no. 64, 5 March 1937, pp. 2–3.', [{ kind: 'printed', raw: 'Pravda, no. 64, 5 March 1937, pp. 2–3.', title: 'Pravda', date: '5 March 1937', issue: '64', pages: '2–3' }]],
  ['See *Krasnaia zvezda*, 23 February 1938, 1.', [{ kind: 'printed', raw: 'See *Krasnaia zvezda*, 23 February 1938, 1.', title: 'Krasnaia zvezda', date: '23 February 1938', pages: '1' }]],
  ['Bol’shevik, March 1937.', [{ kind: 'printed', raw: 'Bol’shevik, March 1937.', title: 'Bol’shevik', date: 'March 1937' }]],
  [
    'Pravda, 12 March 1937; RGASPI, f. 17, op. 3, d. 677, l. 82.',
    [
      { kind: 'printed', raw: 'Pravda, 12 March 1937', title: 'Pravda', date: '12 March 1937' },
      { kind: 'archival', raw: 'RGASPI, f. 17, op. 3, d. 677, l. 82.', archive: 'RGASPI', fond: '17', opis: '3', delo: '677', folios: '82' },
    ],
  ],
  ['Письмо Сталина Кагановичу, 12 августа 1932 г.', [{ kind: 'other', raw: 'Письмо Сталина Кагановичу, 12 августа 1932 г.' }]],
  ['Report of the NKVD, 5 March 1937.', []],
];

describe('periodicals in notes', () => {
  for (const [text, expected] of CASES) {
    it(text, () => {
      assert.deepEqual(parseNote(text).map(p => p.citation), expected);
    });
  }

  it('an Ibid. of a newspaper with another issue keeps the name and takes the new date and page; with a page alone, the date too', () => {
    const notes = resolveNotes(['Pravda, 5 March 1937, p. 2.', 'Ibid., 6 March 1937, p. 3.', 'Ibid., p. 4.', 'Правда. 1937. 5 марта.', 'Там же. 7 марта 1937 г. С. 4.'].map((text, i) => ({ label: String(i + 1), text })));
    assert.deepEqual(
      notes.slice(1).map(n => n.resolved.map(({ raw: _raw, ...r }) => r)),
      [
        [{ kind: 'printed', title: 'Pravda', date: '6 March 1937', pages: '3', inferred: ['title'], from: '1' }],
        [{ kind: 'printed', title: 'Pravda', date: '6 March 1937', pages: '4', inferred: ['title', 'date'], from: '2' }],
        [{ kind: 'printed', title: 'Правда', date: '5 марта 1937' }],
        [{ kind: 'printed', title: 'Правда', date: '7 марта 1937 г.', pages: '4', inferred: ['title'], from: '4' }],
      ],
    );
  });
});
