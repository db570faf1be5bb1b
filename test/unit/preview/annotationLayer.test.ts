import * as assert from 'node:assert/strict';
import type { Annotation } from '../../../src/core/annotations';
import { buildDocumentIndex } from '../../../src/core/document';
import { ANNOTATIONS_ATTRIBUTE, CardSet, previewAnnotations, previewAnnotationsHtml, readingText, type SourceAnnotation } from '../../../src/core/preview';

const TEXT = 'In *Smolensk under Soviet rule*, Fainsod admitted that the record could not answer.[^3] Leggett agreed.\n\n[^3]: Fainsod, *Smolensk*, p. 7.\n';

function annotation(fields: Partial<Annotation>): Annotation {
  return { id: 'urn:uuid:1', source: 'a.md', quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 }, note: '', tags: [], category: 'Evidence', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', replies: [], ...fields };
}

function placed(fields: Partial<Annotation>, exact: string): SourceAnnotation {
  const start = TEXT.indexOf(exact);
  return { annotation: annotation(fields), start, end: start + exact.length };
}

/** The attribute value as the browser reads it. */
function decodeAttribute(value: string): string {
  return value.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string);
}

describe('annotations for the preview', () => {
  const reading = readingText(buildDocumentIndex(TEXT));

  it('describes each passage in the text as the reader sees it, with its colour and card', () => {
    const cards = new CardSet();
    const [a] = previewAnnotations(reading, [placed({ note: 'Compare Getty.', tags: ['sources'], creator: 'Ann', category: 'Question' }, 'Smolensk under Soviet rule*, Fainsod admitted')], cards);
    assert.deepEqual(a, {
      id: 'urn:uuid:1',
      colour: 'question',
      card: 'opis-card-1',
      target: { exact: 'Smolensk under Soviet rule, Fainsod admitted', prefix: 'In ', suffix: ' that the record could not answe', start: 3, end: 47 },
    });
    assert.equal(cards.html(), '<aside class="opis-cards" hidden><div class="opis-card" id="opis-card-1" role="tooltip"><p><strong>Question</strong> · <code>sources</code> · Ann</p><p class="opis-annotation-note">Compare Getty.</p></div></aside>');
  });

  it('follows a passage across a note reference and into the notes, and leaves out what the reader cannot see', () => {
    const list = previewAnnotations(reading, [
      placed({ id: 'b', category: 'Unknown' }, 'answer.[^3] Leggett'),
      placed({ id: 'a' }, 'Fainsod, *Smolensk*'),
      placed({ id: 'hidden' }, '[^3]: '),
    ], new CardSet());
    assert.deepEqual(list.map(a => [a.id, a.target.exact, a.colour]), [['b', 'answer. Leggett', 'note'], ['a', 'Fainsod, Smolensk', 'evidence']]);
  });

  it('shows hostile notes, tags and names as text, in an attribute a page reads back whole', () => {
    const hostile = '<script>alert(1)</script> "quoted" & <img src="https://example.org/t.png" onerror="x()">';
    const cards = new CardSet();
    const list = previewAnnotations(reading, [placed({ note: hostile, tags: ['<img src=https://example.org/tag.png>'], creator: '"><b>me</b>', replies: [{ id: 'r', note: '<i>', created: '', modified: '' }] }, 'Leggett agreed')], cards);
    const html = previewAnnotationsHtml(list) + cards.html();
    assert.doesNotMatch(html, /<script|<img|<b>|<i>/);
    assert.match(cards.html(), /<p><strong>Evidence<\/strong> · <code>&lt;img src=https:\/\/example\.org\/tag\.png&gt;<\/code> · &quot;&gt;&lt;b&gt;me&lt;\/b&gt;<\/p><p class="opis-annotation-note">&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;quoted&quot; &amp; &lt;img src=&quot;https:\/\/example\.org\/t\.png&quot; onerror=&quot;x\(\)&quot;&gt;<\/p><p><em>1 reply<\/em><\/p>/);
    const attribute = new RegExp(`^<div class="opis-annotations" hidden ${ANNOTATIONS_ATTRIBUTE}="([^"]*)"></div>`).exec(html)?.[1];
    assert.ok(attribute, 'one quoted attribute holds the list');
    assert.deepEqual(JSON.parse(decodeAttribute(attribute)), list);
  });

  it('embeds nothing without annotations', () => {
    assert.equal(previewAnnotationsHtml([]), '');
  });

  it('takes the passages found in an earlier version, by id, while this version is read, with each card as it is now', () => {
    const earlier = previewAnnotations(reading, [placed({ id: 'kept', note: 'Before.' }, 'Leggett agreed')], new CardSet());
    const passages = new Map(earlier.map(a => [a.id, a.target]));
    const cards = new CardSet();
    // offsets of the new version that the earlier reading text would misread: the passage comes by id
    const list = previewAnnotations(passages, [{ ...placed({ id: 'kept', note: 'After.', category: 'Question' }, 'Leggett agreed'), start: 0, end: 2 }, placed({ id: 'new' }, 'Fainsod admitted')], cards);
    assert.deepEqual(list.map(a => [a.id, a.colour, a.target]), [['kept', 'question', earlier[0].target]]);
    assert.equal(earlier[0].target.exact, 'Leggett agreed');
    assert.match(cards.html(), /After\./);
  });
});
