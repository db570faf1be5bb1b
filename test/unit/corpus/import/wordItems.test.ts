import * as assert from 'node:assert/strict';
import { importPdf } from '../../../../src/core/corpus/importPdf';
import { useEnglishWordListFile } from '../../../../src/node/englishWordList';
import { readPdfPages } from '../../../../src/node/readPdf';
import { wordPerItemPdf, type WordPage } from './wordPerItemPdf';

// An article whose every word is its own text item: the lines below are the answer the import must give back.
const pages: WordPage[] = [
  {
    title: ['Grain and the provincial', 'committees, 1921-1923'],
    body: [
      '  Who decided how much grain a province owed in the famine years? Few studies of the',
      'requisitioning campaigns examine the committees that set the quotas in the districts,',
      'far from any inspector sent out by the commissariat in Moscow.^1 The documents of the',
      'provincial archives in Samara and Saratov suggest another story.',
      '  In the first famine winter the committee secretaries hid grain from the collectors and',
      'reported crop failures that the district figures do not bear out.^2 Their reports were',
    ],
    notes: ['1 Compare the figures in Statisticheskii ezhegodnik (Moscow, 1924): 12-14.', '2 GASO, f. 1, op. 2, d. 3, ll. 4-5.'],
    number: '45',
  },
  {
    head: 'JANE Q. DOE',
    body: [
      'read in Moscow as the truth, and the quota for 1922 was lowered by a third.',
      '## The committees and the centre',
      '  The committees had grown out of the food detachments of the Civil War, and their',
      'members knew which villages had hidden stores and which had nothing left.^3',
    ],
    notes: ['3 GASO, f. 1, op. 2, d. 7, l. 7.'],
    number: '46',
  },
  {
    head: 'GRAIN AND THE COMMITTEES',
    body: ['  Nobody was punished for the reports, and by the spring the committees had become', 'bolder.^4'],
    notes: ['4 GASO, f. 1, op. 2, d. 9, ll. 10-12.'],
    number: '47',
  },
];

describe('import of a PDF with one text item a word', () => {
  before(() => useEnglishWordListFile());

  it('joins the words into lines by their place, markers raised after their word, notes at the foot', async () => {
    const pdf = await readPdfPages(await wordPerItemPdf(pages));
    const words = pdf.flatMap(p => p.items).filter(i => i.text.trim() !== '');
    assert.ok(words.length > 200 && words.every(i => !/\s/.test(i.text.trim())), 'one text item a word');
    const { markdown, warnings } = importPdf(pdf);
    assert.deepEqual(warnings, []);
    assert.match(markdown, /^# Grain and the provincial committees, 1921-1923$/m);
    const body = markdown.slice(markdown.indexOf('<!-- p. 45 -->'));
    assert.equal(
      body,
      [
        '<!-- p. 45 -->',
        'Who decided how much grain a province owed in the famine years? Few studies of the requisitioning campaigns examine the committees that set the quotas in the districts, far from any inspector sent out by the commissariat in Moscow.[^1] The documents of the provincial archives in Samara and Saratov suggest another story.',
        'In the first famine winter the committee secretaries hid grain from the collectors and reported crop failures that the district figures do not bear out.[^2] Their reports were <!-- p. 46 --> read in Moscow as the truth, and the quota for 1922 was lowered by a third.',
        '## The committees and the centre',
        'The committees had grown out of the food detachments of the Civil War, and their members knew which villages had hidden stores and which had nothing left.[^3]',
        '<!-- p. 47 -->',
        'Nobody was punished for the reports, and by the spring the committees had become bolder.[^4]',
        '[^1]: Compare the figures in Statisticheskii ezhegodnik (Moscow, 1924): 12-14.',
        '[^2]: GASO, f. 1, op. 2, d. 3, ll. 4-5.',
        '[^3]: GASO, f. 1, op. 2, d. 7, l. 7.',
        '[^4]: GASO, f. 1, op. 2, d. 9, ll. 10-12.',
      ].join('\n\n') + '\n',
    );
  });
});
