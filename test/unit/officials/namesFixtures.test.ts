// Proposals measured on passages of published scholarship (test/fixtures/names), against answer keys written
// before the proposals were run: the top result of each reader's query is the person the passage names.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { citedAuthors } from '../../../src/core/officials/citedAuthors';
import { buildOfficialsIndex } from '../../../src/core/officials/corpusIndex';

interface Key {
  source: string;
  people: { surname: string; queries: string[] }[];
  notPeople: string[];
  authors: string[];
}

const dir = path.resolve(__dirname, '../../fixtures/names');
const passages = readdirSync(dir)
  .filter(file => file.endsWith('.md') && file !== 'README.md')
  .map(file => ({ file, text: readFileSync(path.join(dir, file), 'utf8'), key: JSON.parse(readFileSync(path.join(dir, file.replace(/\.md$/, '.key.json')), 'utf8')) as Key }));

describe('people proposed from passages of published scholarship', () => {
  it('has passages with sources', () => {
    assert.ok(passages.length >= 4);
    for (const { key } of passages) assert.match(key.source, /\d{4}/);
  });

  it('finds the person at the top for at least 85 % of the name queries (90 of 92 measured)', () => {
    let found = 0;
    const misses: string[] = [];
    const queries = passages.flatMap(({ file, text, key }) => {
      const index = buildOfficialsIndex([{ file, text }]);
      return key.people.flatMap(person => person.queries.map(query => ({ query, person, index })));
    });
    for (const { query, person, index } of queries) {
      const top = index.search.search(query).results[0]?.official.surname;
      if (top === person.surname) found++;
      else misses.push(`${query} → ${top ?? 'nothing'} (${person.surname})`);
    }
    // Measured: 86 of 92 at first, 90 since a post after a name, a person's fate before it and an organ in its
    // clause count as evidence (the issue asks for 85 %).
    assert.ok(found >= 90 && found / queries.length >= 0.85, `${found}/${queries.length}; missed: ${misses.join('; ')}`);
  });

  it('proposes no historian, country, title or organ', () => {
    for (const { file, text, key } of passages) {
      const proposed = new Set(buildOfficialsIndex([{ file, text }]).officials.map(official => official.surname));
      assert.deepEqual(key.notPeople.filter(word => proposed.has(word)), [], file);
    }
  });

  it('reads the cited historians from the notes', () => {
    for (const { text, key } of passages) {
      const authors = citedAuthors([text]);
      assert.deepEqual(key.authors.filter(author => !authors.has(author)), [], key.source);
    }
  });
});
