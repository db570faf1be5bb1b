import * as assert from 'node:assert/strict';
import { citedFootnotes, exportMarkdown, importHypothesis, parseStore, serializeStore } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';
import { passage, storeOn } from './fixtures';

describe('exports', () => {
  async function sample() {
    const store = storeOn(new MemoryFileSystem());
    const a = store.add({ ...passage('directly handled problems involving them.[^2]'), note: 'Fainsod on the obkom.', tags: ['party', 'police'], category: 'Evidence' });
    store.addReply(a.id, 'But see the 1937 files.');
    store.add({ ...passage('the NKVD'), category: 'Question' });
    return store;
  }

  it('lists the footnotes a passage cites', () => {
    assert.deepEqual(citedFootnotes('as argued.[^12] Later[^3], again[^12].'), ['[^12]', '[^3]']);
  });

  it('writes Markdown with each quote, its note, tags, cited footnotes and replies, in reading order', async () => {
    const md = exportMarkdown((await sample()).annotations);
    const expected = [
      '# Annotations',
      '',
      '## article.md',
      '',
      '### Evidence — alice (2024-01-01)',
      '',
      '> directly handled problems involving them.[^2]',
      '',
      'Fainsod on the obkom.',
      '',
      'Tags: `party`, `police` · Notes cited: \\[^2]',
      '',
      '- **alice** (2024-01-01): But see the 1937 files.',
      '',
      '### Question — alice (2024-01-01)',
      '',
      '> the NKVD',
      '',
    ].join('\n');
    assert.equal(md, expected);
  });

  it('writes a W3C AnnotationCollection that reads back the same', async () => {
    const store = await sample();
    const json = serializeStore({ annotations: [...store.annotations], foreign: [] });
    const collection = JSON.parse(json);
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 3);
    assert.equal(collection.first.items[1].motivation, 'replying');
    assert.equal(collection.first.items[1].target, collection.first.items[0].id);
    const back = parseStore(json, 'export.json');
    assert.deepEqual(back.ok && back.set.annotations, store.annotations);
  });
});

describe('importHypothesis', () => {
  const exported = {
    export_date: '2024-03-01T10:00:00Z',
    annotations: [
      {
        id: 'h1',
        created: '2024-02-01T09:00:00Z',
        updated: '2024-02-02T09:00:00Z',
        user: 'acct:historian@hypothes.is',
        uri: 'https://example.org/harris.pdf',
        text: 'Key claim.',
        tags: ['thesis'],
        target: [{ source: 'https://example.org/harris.pdf', selector: [
          { type: 'RangeSelector', startContainer: '/div[1]', startOffset: 0, endContainer: '/div[1]', endOffset: 10 },
          { type: 'TextPositionSelector', start: 120, end: 160 },
          { type: 'TextQuoteSelector', exact: 'the political police', prefix: 'Who did the Soviet ', suffix: ' answer to?' },
        ] }],
      },
      { id: 'h2', created: '2024-02-03T09:00:00Z', user: 'acct:colleague@hypothes.is', text: 'Agreed.', references: ['h1'], target: [{ source: 'x' }] },
      { id: 'h3', created: '2024-02-04T09:00:00Z', text: 'A page note.', target: [{ source: 'x' }] },
      { id: 'h4', text: 'Reply to nothing', references: ['gone'] },
    ],
  };

  it('imports quoted annotations with their notes, tags, creator and replies onto a workspace file', () => {
    const { annotations, skipped } = importHypothesis(exported, 'harris-dual-subordination.md');
    assert.equal(annotations.length, 1);
    const [a] = annotations;
    assert.deepEqual(
      { id: a.id, source: a.source, quote: a.quote, position: a.position, note: a.note, tags: a.tags, creator: a.creator, modified: a.modified },
      {
        id: 'urn:x-hypothesis:h1',
        source: 'harris-dual-subordination.md',
        quote: { exact: 'the political police', prefix: 'Who did the Soviet ', suffix: ' answer to?' },
        position: { start: 120, end: 160 },
        note: 'Key claim.',
        tags: ['thesis'],
        creator: 'historian',
        modified: '2024-02-02T09:00:00Z',
      },
    );
    assert.deepEqual(a.replies.map(r => [r.note, r.creator]), [['Agreed.', 'colleague']]);
    assert.deepEqual(skipped, ['annotation 3 (h3): a page note with no quoted passage', 'annotation 4 (h4): a reply to an annotation that is not in the export']);
  });

  it('reads an API search result and a bare list too, and explains anything else', () => {
    assert.equal(importHypothesis({ rows: exported.annotations }, 'a.md').annotations.length, 1);
    assert.equal(importHypothesis(exported.annotations, 'a.md').annotations.length, 1);
    assert.match(importHypothesis({ hello: 1 }, 'a.md').skipped[0], /not a Hypothesis export/);
  });
});
