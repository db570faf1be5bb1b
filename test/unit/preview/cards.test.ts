import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { glossaryCard, glossaryCardHtml, glossaryCardMarkdown, noteCard, noteCardHtml, noteCardMarkdown, officialCardHtml, officialCard } from '../../../src/core/cards';
import { analyseDocumentNotes, archivalOptions } from '../../../src/core/citations';
import { buildDocumentIndex } from '../../../src/core/document';
import { Glossary } from '../../../src/core/glossary';

const glossary = new Glossary(JSON.parse(readFileSync('corpus/glossary.json', 'utf8')).entries);

function cardsOf(text: string, label: string) {
  const index = buildDocumentIndex(text);
  const definition = index.definition(label);
  assert.ok(definition, `note ${label} is defined`);
  return noteCard(definition, analyseDocumentNotes(index, archivalOptions(glossary)), glossary);
}

describe('card model', () => {
  const article = readFileSync('corpus/harris-dual-subordination.md', 'utf8');

  it('resolves an Ibid. to the note it refers to, with the archive spelled out and the file in words', () => {
    const card = cardsOf(article, '28');
    const [first] = card.citations;
    assert.ok(first.heading.kind === 'back-reference' && first.heading.resolved, JSON.stringify(first.heading));
    assert.equal(first.heading.resolved.from, '27');
    assert.match(first.heading.resolved.reference, /^RGASPI, f\. 17, op\. 3, d\. 677/);
    assert.equal(first.archive?.siglum, 'RGASPI');
    assert.match(first.archive?.name ?? '', /Sotsial’no-Politicheskoi/);
    assert.deepEqual(
      first.facts.map(f => f.label),
      ['Fond (collection)', 'Opis’ (inventory)', 'Delo (file)', 'Folios'],
    );
    assert.match(first.facts.find(f => f.label === 'Folios')?.value ?? '', /82/);
  });

  it('names the other notes citing the same file', () => {
    const card = cardsOf(article, '22');
    assert.ok(card.citations[0].alsoCitedIn.includes('24'), JSON.stringify(card.citations[0].alsoCitedIn));
  });

  it('says when an Ibid. has nothing earlier to refer to', () => {
    const card = cardsOf('Text.[^1]\n\n[^1]: Ibid., l. 4.\n', '1');
    assert.deepEqual(card.citations[0].heading, { kind: 'back-reference', written: 'Ibid.', resolved: undefined });
    assert.match(noteCardMarkdown(card), /nothing earlier to refer to/);
    assert.match(noteCardHtml(card), /nothing earlier to refer to/);
  });

  it('lists the works an ambiguous op. cit. may stand for, taking none, and shows a periodical’s issue', () => {
    const text = 'A.[^1] B.[^2] C.[^3] D.[^4]\n\n[^1]: Conquest, The Great Terror (London, 1968), p. 5.\n\n[^2]: Conquest, Harvest of Sorrow (London, 1986), p. 7.\n\n[^3]: Conquest, op. cit., p. 9.\n\n[^4]: Известия. 1937. № 55. 6 марта. С. 2.\n';
    const card = cardsOf(text, '3');
    assert.deepEqual(card.citations[0].heading, {
      kind: 'back-reference',
      written: 'op. cit.',
      candidates: [{ from: '2', reference: 'Conquest, Harvest of Sorrow (London, 1986)' }, { from: '1', reference: 'Conquest, The Great Terror (London, 1968)' }],
    });
    const expected = 'which work is not clear: note 2: Conquest, Harvest of Sorrow (London, 1986); note 1: Conquest, The Great Terror (London, 1968)';
    assert.ok(noteCardMarkdown(card).includes(`**op. cit.** → *which work is not clear:* note 2: Conquest, Harvest of Sorrow \\(London, 1986\\)`), noteCardMarkdown(card));
    assert.ok(noteCardHtml(card).includes(expected.replace('which work is not clear:', '<em>which work is not clear:</em>')), noteCardHtml(card));
    const paper = cardsOf(text, '4').citations[0];
    assert.deepEqual(paper.heading, { kind: 'source', what: 'Printed source', reference: 'Известия (no. 55, 6 марта 1937): 2' });
    assert.deepEqual(paper.facts, [{ label: 'Title', value: 'Известия' }, { label: 'Issue', value: '55' }, { label: 'Date', value: '6 марта 1937' }, { label: 'Pages', value: '2' }]);
  });

  it('renders the same facts in the editor Markdown and the preview HTML', () => {
    const card = cardsOf(article, '28');
    const markdown = noteCardMarkdown(card);
    const html = noteCardHtml(card);
    for (const heading of ['Ibid. → note 27', 'Fond', 'Delo', 'Folios: ']) {
      assert.ok(markdown.includes(heading), heading);
      assert.ok(html.includes(heading), heading);
    }
    assert.match(html, /^<p><strong>Note 28<\/strong><\/p><p><em>Ibid<\/em>\., ll\. 82-85/);
  });
});

describe('card HTML escapes corpus text', () => {
  const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> "quoted" & \'single\'';

  it('a crafted note renders as text, its emphasis as <em> and nothing else', () => {
    const card = cardsOf(`Text.[^x]\n\n[^x]: *${hostile}* and <img src="https://example.org/t.png">, RGASPI, f. 17.\n`, 'x');
    const html = noteCardHtml(card);
    assert.doesNotMatch(html, /<img|<script/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /<em>&lt;img/);
    assert.match(html, /&lt;img src=&quot;https:\/\/example\.org\/t\.png&quot;&gt;/);
  });

  it('glossary and official cards escape every field', () => {
    const entry = { term: hostile, kind: 'term' as const, expansion: hostile, english: hostile, cyrillic: hostile, description: hostile };
    const official = { id: 'x', surname: hostile, cyrillic: hostile, roles: [{ title: hostile, years: hostile }], note: hostile, affiliations: [hostile] };
    for (const html of [glossaryCardHtml(glossaryCard(entry)), officialCardHtml(officialCard(official as never))]) {
      assert.doesNotMatch(html, /<img|<script/);
      assert.match(html, /&lt;script&gt;/);
      assert.match(html, /&quot;quoted&quot; &amp; &#39;single&#39;/);
    }
    assert.doesNotMatch(glossaryCardMarkdown(glossaryCard(entry)), /(?<!\\)<img/);
  });
});
