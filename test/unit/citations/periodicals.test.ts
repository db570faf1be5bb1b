// Newspapers and journals in notes: the name is the title and the issue its date (and number), never an author or
// an archival reference; a dated document (a letter, a report) is no periodical; an article in one keeps its own
// title apart from the periodical's name. Each case asserts every field.
import * as assert from 'node:assert/strict';
import { citationFacts, formatReference, parseNote, resolveNotes, type Citation } from '../../../src/core/citations';

const CASES: [string, Citation[]][] = [
  // A journal's number before its year, with commas (and without a space after one), also as an article's periodical after `//`.
  ['Вопросы истории, № 5, 1990, с. 12.', [{ kind: 'printed', raw: 'Вопросы истории, № 5, 1990, с. 12.', title: 'Вопросы истории', date: '1990', issue: '5', pages: '12' }]],
  ["Bol'shevik, no. 5, 1937, p. 12.", [{ kind: 'printed', raw: "Bol'shevik, no. 5, 1937, p. 12.", title: "Bol'shevik", date: '1937', issue: '5', pages: '12' }]],
  [
    '«Письмо в редакцию» // Родина, № 3,2005, с. 57.',
    [{ kind: 'printed', raw: '«Письмо в редакцию» // Родина, № 3,2005, с. 57.', articleTitle: 'Письмо в редакцию', title: 'Родина', date: '2005', issue: '3', pages: '57' }],
  ],
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
  // A journal's volume and issue spelled out before the year, as Medhurst writes them.
  [
    'Vladimir Brovkin, “The Mensheviks’ Political Comeback”, Russian Review Volume 42, Issue 1, 1983, p.1',
    [{
      kind: 'printed', raw: 'Vladimir Brovkin, “The Mensheviks’ Political Comeback”, Russian Review Volume 42, Issue 1, 1983, p.1',
      author: 'Vladimir Brovkin', articleTitle: 'The Mensheviks’ Political Comeback', title: 'Russian Review', volume: '42', date: '1983', issue: '1', pages: '1',
    }],
  ],
  ['Kritika, Vol. 5, No. 1, 2004, p. 10.', [{ kind: 'printed', raw: 'Kritika, Vol. 5, No. 1, 2004, p. 10.', title: 'Kritika', volume: '5', date: '2004', issue: '1', pages: '10' }]],
  // A name in single quotes with its comma inside them, as Birstein's notes set it.
  [
    'S. Ivanova, ‘Ob arkhivakh,’ ‘Karta,’ no. 12 (1996), 4-9.',
    [{ kind: 'printed', raw: 'S. Ivanova, ‘Ob arkhivakh,’ ‘Karta,’ no. 12 (1996), 4-9.', author: 'S. Ivanova', articleTitle: 'Ob arkhivakh', title: 'Karta', date: '1996', issue: '12', pages: '4-9' }],
  ],
  ['‘Bol’shevik,’ no. 5 (1937), 12.', [{ kind: 'printed', raw: '‘Bol’shevik,’ no. 5 (1937), 12.', title: 'Bol’shevik', date: '1937', issue: '5', pages: '12' }]],
  // The day without its year and the year in parentheses, as Birstein dates an issue (`March 13 (1989)`).
  ['Izvestiia, March 13 (1937), p. 2.', [{ kind: 'printed', raw: 'Izvestiia, March 13 (1937), p. 2.', title: 'Izvestiia', date: 'March 13 (1937)', pages: '2' }]],
  [
    'Pravda, 12 March 1937; RGASPI, f. 17, op. 3, d. 677, l. 82.',
    [
      { kind: 'printed', raw: 'Pravda, 12 March 1937', title: 'Pravda', date: '12 March 1937' },
      { kind: 'archival', raw: 'RGASPI, f. 17, op. 3, d. 677, l. 82.', archive: 'RGASPI', fond: '17', opis: '3', delo: '677', folios: '82' },
    ],
  ],
  ['Kritika, vol. 5, no. 1 (2004): 10.', [{ kind: 'printed', raw: 'Kritika, vol. 5, no. 1 (2004): 10.', title: 'Kritika', volume: '5', date: '2004', issue: '1', pages: '10' }]],
  ['New Yorker, no. 5 (12 March 2001), 44.', [{ kind: 'printed', raw: 'New Yorker, no. 5 (12 March 2001), 44.', title: 'New Yorker', date: '12 March 2001', issue: '5', pages: '44' }]],
  ['Na agrarnom fronte, 1929, no. 8, p. 65.', [{ kind: 'printed', raw: 'Na agrarnom fronte, 1929, no. 8, p. 65.', title: 'Na agrarnom fronte', date: '1929', issue: '8', pages: '65' }]],
  // An article with its own title: the article's title apart from the periodical's name.
  [
    'A. Ivanov, "Title of article", Pravda, 12 March 1937, p. 3.',
    [{ kind: 'printed', raw: 'A. Ivanov, "Title of article", Pravda, 12 March 1937, p. 3.', author: 'A. Ivanov', articleTitle: 'Title of article', title: 'Pravda', date: '12 March 1937', pages: '3' }],
  ],
  [
    '“Za bol’shevistskuiu bditel’nost’,” Pravda, 5 March 1937, 1.',
    [{ kind: 'printed', raw: '“Za bol’shevistskuiu bditel’nost’,” Pravda, 5 March 1937, 1.', articleTitle: 'Za bol’shevistskuiu bditel’nost’', title: 'Pravda', date: '5 March 1937', pages: '1' }],
  ],
  [
    'Lynne Viola, “The Other Archipelago: Kulak Deportations to the North in 1930,” Slavic Review 60, no. 4 (Winter 2001): 730–55.',
    [{
      kind: 'printed', raw: 'Lynne Viola, “The Other Archipelago: Kulak Deportations to the North in 1930,” Slavic Review 60, no. 4 (Winter 2001): 730–55.',
      author: 'Lynne Viola', articleTitle: 'The Other Archipelago: Kulak Deportations to the North in 1930', title: 'Slavic Review', volume: '60', date: 'Winter 2001', issue: '4', pages: '730–55',
    }],
  ],
  // What follows the reference is none of it: a language, an address, the day it was read.
  [
    'Stanislav Lekarev, ‘Umer genii rossiiskoi kontrrazvedki,’ Argumenty nedeli, no. 22 (56), May 31, 2007, http://www.argumenti.ru/espionage/2007/06/34624/, retrieved September 4, 2011.',
    [{
      kind: 'printed', raw: 'Stanislav Lekarev, ‘Umer genii rossiiskoi kontrrazvedki,’ Argumenty nedeli, no. 22 (56), May 31, 2007, http://www.argumenti.ru/espionage/2007/06/34624/, retrieved September 4, 2011.',
      author: 'Stanislav Lekarev', articleTitle: 'Umer genii rossiiskoi kontrrazvedki', title: 'Argumenty nedeli', date: 'May 31, 2007', issue: '22 (56)',
    }],
  ],
  [
    'Oleg Smyslov, ‘Rytsar’ GB,’ Rossia, June 9-15, 2005, 8 (in Russian).',
    [{ kind: 'printed', raw: 'Oleg Smyslov, ‘Rytsar’ GB,’ Rossia, June 9-15, 2005, 8 (in Russian).', author: 'Oleg Smyslov', articleTitle: 'Rytsar’ GB', title: 'Rossia', date: 'June 9-15, 2005', pages: '8' }],
  ],
  // A journal named with `of`, a volume without a number; the author after `by`.
  [
    'V. Lerner, Y. Finkelstein, and E. Witztum, ‘The enigma of Lenin’s (1870-1924) malady,’ European Journal of Neurology 11, no. 6 (June 2004), 371–6.',
    [{
      kind: 'printed', raw: 'V. Lerner, Y. Finkelstein, and E. Witztum, ‘The enigma of Lenin’s (1870-1924) malady,’ European Journal of Neurology 11, no. 6 (June 2004), 371–6.',
      author: 'V. Lerner, Y. Finkelstein, and E. Witztum', articleTitle: 'The enigma of Lenin’s (1870-1924) malady', title: 'European Journal of Neurology', volume: '11', date: 'June 2004', issue: '6', pages: '371–6',
    }],
  ],
  [
    'Jochen Hellbeck, “With Hegel to Salvation: Bukharin’s Other Trial,” Representations 107 (Summer 2009): 67–68.',
    [{
      kind: 'printed', raw: 'Jochen Hellbeck, “With Hegel to Salvation: Bukharin’s Other Trial,” Representations 107 (Summer 2009): 67–68.',
      author: 'Jochen Hellbeck', articleTitle: 'With Hegel to Salvation: Bukharin’s Other Trial', title: 'Representations', volume: '107', date: 'Summer 2009', pages: '67–68',
    }],
  ],
  [
    'Memoirs by Vladimir Skorodumov, ‘Rusaika,’ Neva, no. 10 (2006).',
    [{ kind: 'printed', raw: 'Memoirs by Vladimir Skorodumov, ‘Rusaika,’ Neva, no. 10 (2006).', author: 'Vladimir Skorodumov', articleTitle: 'Rusaika', title: 'Neva', date: '2006', issue: '10' }],
  ],
  ['Иванов А. Название // Правда. 1937. 12 марта.', [{ kind: 'printed', raw: 'Иванов А. Название // Правда. 1937. 12 марта.', author: 'Иванов А.', articleTitle: 'Название', title: 'Правда', date: '12 марта 1937' }]],
  [
    'См.: Хлевнюк О. В. Сталин и Орджоникидзе: конфликты в Политбюро // Вопросы истории. 1993. № 1. С. 5–20.',
    [{
      kind: 'printed', raw: 'См.: Хлевнюк О. В. Сталин и Орджоникидзе: конфликты в Политбюро // Вопросы истории. 1993. № 1. С. 5–20.',
      author: 'Хлевнюк О. В.', articleTitle: 'Сталин и Орджоникидзе: конфликты в Политбюро', title: 'Вопросы истории', date: '1993', issue: '1', pages: '5–20',
    }],
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

  it('an article is shown with its own title and the periodical it is in', () => {
    const [article] = parseNote('A. Ivanov, “Vragi naroda,” Pravda, no. 70, 12 March 1937, p. 3.').map(p => p.citation);
    assert.equal(formatReference(article), 'A. Ivanov, “Vragi naroda”, Pravda (no. 70, 12 March 1937): 3');
    assert.deepEqual(citationFacts(article).map(f => `${f.label}: ${f.value}`), ['Author: A. Ivanov', 'Article: Vragi naroda', 'In: Pravda', 'Issue: 70', 'Date: 12 March 1937', 'Pages: 3']);
  });

  it('an Ibid. of an article repeats its author, title and periodical with its own page', () => {
    const notes = resolveNotes(['A. Ivanov, “Title,” Pravda, 12 March 1937, p. 3.', 'Ibid., p. 4.'].map((text, i) => ({ label: String(i + 1), text })));
    assert.deepEqual(notes[1].resolved.map(({ raw: _raw, ...r }) => r), [
      { kind: 'printed', author: 'A. Ivanov', articleTitle: 'Title', title: 'Pravda', date: '12 March 1937', pages: '4', inferred: ['author', 'articleTitle', 'title', 'date'], from: '1' },
    ]);
  });

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
