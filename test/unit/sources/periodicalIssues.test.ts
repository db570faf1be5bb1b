// Newspapers and journals in the sources register, on notes of published scholarship keyed before the register was
// run on them (test/fixtures/citations/periodical-issues.json): each issue is an item with its date and number, its
// citing notes with their pages; two issues of one newspaper stay two, two newspapers are never merged, issues sort
// by date however it is written, and no year is added where the note gives none. The Sources view's groups put a
// periodical's issues under its name.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseDocumentNotes, resolveNotes } from '../../../src/core/citations';
import { issueDate } from '../../../src/core/citations/periodical';
import { buildDocumentIndex } from '../../../src/core/document';
import { authorGroups, SourceRegister, type SourceWork } from '../../../src/core/sources';

interface Issue {
  author?: string;
  articleTitle?: string;
  title: string;
  date?: string;
  issue?: string;
  notes: { note: string; pages?: string }[];
}

interface Article {
  id: string;
  notes: { n: string; text: string }[];
  issues: Issue[];
  noYear?: string[];
  knownMiss?: { note: string; cites: string }[];
}

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'citations', 'periodical-issues.json');
const { articles } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { articles: Article[] };

/** The notes as a Markdown article: a reference to each in the text, the definitions after it. */
function markdown(article: Article): string {
  const refs = article.notes.map(n => `Claim.[^${n.n}]`).join(' ');
  return `${refs}\n\n${article.notes.map(n => `[^${n.n}]: ${n.text}`).join('\n\n')}\n`;
}

function register(list: readonly Article[]): SourceRegister {
  const out = new SourceRegister();
  for (const article of list) out.set(article.id, analyseDocumentNotes(buildDocumentIndex(markdown(article))).notes);
  return out;
}

const isIssue = (w: SourceWork) => w.date !== undefined || w.issue !== undefined;

const asKey = (w: SourceWork): Issue => ({
  ...(w.author && { author: w.author }),
  ...(w.articleTitle && { articleTitle: w.articleTitle }),
  title: w.title ?? '',
  ...(w.date && { date: w.date }),
  ...(w.issue && { issue: w.issue }),
  notes: w.notes.map(n => ({ note: n.note, ...(n.pages && { pages: n.pages }) })),
});

describe('periodical issues in the sources register (published notes)', () => {
  for (const article of articles) {
    it(`${article.id}: every issue with its date, number and citing notes`, () => {
      const works = register([article]).works();
      assert.deepEqual(works.filter(isIssue).map(asKey), article.issues);
      for (const miss of article.knownMiss ?? []) {
        const name = miss.cites.split(', ')[0];
        const listed = works.some(w => w.title === name && w.notes.some(n => n.note === miss.note));
        assert.equal(listed, false, `${miss.cites} (note ${miss.note}) is listed now: move it from knownMiss to issues`);
      }
      for (const title of article.noYear ?? []) {
        assert.deepEqual(works.filter(w => w.title === title && /\d{4}/.test(w.date ?? '')).map(w => w.date), [], `${title} was given a year`);
      }
    });
  }

  it('all articles in one register: issues of one newspaper in date order, whatever the date style, none merged', () => {
    const works = register(articles).works().filter(isIssue);
    assert.deepEqual(
      works.filter(w => w.title === 'Pravda').map(w => `${w.date} ← ${w.articles.join(' ')} ${w.notes.map(n => n.note).join(' ')}`),
      [
        'September 30, 1928 ← harris-dual-subordination 41',
        '3 November 1929 ← figes-whisperers 121',
        '7 November 1929 ← figes-whisperers 48',
        'Oct. 27, 1935 ← kotkin-paradoxes 197',
        'Nov. 7, 1935 ← kotkin-paradoxes 1',
        '24 June 1944 ← figes-whisperers 76',
        '11 September 1989 ← figes-whisperers 86',
      ],
    );
    const expected = articles.reduce((n, a) => n + a.issues.length, 0);
    assert.equal(works.length, expected);
  });

  it('the Sources view groups each periodical’s issues under its name, one script apart from the other', () => {
    const groups = authorGroups(register(articles).works().filter(isIssue));
    assert.deepEqual(
      groups.map(g => `${g.periodical ?? g.author ?? '-'}: ${g.works.map(w => [w.issue && `no. ${w.issue}`, w.date].filter(Boolean).join(', ')).join(' | ')} (${g.notes} notes)`),
      [
        'V. Kondrat’ev: 9 May 1990 (1 notes)',
        'M. Vareikis: no. 8, 1929 (1 notes)',
        'Izvestiia: 19 April 1930 (1 notes)',
        'Izvestiia TsK KPSS: no. 11, 1989 | no. 9, 1990 | no. 8, 1991 (4 notes)',
        'Komsomol’skaia pravda: 8 September 1989 (1 notes)',
        'Literaturnaia gazeta: Dec. 12, 1937 (1 notes)',
        'Pravda: September 30, 1928 | 3 November 1929 | 7 November 1929 | Oct. 27, 1935 | Nov. 7, 1935 | 24 June 1944 | 11 September 1989 (7 notes)',
        'Torgovo-promyshlennaia gazeta: July 7, 1928 (1 notes)',
        'Известия ЦК КПСС: no. 7, 1989 | no. 11, 1990 (2 notes)',
      ],
    );
  });
});

describe('an issue’s date as the register compares it', () => {
  const CASES: [string, string | undefined][] = [
    ['5 March 1937', '1937-03-05'],
    ['March 5, 1937', '1937-03-05'],
    ['Mar. 5, 1937', '1937-03-05'],
    ['Sept. 30, 1928', '1928-09-30'],
    ['5 марта 1937 г.', '1937-03-05'],
    ['9 мая 1990', '1990-05-09'],
    ['March 1937', '1937-03'],
    ['1990', '1990'],
    // no year, two issues, or a word that is no month: compared as written, never completed
    ['Oct. 28', undefined],
    ['September 1, October 23, 1928', undefined],
    ['Spring 1937', undefined],
  ];
  for (const [date, key] of CASES) it(`${date} → ${key}`, () => assert.equal(issueDate(date), key));
});

describe('which citations of a periodical are one issue', () => {
  const issues = (...texts: string[]) => {
    const out = new SourceRegister();
    out.set('a.md', resolveNotes(texts.map((text, i) => ({ label: String(i + 1), text }))));
    return out.works().map(w => `${w.title} | ${w.date ?? ''} | ${w.issue ?? ''} ← ${w.notes.map(n => `${n.note}${n.pages ? `:${n.pages}` : ''}`).join(' ')}`);
  };

  it('one day written two ways is one issue, dated as first written, each note with its page', () => {
    assert.deepEqual(issues('Pravda, 5 March 1937, p. 2.', 'Pravda, March 5, 1937, p. 3.'), ['Pravda | 5 March 1937 |  ← 1:2 2:3']);
  });

  it('an Ibid. naming another issue cites that issue', () => {
    assert.deepEqual(issues('Pravda, 5 March 1937, p. 2.', 'Ibid., 6 March 1937, p. 3.', 'Ibid., p. 4.'), [
      'Pravda | 5 March 1937 |  ← 1:2',
      'Pravda | 6 March 1937 |  ← 2:3 3:4',
    ]);
  });

  it('two newspapers of one day stay apart, and so does an issue given once with its number', () => {
    assert.deepEqual(issues('Pravda, 5 March 1937.', 'Izvestiia, 5 March 1937.', 'Pravda, no. 64, 5 March 1937.'), [
      'Izvestiia | 5 March 1937 |  ← 2',
      'Pravda | 5 March 1937 |  ← 1',
      'Pravda | 5 March 1937 | 64 ← 3',
    ]);
  });

  it('a book is still one work whatever the page', () => {
    assert.deepEqual(issues('R. W. Davies, The Socialist Offensive (London, 1980), p. 3.', 'Davies, The Socialist Offensive, p. 7.'), [
      'The Socialist Offensive |  |  ← 1:3 2:7',
    ]);
  });
});
