// Find Official while a query is typed: the search keeps what the words of the last query scored and what it showed,
// so each keystroke must answer exactly as a search that saw only that query, whatever came before it.
import assert from 'node:assert/strict';
import type { Official } from '../../../src/core/officials/model';
import { OfficialsSearch } from '../../../src/core/officials/search';
import { bundled } from './fixtures';

/** The bundled people, and namesakes of some of them (equal full names, other roles), as rosters repeat names. */
const NAMESAKES = new Set(['kabakov', 'mrachkovskii', 'ezhov', 'rykov', 'ordzhonikidze', 'volkov']);
const PEOPLE: Official[] = [
  ...bundled.officials,
  ...bundled.officials
    .filter(official => NAMESAKES.has(official.id))
    .flatMap((official, i) => [1, 2].map(n => ({ ...official, id: `${official.id}-${n}`, roles: [{ title: (i + n) % 2 ? 'raikom secretary' : 'NKVD representative' }] }))),
];

/** What a reader types, then deletes and types again: names, a given name, Cyrillic, a typo, roles, spaces. */
const TYPED = ['Kabakov Ivan', 'Ежов', 'Mrachkovskij', 'Ordzhonikidze Sergo', 'NKVD Sverdlovsk', 'Kabakof', 'Rykov  Sovnarkom '];

function keystrokes(): string[] {
  const typed: string[] = [];
  for (const word of TYPED) {
    for (let i = 1; i <= word.length; i++) typed.push(word.slice(0, i));
    for (let i = word.length - 1; i > word.length / 2; i--) typed.push(word.slice(0, i));
  }
  return typed;
}

describe('officials search while typing', () => {
  it('answers each keystroke exactly as a search asked that query alone', () => {
    const typing = new OfficialsSearch(PEOPLE);
    for (const query of keystrokes()) {
      for (const limit of [5, 50]) assert.deepEqual(typing.search(query, limit), new OfficialsSearch(PEOPLE).search(query, limit), JSON.stringify({ query, limit }));
    }
  });

  it('ranks namesakes of a typed name by the order of the roster', () => {
    const results = new OfficialsSearch(PEOPLE).search('Kabakov', 10).results.map(result => result.official.id);
    assert.deepEqual(results.slice(0, 3), ['kabakov', 'kabakov-1', 'kabakov-2']);
  });
});
