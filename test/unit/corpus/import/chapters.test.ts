import * as assert from 'node:assert/strict';
import { composeGreekCapitals } from '../../../../src/core/corpus/greekCapitals';
import { importPdf } from '../../../../src/core/corpus/importPdf';
import { importText } from '../../../../src/core/corpus/importText';
import type { PdfPage, PdfTextItem } from '../../../../src/core/corpus/pdf/textItems';
import { numberBySequence, ROMAN_PAGE } from '../../../../src/core/corpus/article/pageNumbers';
import type { ImportWarning } from '../../../../src/core/corpus/article/model';
import { useEnglishWordListFile } from '../../../../src/node/englishWordList';

// Written for these tests: a book's pages as pdftotext writes them, the rules of round 8 on cases other than the
// held-out book's.
const LINE = 'The committees had grown out of the food detachments of the Civil War, and their members';

describe('pages numbered in Roman numerals', () => {
  it('are numbered on in the same numerals, and a page out of sequence is reported', () => {
    const warnings: ImportWarning[] = [];
    const pages = [{ number: 'vii' }, { number: undefined }, { number: 'ix' }, { number: 'xii' }];
    assert.equal(numberBySequence(pages, warnings), true);
    assert.deepEqual(pages.map(p => p.number), ['vii', 'viii', 'ix', 'xii']);
    assert.deepEqual(warnings.map(w => w.message), ['no page number printed: numbered viii by its place', 'page number xii breaks the sequence (expected x)']);
    const capitals = [{ number: undefined }, { number: 'IV' }];
    numberBySequence(capitals, []);
    assert.deepEqual(capitals.map(p => p.number), ['III', 'IV']);
  });

  it('are told from words: only the usual forms up to lxxxix, in lower case', () => {
    assert.deepEqual(['xi', 'xiv', 'lxxxix', 'iv'].filter(n => ROMAN_PAGE.test(n)), ['xi', 'xiv', 'lxxxix', 'iv']);
    assert.deepEqual(['mix', 'civil', 'iiii', 'vx', 'dim', 'XI', ''].filter(n => ROMAN_PAGE.test(n)), []);
  });
});

describe('a book whose chapters close on their own notes numbered from 1 (pdftotext)', () => {
  before(() => useEnglishWordListFile());
  // Chapter 1 on pp. v-vi with its notes on p. vi, chapter 2 on pp. vii-ix with its notes on p. ix; even pages headed
  // by the book's title, odd ones by the chapter's, a chapter's first page by none: its title, which heads p. ix.
  const page = (head: string | undefined, lines: string[], number: string) => `${head ? `${head}\n\n` : ''}${lines.join('\n')}\n\n${number}\n\f`;
  const pages = [
    page(undefined, ['The grain procurements', `${LINE} met.1 They voted.2`, `${LINE} went home.`], 'v'),
    page('Bread and the village', [`${LINE} closed.`, '', 'Notes', '', '1. GARF, f. 5446, op. 1, d. 12, l. 3.', '2. Ibid., l. 4, and the protocol of the', 'session of the presidium.'], 'vi'),
    page(undefined, ['The kolkhoz markets', `${LINE} sold.1 They bought.2`, `${LINE} came.`], 'vii'),
    page('Bread and the village', [`${LINE} left.`], 'viii'),
    page('The kolkhoz markets', [`${LINE} ended.`, '', 'Notes', '', '1. RGAE, f. 8040, op. 8, d. 31, l. 9.', '2. Ibid., l. 10.'], 'ix'),
  ];
  const text = pages.join('');

  it('reads each chapter\'s notes and numbers them on, saying so, and marks every page', () => {
    const { markdown, warnings } = importText(text, 'pdftotext');
    assert.match(markdown, /met\.\[\^1\] They voted\.\[\^2\]/);
    assert.match(markdown, /sold\.\[\^3\] They bought\.\[\^4\]/);
    assert.deepEqual([...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map(m => `${m[1]} ${m[2].replace(/<!--.*?--> /g, '')}`), [
      '1 GARF, f. 5446, op. 1, d. 12, l. 3.',
      '2 Ibid., l. 4, and the protocol of the session of the presidium.',
      '3 RGAE, f. 8040, op. 8, d. 31, l. 9.',
      '4 Ibid., l. 10.',
    ]);
    assert.deepEqual(warnings.filter(w => /from 1 again/.test(w.message)).map(w => w.page), ['vii']);
    assert.deepEqual([...markdown.matchAll(/^## (.*)$/gm)].map(m => m[1]), ['The grain procurements', 'The kolkhoz markets']);
    assert.deepEqual([...markdown.matchAll(/<!-- p\. (\S+)( \(inferred\))? -->/g)].map(m => m[1] + (m[2] ?? '')), ['v', 'vi', 'vii', 'viii', 'ix']);
  });

  it('reads notes numbered on through the chapters as one run, with no chapter cut', () => {
    const { markdown, warnings } = importText(text.replace('sold.1 They bought.2', 'sold.3 They bought.4').replace('1. RGAE', '3. RGAE').replace('2. Ibid., l. 10.', '4. Ibid., l. 10.'), 'pdftotext');
    assert.equal(warnings.filter(w => /from 1 again/.test(w.message)).length, 0);
    assert.match(markdown, /sold\.\[\^3\] They bought\.\[\^4\]/);
  });
});

describe('a page number pdftotext ran on into the page\'s last line at a hyphen', () => {
  before(() => useEnglishWordListFile());
  const page = (last: string, number: string | undefined, next: string) => `${LINE} met.\n${LINE} ${last}\n${number ? `\n${number}\n` : ''}\f${next}\n${LINE} closed.\n\n`;

  it('is the page\'s number, the hyphen given back', () => {
    const text = page('voted.1', '12', `${LINE} went.`) + page('for the reso13', undefined, 'lution of the plenum.') + `${LINE} ended.\n\nNotes\n\n1. GARF, f. 5446, op. 1, d. 12, l. 3.\n\n14\n\f`;
    const { markdown, warnings } = importText(text, 'pdftotext');
    assert.match(markdown, /for the resolution <!-- p\. 14 --> of the plenum/);
    assert.doesNotMatch(markdown, /inferred/);
    assert.equal(warnings.filter(w => /no page number printed/.test(w.message)).length, 0);
  });
});

describe('a Greek capital with its accent set before it', () => {
  it('is read as the accented capital, inside a Greek word or at its start, and nowhere else', () => {
    assert.equal(composeGreekCapitals('the “ΠΕΡΙΧ΄ΩΡΗΣΗΣ” of the persons'), 'the “ΠΕΡΙΧΏΡΗΣΗΣ” of the persons');
    assert.equal(composeGreekCapitals('ΑΓΙΑ ΣΟΦΙΑ and ΄Αγιος'), 'ΑΓΙΑ ΣΟΦΙΑ and Άγιος');
    assert.equal(composeGreekCapitals('Bulgakov´Ο'), 'Bulgakov´Ο');
  });
});

describe('a book whose chapters close on their own notes numbered from 1 (PDF)', () => {
  before(() => useEnglishWordListFile());
  const item = (text: string, x: number, y: number, size = 10): PdfTextItem => ({ text, x, y, width: text.length * size * 0.45, size, italic: false, bold: false });
  /** Lines of text from the page's top, a raised marker after those that name one, and the page's number. */
  const page = (lines: (string | [string, string])[], number: string, notes: string[] = []): PdfPage => ({
    items: [
      ...lines.flatMap((line, i): PdfTextItem[] => {
        const [text, marker] = Array.isArray(line) ? line : [line, undefined];
        const y = 700 - i * 12;
        return marker === undefined ? [item(text, 72, y)] : [item(text, 72, y), item(marker, 72 + text.length * 4.5, y + 4, 6)];
      }),
      ...(notes.length > 0 ? [item('Notes', 72, 700 - lines.length * 12 - 24, 12)] : []),
      ...notes.map((note, i) => item(note, 72, 700 - lines.length * 12 - 48 - i * 10, 8)),
      item(number, 200, 60),
    ],
  });
  const text = (i: number) => `The committees of the district met in the spring of the year ${['and', 'then', 'so', 'once'][i]} voted`;
  const pages = [
    page([text(0), [text(1) + '.', '1'], text(2), [text(3) + '.', '2']], 'v'),
    page([text(0), text(1) + '.'], 'vi', ['1. GARF, f. 5446, op. 1, d. 12, l. 3.', '2. Ibid., l. 4.']),
    page([text(2), [text(3) + '.', '1'], text(0), text(1) + '.'], 'vii'),
    page([text(2), text(3) + '.'], 'viii', ['1. RGAE, f. 8040, op. 8, d. 31, l. 9.']),
  ];

  it('reads each chapter\'s notes and the raised numbers referring to them numbered on, saying so', () => {
    const { markdown, warnings } = importPdf(pages);
    assert.deepEqual([...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map(m => Number(m[1])), [1, 2, 3]);
    assert.deepEqual([...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map(m => `${m[1]} ${m[2]}`), ['1 GARF, f. 5446, op. 1, d. 12, l. 3.', '2 Ibid., l. 4.', '3 RGAE, f. 8040, op. 8, d. 31, l. 9.']);
    assert.deepEqual(warnings.filter(w => /from 1 again/.test(w.message)).map(w => w.page), ['vii']);
    assert.doesNotMatch(markdown, /^## Notes/m);
  });
});
