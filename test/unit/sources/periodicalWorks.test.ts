// Periodicals in the register, the Sources view's filter and the bibliography: an article in a newspaper or journal
// is a work of its own with the periodical as its container; a newspaper's issue is an `article-newspaper`, a
// journal's an `article-journal`, and a dated letter or decree a `document`, never a newspaper article. The filter
// finds an issue by what its row shows (`no. 11, 1989`). The CSL-JSON is checked against the CSL-JSON schema.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { resolveNotes } from '../../../src/core/citations';
import { authorGroups, bibliographyItems, issueLabel, SourceRegister, sourceFilter, workPlace } from '../../../src/core/sources';

const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'csl', 'csl-data.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false }).compile(schema);

function register(...texts: string[]): SourceRegister {
  const out = new SourceRegister();
  out.set('a.md', resolveNotes(texts.map((text, i) => ({ label: String(i + 1), text }))));
  return out;
}

const NOTES = [
  'A. Ivanov, “Vragi naroda,” Pravda, 12 March 1937, p. 3.',
  'Pravda, 12 March 1937, p. 1.',
  '“Peredovaia,” Pravda, 12 March 1937, p. 1.',
  'Хлевнюк О. В. Сталин и Орджоникидзе // Вопросы истории. 1993. № 1. С. 5–20.',
  'Izvestiia TsK KPSS, no. 11 (1989): 160.',
  'Stalin to Kaganovich (12 August 1932).',
  'R. W. Davies, The Socialist Offensive (London, 1980), p. 3.',
];

describe('periodicals in the register and the bibliography', () => {
  const works = register(...NOTES).works();

  it('keeps an article apart from the issue it is in, each with what its note gives', () => {
    assert.deepEqual(
      works.map(w => [w.author, w.articleTitle, w.title, w.date, w.issue, w.notes.map(n => n.note).join(' ')]),
      [
        ['R. W. Davies', undefined, 'The Socialist Offensive', undefined, undefined, '7'],
        ['A. Ivanov', 'Vragi naroda', 'Pravda', '12 March 1937', undefined, '1'],
        [undefined, undefined, 'Izvestiia TsK KPSS', '1989', '11', '5'],
        [undefined, undefined, 'Pravda', '12 March 1937', undefined, '2'],
        [undefined, 'Peredovaia', 'Pravda', '12 March 1937', undefined, '3'],
        [undefined, undefined, 'Stalin to Kaganovich', '12 August 1932', undefined, '6'],
        ['Хлевнюк О. В.', 'Сталин и Орджоникидзе', 'Вопросы истории', '1993', '1', '4'],
      ],
    );
  });

  it('lists unsigned articles and issues under the periodical, a dated letter among works without an author', () => {
    assert.deepEqual(
      authorGroups(works).map(g => `${g.author ?? g.periodical ?? '-'}: ${g.works.map(w => (g.periodical ? issueLabel(w) : (workPlace(w) ?? w.title))).join(' | ')}`),
      [
        'R. W. Davies: London, 1980',
        'A. Ivanov: Pravda, 12 March 1937',
        'Хлевнюк О. В.: Вопросы истории, no. 1, 1993',
        'Izvestiia TsK KPSS: no. 11, 1989',
        'Pravda: 12 March 1937 | 12 March 1937: Peredovaia',
        '-: 12 August 1932',
      ],
    );
  });

  it('the filter finds an issue by its number as its row shows it, and an article by its title', () => {
    const found = (query: string) => works.filter(sourceFilter(query)!.work).map(w => w.articleTitle ?? w.title);
    assert.deepEqual(found('no. 11'), ['Izvestiia TsK KPSS']);
    assert.deepEqual(found('no 11, 1989'), ['Izvestiia TsK KPSS']);
    assert.deepEqual(found('no. 1'), ['Сталин и Орджоникидзе']);
    assert.deepEqual(found('peredovaia'), ['Peredovaia']);
    assert.deepEqual(found('vragi naroda'), ['Vragi naroda']);
  });

  it('dates an issue by its month or, when the note names none (`Summer 2009`), by its one year', () => {
    const issued = (text: string) => bibliographyItems(register(text).works(), [])[0].issued;
    assert.deepEqual(issued('Bol’shevik, March 1937.'), { 'date-parts': [[1937, 3]] });
    assert.deepEqual(issued('Jochen Hellbeck, “With Hegel to Salvation,” Representations 107 (Summer 2009): 67–68.'), { 'date-parts': [[2009]] });
  });

  it('types each work by what its citation shows and gives an article its container, as the CSL schema accepts', () => {
    const items = bibliographyItems(works, []);
    assert.ok(validate(items), JSON.stringify(validate.errors));
    assert.deepEqual(
      items.map(({ id: _id, note: _note, ...item }) => item),
      [
        { type: 'book', title: 'The Socialist Offensive', author: [{ family: 'Davies', given: 'R. W.' }], 'publisher-place': 'London', issued: { 'date-parts': [[1980]] } },
        { type: 'article-newspaper', title: 'Vragi naroda', 'container-title': 'Pravda', author: [{ family: 'Ivanov', given: 'A.' }], issued: { 'date-parts': [[1937, 3, 12]] } },
        { type: 'article-journal', title: 'Izvestiia TsK KPSS', issue: '11', issued: { 'date-parts': [[1989]] } },
        { type: 'article-newspaper', title: 'Pravda', issued: { 'date-parts': [[1937, 3, 12]] } },
        { type: 'article-newspaper', title: 'Peredovaia', 'container-title': 'Pravda', issued: { 'date-parts': [[1937, 3, 12]] } },
        { type: 'document', title: 'Stalin to Kaganovich', issued: { 'date-parts': [[1932, 8, 12]] } },
        { type: 'article-journal', title: 'Сталин и Орджоникидзе', 'container-title': 'Вопросы истории', issue: '1', author: [{ family: 'Хлевнюк', given: 'О. В.' }], issued: { 'date-parts': [[1993]] } },
      ],
    );
  });
});
