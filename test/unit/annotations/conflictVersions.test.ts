import * as assert from 'node:assert/strict';
import { annotationToW3c, summarizeVersion, versionText } from '../../../src/core/annotations';
import { passage } from './fixtures';

const annotation = (note: string, creator: string) =>
  annotationToW3c({ id: 'urn:uuid:a', ...passage('the regional party'), note, tags: ['party', 'obkom'], category: 'Evidence', created: '2024-01-01T00:00:00.000Z', modified: '2024-02-01T00:00:00.000Z', creator, replies: [] });

describe('conflict versions', () => {
  it('summarizes an annotation version: author, date, note, tags, category and passage', () => {
    assert.deepEqual(summarizeVersion(annotation('Fainsod.', 'Alice')), {
      creator: 'Alice',
      modified: '2024-02-01T00:00:00.000Z',
      note: 'Fainsod.',
      tags: ['party', 'obkom'],
      category: 'Evidence',
      quote: 'the regional party',
    });
  });

  it('summarizes a reply version without its parent', () => {
    const reply = { id: 'urn:uuid:r', type: 'Annotation', motivation: 'replying', created: 'c', modified: 'm', creator: { type: 'Person', name: 'Bob' }, body: [{ type: 'TextualBody', purpose: 'replying', value: 'Agreed.' }], target: 'urn:uuid:a' };
    assert.deepEqual(summarizeVersion(reply), { creator: 'Bob', modified: 'm', note: 'Agreed.', tags: [], category: undefined, quote: undefined });
  });

  it('renders versions as texts that differ only where the versions do', () => {
    const mine = versionText(annotation('Fainsod, p. 12.', 'Alice')).split('\n');
    const theirs = versionText(annotation('Fainsod, p. 14.', 'Bob')).split('\n');
    assert.deepEqual(mine.slice(0, 5), ['Author: Alice', 'Modified: 2024-02-01T00:00:00.000Z', 'Category: Evidence', 'Tags: party, obkom', 'Passage: “the regional party”']);
    assert.deepEqual(mine.map((line, i) => line !== theirs[i]).flatMap((differs, i) => (differs ? [i] : [])), [0, 6]);
  });

  it('shows an item it cannot read as JSON, so nothing of it is hidden', () => {
    const odd = { id: 'urn:uuid:x', type: 'Annotation', target: 'https://example.org/' };
    assert.equal(summarizeVersion(odd), undefined);
    assert.deepEqual(JSON.parse(versionText(odd)), odd);
  });
});
