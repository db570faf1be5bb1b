import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { anchorQuote } from '../../../src/core/anchoring';
import { outlineJson, parseArgument, type CuratedArgument, type Quote } from '../../../src/core/argument';
import { buildDocumentIndex } from '../../../src/core/document';
import { outlineOf, SMALL_ARGUMENT, SMALL_ARTICLE } from './fixtures';

const CORPUS = path.resolve(__dirname, '../../../corpus');

function loadCorpusArgument(): CuratedArgument {
  const load = parseArgument(readFileSync(path.join(CORPUS, 'argument.json'), 'utf8'), 'argument.json');
  assert.ok(load.ok, load.ok ? '' : JSON.stringify(load.problems));
  return load.argument;
}

/** Every quote of an argument with its JSON path, for messages that say which one broke. */
function quotes(a: CuratedArgument): { where: string; quote: Quote }[] {
  return [
    { where: 'question', quote: a.question.quote },
    { where: 'thesis', quote: a.thesis.quote },
    ...a.periods.flatMap((p, i) => p.passages.map((quote, j) => ({ where: `periods[${i}].passages[${j}]`, quote }))),
    ...a.sections.flatMap((s, i) => s.claims.map((c, j) => ({ where: `sections[${i}].claims[${j}]`, quote: c.quote }))),
  ];
}

describe('curated outline', () => {
  it('resolves question, thesis, periods and claims of a small article to their passages', () => {
    assert.deepEqual(outlineJson(outlineOf(SMALL_ARTICLE, SMALL_ARGUMENT)), {
      title: 'Grain and power',
      question: 'Who decided the grain quotas?',
      thesis: 'Quotas were negotiated.',
      periods: [
        { label: 'Central planning', from: 1928, to: 1932, line: 6 },
        { label: 'Bargaining', from: 1933, to: 1937, line: 12 },
      ],
      sections: [
        { title: null, line: 2, claims: [{ text: 'The question', line: 2, footnotes: [1] }] },
        {
          title: 'The centre',
          line: 4,
          claims: [
            { text: 'Committees set quotas', line: 6, footnotes: [2] },
            { text: 'Quotas were contested', line: 6, footnotes: [3] },
          ],
        },
        { title: 'The regions', line: 10, claims: [{ text: 'Regions bargained', line: 12, footnotes: [] }] },
        { title: null, line: 16, claims: [{ text: 'Negotiated quotas', line: 16, footnotes: [5] }] },
      ],
    });
  });

  it('anchors a claim to the exact characters of its quote', () => {
    const claim = outlineOf(SMALL_ARTICLE, SMALL_ARGUMENT).sections[1].claims[1];
    const at = SMALL_ARTICLE.split('\n')[6].indexOf('Others disagreed.');
    assert.deepEqual(claim.range, { start: { line: 6, character: at }, end: { line: 6, character: at + 'Others disagreed.'.length } });
  });

  it('follows a quote through a small edit of its passage (approximate anchoring)', () => {
    const edited = SMALL_ARTICLE.replace('Regional leaders bargained hard', 'Regional leaders bargained very hard');
    const outline = outlineOf(edited, SMALL_ARGUMENT);
    assert.equal(outline.periods[1].passages[0]?.start.line, 12);
    assert.deepEqual(outline.unanchored, []);
  });

  it('marks a claim whose quote no longer matches as unanchored and keeps everything else', () => {
    const edited = SMALL_ARTICLE.replace('They often won.', 'Their fortunes varied from year to year and place to place.');
    const outline = outlineOf(edited, SMALL_ARGUMENT);
    const regions = outline.sections[2];
    assert.equal(regions.title, 'The regions');
    assert.equal(regions.range?.start.line, 10, 'the section itself is still found by its heading');
    assert.equal(regions.claims[0].range, null);
    assert.deepEqual(outline.unanchored, [{ path: ['sections', 2, 'claims', 0, 'quote'], exact: 'They often won.' }]);
    assert.equal(outlineJson(outline).sections[2].claims[0].line, null);
    assert.ok(outline.sections[1].claims.every(c => c.range), 'other claims stay anchored');
  });

  it('keeps a section whose heading was renamed, without a range, and lists it in order', () => {
    const outline = outlineOf(SMALL_ARTICLE.replace('## The regions', '## The provinces'), SMALL_ARGUMENT);
    assert.deepEqual(
      outline.sections.map(s => [s.title, s.range?.start.line ?? null]),
      [[null, 2], ['The centre', 4], ['The regions', null], [null, 16]],
    );
  });

  describe('on the bundled article', () => {
    const article = readFileSync(path.join(CORPUS, 'harris-dual-subordination.md'), 'utf8');
    const argument = loadCorpusArgument();

    it('finds every quote of corpus/argument.json word for word in corpus/harris-dual-subordination.md', () => {
      const broken = quotes(argument).filter(({ quote }) => {
        const found = anchorQuote(article, { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '', start: -1, end: -1 });
        return found.status !== 'anchored' || article.slice(found.start, found.end) !== quote.exact;
      });
      assert.deepEqual(broken.map(b => `${b.where}: ${b.quote.exact}`), []);
    });

    it('resolves every section, claim and period, in the article\'s order', () => {
      const outline = outlineOf(article, argument);
      assert.deepEqual(outline.unanchored, []);
      assert.equal(outline.sections.length, argument.sections.length);
      const sectionLines = outline.sections.map(s => s.range?.start.line ?? -1);
      assert.ok(sectionLines.every(l => l >= 0), `sections found: ${JSON.stringify(sectionLines)}`);
      assert.deepEqual(sectionLines, [...sectionLines].sort((a, b) => a - b));
      for (const section of outline.sections) {
        const lines = section.claims.map(c => c.range?.start.line ?? -1);
        assert.deepEqual(lines, [...lines].sort((a, b) => a - b), `claims of ${section.title} in reading order`);
        for (const claim of section.claims) {
          assert.ok(claim.range && section.range, claim.text);
          assert.ok(claim.range.start.line >= section.range.start.line && claim.range.end.line <= section.range.end.line, `${claim.text} lies in ${section.title}`);
        }
      }
      assert.deepEqual(outline.sections.map(s => s.title === null), [true, false, false, false, false, true], 'untitled introduction and conclusion');
    });

    it('cites as evidence only notes the article defines', () => {
      const index = buildDocumentIndex(article);
      const missing = argument.sections.flatMap(s => s.claims.flatMap(c => c.footnotes)).filter(n => !index.definition(String(n)));
      assert.deepEqual(missing, []);
    });

    it('orders the periods in time', () => {
      const starts = argument.periods.map(p => p.from);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
      assert.deepEqual([argument.periods[0].from, argument.periods.at(-1)?.to], [1918, 1953]);
    });
  });
});
