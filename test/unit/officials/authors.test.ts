import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SearchHitJson } from '../../../src/cli/commands/search';
import { authorsAsPeople, authorsFromNotes } from '../../../src/core/officials/authors';
import { buildOfficialsIndex } from '../../../src/core/officials/corpusIndex';
import { fullName } from '../../../src/core/officials/model';
import { LineIndex } from '../../../src/core/text/range';
import { runCli } from '../cliHarness';
import { articleText } from './fixtures';

const NAMES = path.resolve(__dirname, '../../fixtures/names');
/** The surnames the notes cite, one note a line. */
const citedIn = (...notes: string[]) => authorsFromNotes([notes.join('\n')]).map(a => a.name);

describe('cited authors', () => {
  it('read an author’s name as surname with given names or initials, before it or after it in Russian style', () => {
    const people = authorsAsPeople([
      { id: 'conquest', name: 'Robert Conquest' }, { id: 'starkov', name: 'B. A. Starkov' }, { id: 'getty', name: 'J. Arch Getty' },
      { id: 'khlevniuk', name: 'Хлевнюк О. В.' }, { id: 'tumshis', name: 'Tumshis' },
    ]);
    assert.deepEqual(people.map(p => [p.surname, p.given ?? p.initials ?? null, p.cyrillic, fullName(p)]), [
      ['Conquest', 'Robert', '', 'Robert Conquest'], ['Starkov', 'B. A.', '', 'B. A. Starkov'], ['Getty', 'J. Arch', '', 'J. Arch Getty'],
      ['Хлевнюк', 'О. В.', 'Хлевнюк О. В.', 'О. В. Хлевнюк'], ['Tumshis', null, '', 'Tumshis'],
    ]);
    assert.ok(people.every(p => p.roles.length === 0 && p.note === 'cited author'));
  });

  it('are the surnames the notes cite, not a given name with an initial before a surname (John J. Dziak, James R. Harris)', () => {
    assert.deepEqual(citedIn(
      '[^1]: Boris Levytsky, *The uses of terror* (London, 1971): 65; John J. Dziak, *Chekisty* (Lexington, Mass., 1988): 52.',
      '[^2]: James R. Harris, The Great Urals (Ithaca, NY, 1999): 5; Robert C. Tucker and John J. Dziak, *Stalin* (New York, 1990), 4.',
      '[^3]: Хлевнюк О. В. Политбюро. М., 1996. С. 5; Khlevniuk O. V. Politbiuro. M., 1996.',
    ), ['Dziak', 'Harris', 'Khlevniuk', 'Levytsky', 'Tucker', 'Хлевнюк']);
  });

  it('are read from references whose titles are not set apart, in parentheses, after Cited in, and with co-authors or initials after the surname', () => {
    // Forms of published notes (Applebaum, Gulag; Sullivan, Stalin's Daughter), two completed with a title or given
    // names; the last note is made up, to hold what is no reference
    assert.deepEqual(citedIn(
      '[^1]: Okhotin and Roginsky, pp. 376, 399, and 285; Kokurin and Petrov, Gulag, pp. 797–857.',
      '[^2]: Vilensky, Deti Gulaga, p. 248. Hiroaki Kuromiya, Stalin: Profiles in Power (London: Pearson Education, 2005), 95.',
      '[^3]: Bacon compiled his figures from various sources (Zagorulko, Voennoplennye, pp. 31 and 333).',
      '[^4]: Quoted in Conquest, The Great Terror, p. 465; Klehr, Harvey, John Earl Haynes, and Fridrikh Igorevich Firsov, The Secret World (New Haven: Yale University Press, 1995), 12.',
      '[^5]: Stalin, Molotov and Kaganovich signed it on 5 May, 1937. Moscow, Lubyanka, 1998.',
    ), ['Conquest', 'Firsov', 'Haynes', 'Klehr', 'Kokurin', 'Kuromiya', 'Okhotin', 'Petrov', 'Roginsky', 'Vilensky', 'Zagorulko']);
  });

  it('are read before a compiler’s mark, before a quoted title away from a reference’s opening, and before a title in sentence case with volume and page', () => {
    assert.deepEqual(citedIn(
      '[^1]: A. N. Iakovlev, comp., Reabilitatsiia: Kak eto bylo (Moscow: Demokratiia, 2000), 1:12.',
      '[^2]: The argument here follows Lynne Viola, “The Peasant Nightmare,” Journal of Modern History 62 (1990): 747–70.',
      '[^3]: Danilov, Tragediia sovetskoi derevni, 3:45.',
    ), ['Danilov', 'Iakovlev', 'Viola']);
  });

  it('are read before a short title in sentence case and a page, and in a second reference after a page and a comma', () => {
    // Rossoliński-Liebe, Stepan Bandera (2014), nn. 1812 and 1803; the last two notes are made up, to hold a short
    // title with two pages and what is no reference
    assert.deepEqual(citedIn(
      '[^1]: Motyka, Ukraińska partyzantka, 481.',
      '[^2]: See Weiner, Making Sense of War, 209–16, Johan Dietsch, Making Sense of Suffering: Holocaust and Holodomor in Ukrainian Historical Culture (Lund: Lund University, 2006), 101.',
      '[^3]: Harris, Great Urals, 45, 58.',
      '[^4]: On 15 November 1944, Khrushchev wrote to Stalin, 12 pages in all.',
    ), ['Dietsch', 'Harris', 'Motyka', 'Weiner']);
  });

  it('are searchable in a folder without an officials file: every historian each passage cites, by their name and in Cyrillic', () => {
    for (const file of readdirSync(NAMES).filter(f => f.endsWith('.md') && f !== 'README.md')) {
      const text = readFileSync(path.join(NAMES, file), 'utf8');
      const key = JSON.parse(readFileSync(path.join(NAMES, file.replace(/\.md$/, '.key.json')), 'utf8')) as { authors: string[] };
      const index = buildOfficialsIndex([{ file, text }]);
      assert.deepEqual(index.authors.map(a => a.name), authorsFromNotes([text]).map(a => a.name));
      for (const author of key.authors) assert.equal(index.authorSearch.search(author, 3).results[0]?.official.surname, author, `${file}: ${author}`);
    }
    const kotkin = buildOfficialsIndex([{ file: 'k.md', text: readFileSync(path.join(NAMES, 'kotkin-waiting.md'), 'utf8') }]);
    assert.equal(kotkin.authorSearch.search('Хлевнюк', 3).results[0]?.official.surname, 'Khlevniuk');
    assert.equal(kotkin.officials.some(o => o.surname === 'Khlevniuk'), false, 'an author is not one of the people');
  });

  it('are found by opis search, after the people and with where the corpus names them', async () => {
    const { code, stdout } = await runCli(['search', 'Conquest', '--json']);
    assert.equal(code, 0);
    const [first] = JSON.parse(stdout) as SearchHitJson[];
    assert.deepEqual([first.id, first.fullName, first.cyrillic, first.role, first.score], ['author:conquest', 'Robert Conquest', '', 'cited author', 1]);
    const lines = new LineIndex(articleText);
    assert.ok(first.mentions.length > 0);
    for (const m of first.mentions) assert.match(lines.lineText(m.line).slice(m.character), /^(?:Robert )?Conquest\b/);
    assert.match((await runCli(['search', 'Conquest'])).stdout, /^1\. Robert Conquest · cited author · \d+ mentions?\n {3}first mention: harris-dual-subordination\.md:\d+:\d+\n/);
    const yezhov = JSON.parse((await runCli(['search', 'Yezhov', '--json'])).stdout) as SearchHitJson[];
    assert.equal(yezhov[0].id, 'ezhov', 'a person the query names comes before any author');
  });
});
