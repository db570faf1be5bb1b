// Proposals on passages held out from the work on them (test/fixtures/names/held-out), each key written before
// they were run on it. `firstRun` is what the first run gave; `holds` is what the test holds now.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { citedAuthors } from '../../../src/core/officials/citedAuthors';
import { buildOfficialsIndex } from '../../../src/core/officials/corpusIndex';

interface Key {
  people: { surname: string; queries: string[] }[];
  notPeople: string[];
  authors: string[];
}

interface Figures {
  /** Name queries whose top result is the person. */
  queries: number;
  /** Words of `notPeople` still proposed as people. */
  proposedWrongly: string[];
  /** Cited historians read from the notes. */
  authors: number;
}

const dir = path.resolve(__dirname, '../../fixtures/names/held-out');
const passages = readdirSync(dir)
  .filter(file => file.endsWith('.md'))
  .map(file => ({ file, text: readFileSync(path.join(dir, file), 'utf8'), key: JSON.parse(readFileSync(path.join(dir, file.replace(/\.md$/, '.key.json')), 'utf8')) as Key }));

const MEASURED: Record<string, { firstRun: Figures; holds: Figures }> = {
  // Shariya seen once; Lakoba after `at`, read as a place.
  'kotkin-georgia.md': {
    firstRun: { queries: 11, proposedWrongly: [], authors: 2 },
    holds: { queries: 14, proposedWrongly: [], authors: 2 },
  },
  'applebaum-kolyma.md': {
    firstRun: { queries: 25, proposedWrongly: ['Aleksandrov'], authors: 0 },
    holds: { queries: 33, proposedWrongly: [], authors: 0 },
  },
  'birstein-1953.md': {
    firstRun: { queries: 26, proposedWrongly: ['Kokurin', 'Petrov', 'Ryazentsev', 'Crankshaw', 'Kondrashov', 'Smert'], authors: 4 },
    holds: { queries: 30, proposedWrongly: [], authors: 12 },
  },
  'ferghana-stalin.md': {
    firstRun: { queries: 8, proposedWrongly: [], authors: 2 },
    holds: { queries: 8, proposedWrongly: [], authors: 2 },
  },
  // Keyed and first run after the changes the four passages above showed: their held-out check. Bukharin was
  // named only in the genitive after initials (N. I. Bukharina), taken for a woman's surname.
  'slezkine-house.md': {
    firstRun: { queries: 4, proposedWrongly: ['Hellbeck', 'Bordiugov', 'Piatnitskii'], authors: 10 },
    holds: { queries: 8, proposedWrongly: [], authors: 11 },
  },
  'sullivan-alliluyevs.md': {
    firstRun: { queries: 18, proposedWrongly: ['Thompson'], authors: 1 },
    holds: { queries: 21, proposedWrongly: [], authors: 6 },
  },
  // Keyed and first run after the changes the six passages above showed (the second held-out round): 74 of 102 name
  // queries at the top.
  'loader-latvia.md': {
    firstRun: { queries: 16, proposedWrongly: ['Latvia', 'Komsomol'], authors: 0 },
    holds: { queries: 16, proposedWrongly: [], authors: 0 },
  },
  // The metropolitans, named by their names in religion after a plural title, are not proposed.
  'dickinson-church.md': {
    firstRun: { queries: 8, proposedWrongly: [], authors: 0 },
    holds: { queries: 20, proposedWrongly: [], authors: 0 },
  },
  // Bandera is named only in 'the name Bandera'; the dative 'Tovarishchu Stalinu' is proposed as a person of its own.
  'rossolinski-bandera.md': {
    firstRun: { queries: 11, proposedWrongly: ['Dietsch'], authors: 4 },
    holds: { queries: 12, proposedWrongly: [], authors: 6 },
  },
  // Zukerman is named only as the subject of 'says' and before 'and Lev Altshuler'.
  'rhodes-dark-sun.md': {
    firstRun: { queries: 19, proposedWrongly: [], authors: 0 },
    holds: { queries: 23, proposedWrongly: [], authors: 0 },
  },
  // Mekhlis and Lakoba are named only in a caption's list of names.
  'vatcharadze-khanjian.md': {
    firstRun: { queries: 16, proposedWrongly: [], authors: 0 },
    holds: { queries: 23, proposedWrongly: [], authors: 0 },
  },
  'kamp-uzbek-women.md': {
    firstRun: { queries: 4, proposedWrongly: ['Bukhara', 'Khivan'], authors: 0 },
    holds: { queries: 4, proposedWrongly: [], authors: 0 },
  },
  // Keyed and first run after the changes the second round showed, as their held-out check (the third round): 38 of 48
  // name queries at the top.
  'shapoval-famine.md': {
    firstRun: { queries: 13, proposedWrongly: ['Vasyliev'], authors: 0 },
    holds: { queries: 13, proposedWrongly: [], authors: 0 },
  },
  // The byline's historians proposed; -isms proposed as surnames.
  'borinskaya-lysenkoism.md': {
    firstRun: { queries: 14, proposedWrongly: ['Ermolaev', 'Kolchinsky', 'Michurinism', 'Lysenkoism'], authors: 0 },
    holds: { queries: 15, proposedWrongly: [], authors: 0 },
  },
  // Malinovskij and Fersman, named with a given name and a middle initial, were taken for Russian-style surnames
  // before their initials.
  'rispoli-prezent.md': {
    firstRun: { queries: 11, proposedWrongly: [], authors: 0 },
    holds: { queries: 20, proposedWrongly: [], authors: 0 },
  },
  // Keyed and first run after the changes the third round showed, as their held-out check (the fourth round): 27 of 39
  // name queries at the top. Pelše and Berklavs are named once with no more than a verb after them; Khrushchev only
  // as an epigraph's author.
  'prigge-latvia.md': {
    firstRun: { queries: 8, proposedWrongly: [], authors: 0 },
    holds: { queries: 12, proposedWrongly: [], authors: 0 },
  },
  'lebedeva-katyn.md': {
    firstRun: { queries: 12, proposedWrongly: ['Ostashkov'], authors: 0 },
    holds: { queries: 12, proposedWrongly: [], authors: 0 },
  },
  'vestnik-isaev.md': {
    firstRun: { queries: 7, proposedWrongly: ['Burinsky'], authors: 0 },
    holds: { queries: 7, proposedWrongly: [], authors: 0 },
  },
  // Keyed and first run after the changes the fourth round showed and the known misses (Western given names, places
  // reached, tallies of places, titles set apart), as their held-out check (the fifth round): 112 of 143 name queries at
  // the top.
  'harriman-spaso.md': {
    firstRun: { queries: 23, proposedWrongly: [], authors: 1 },
    holds: { queries: 23, proposedWrongly: [], authors: 1 },
  },
  'yivo-jac.md': {
    firstRun: { queries: 34, proposedWrongly: [], authors: 0 },
    holds: { queries: 37, proposedWrongly: [], authors: 0 },
  },
  'cox-female-leninists.md': {
    firstRun: { queries: 18, proposedWrongly: [], authors: 0 },
    holds: { queries: 18, proposedWrongly: [], authors: 0 },
  },
  'brent-naumov-doctors.md': {
    firstRun: { queries: 27, proposedWrongly: ['Yuri'], authors: 0 },
    holds: { queries: 27, proposedWrongly: [], authors: 0 },
  },
  'pechatnov-harriman.md': {
    firstRun: { queries: 6, proposedWrongly: [], authors: 1 },
    holds: { queries: 6, proposedWrongly: [], authors: 1 },
  },
  'sushkov-andrianov.md': {
    firstRun: { queries: 4, proposedWrongly: [], authors: 0 },
    holds: { queries: 4, proposedWrongly: [], authors: 0 },
  },
  // Every name in Cyrillic and most only in an oblique case: the case forms after initials were proposed as surnames.
  'mikhoels-murder-ru.md': {
    firstRun: { queries: 0, proposedWrongly: ['Михоэлса', 'Маленкову', 'Голубова'], authors: 0 },
    holds: { queries: 15, proposedWrongly: [], authors: 0 },
  },
  // Keyed and first run after the changes the fifth round showed and the known misses (Cyrillic queries for Western
  // surnames, English words as surnames, particles, double surnames, titles in other languages, imprints, groups), as
  // their held-out check (the sixth round): 147 of 193 name queries at the top (134 of 138 in the English passages).
  'taubman-antiparty.md': {
    firstRun: { queries: 35, proposedWrongly: [], authors: 0 },
    holds: { queries: 35, proposedWrongly: [], authors: 0 },
  },
  'reid-leningrad-affair.md': {
    firstRun: { queries: 25, proposedWrongly: [], authors: 0 },
    holds: { queries: 25, proposedWrongly: [], authors: 0 },
  },
  // Pringle, the dictionary's author, named below the entry with the book.
  'pringle-leningrad-case.md': {
    firstRun: { queries: 27, proposedWrongly: ['Pringle'], authors: 0 },
    holds: { queries: 27, proposedWrongly: [], authors: 0 },
  },
  // Mikoyan is named once, in `If Mikoyan had a point`.
  'service-zhdanov-death.md': {
    firstRun: { queries: 19, proposedWrongly: [], authors: 0 },
    holds: { queries: 23, proposedWrongly: [], authors: 0 },
  },
  // The document's author and translator, in its heading.
  'pospelov-kirov.md': {
    firstRun: { queries: 28, proposedWrongly: ['Saxena', 'Pospelov'], authors: 0 },
    holds: { queries: 28, proposedWrongly: [], authors: 0 },
  },
  // Cyrillic names in the accusative after a verb of replacing (Минну Юнович, Е. Михайлову, Владимира Щербину), and
  // after т. (товарищ): Александров, Пузин, Федосеев. Still missed: Юнович, after a woman's given name the lists lack,
  // and Михайлова, whose accusative Михайлову is read as a man's dative.
  'chuprinin-zhurnaly-ru.md': {
    firstRun: { queries: 13, proposedWrongly: ['Щербину'], authors: 0 },
    holds: { queries: 26, proposedWrongly: [], authors: 0 },
  },
  // Every name in Cyrillic, in the genitive after a preposition or a noun (у Хрущева, ставленника Берия, Сафонова) or
  // as a bare nominative in brackets (Лозовский, Абакумов).
  'avtorkhanov-zagadka-ru.md': {
    firstRun: { queries: 0, proposedWrongly: [], authors: 0 },
    holds: { queries: 23, proposedWrongly: [], authors: 0 },
  },
  // The colleagues an acknowledgement thanks were proposed; `William O. McCagg Jr` was read as the author William.
  'tromly-leningrad-notes.md': {
    firstRun: { queries: 0, proposedWrongly: ['Colton', 'Brandenburger', 'Cliver', 'Kutuzov', 'Demidov', 'Zhelkovsky', 'Mikova'], authors: 3 },
    holds: { queries: 0, proposedWrongly: [], authors: 4 },
  },
  // Keyed and first run after the changes the sixth round showed and the known misses (the glossary's words, quarters of
  // the compass, romanized names in the genitive, weak matches as nearest names), as their held-out check (the seventh
  // round): 166 of 201 name queries at the top. Lithuanian surnames (-ys, -as, -ius) named once after a title, in
  // apposition or in a list; a Georgian surname in -ava only in oblique cases; a surname after `the writer` or `the head
  // of the prison`; the historians named with their profession, a note number or a byline were proposed. After the
  // changes these showed: 190 of 201. Still missed: `Ш. 3. Элиавой` (a digit for an
  // initial), Yurynets after a dash, the caption's `Juho Kusti Paasikivi`.
  'kostiuk-skrypnyk.md': {
    firstRun: { queries: 41, proposedWrongly: [], authors: 0 },
    holds: { queries: 44, proposedWrongly: [], authors: 0 },
  },
  'mace-famine.md': {
    firstRun: { queries: 37, proposedWrongly: ['Mace'], authors: 0 },
    holds: { queries: 37, proposedWrongly: [], authors: 0 },
  },
  'khalid-turkkomissiia-ru.md': {
    firstRun: { queries: 28, proposedWrongly: [], authors: 0 },
    holds: { queries: 28, proposedWrongly: [], authors: 0 },
  },
  'ustinov-ryskulov-ru.md': {
    firstRun: { queries: 8, proposedWrongly: [], authors: 0 },
    holds: { queries: 8, proposedWrongly: [], authors: 0 },
  },
  'kolganov-kuibyshev-ru.md': {
    firstRun: { queries: 5, proposedWrongly: [], authors: 0 },
    holds: { queries: 9, proposedWrongly: [], authors: 0 },
  },
  'iie-ryskulov.md': {
    firstRun: { queries: 9, proposedWrongly: [], authors: 0 },
    holds: { queries: 13, proposedWrongly: [], authors: 0 },
  },
  'urbsys-memoirs.md': {
    firstRun: { queries: 16, proposedWrongly: [], authors: 0 },
    holds: { queries: 20, proposedWrongly: [], authors: 0 },
  },
  'frus-lithuania-1940.md': {
    firstRun: { queries: 9, proposedWrongly: [], authors: 0 },
    holds: { queries: 18, proposedWrongly: [], authors: 0 },
  },
  'smith-georgian-affair.md': {
    firstRun: { queries: 6, proposedWrongly: ['Lewin'], authors: 0 },
    holds: { queries: 6, proposedWrongly: [], authors: 0 },
  },
  'baghirov-repressions.md': {
    firstRun: { queries: 7, proposedWrongly: ['Cornell', 'Furman'], authors: 0 },
    holds: { queries: 7, proposedWrongly: [], authors: 0 },
  },
};

describe('people proposed from held-out passages', () => {
  for (const { file, text, key } of passages) {
    const measured = MEASURED[file];
    it(`${file}: the person at the top for at least ${measured?.holds.queries} name queries, no more historians or places proposed than measured, the authors read`, () => {
      assert.ok(measured, `${file} has no measured figures`);
      const index = buildOfficialsIndex([{ file, text }]);
      let found = 0;
      const misses: string[] = [];
      for (const person of key.people) {
        for (const query of person.queries) {
          const top = index.search.search(query).results[0]?.official.surname;
          if (top === person.surname) found++;
          else misses.push(`${query} → ${top ?? 'nothing'}`);
        }
      }
      assert.ok(found >= measured.holds.queries, `${found}; missed: ${misses.join('; ')}`);
      const proposed = new Set(index.officials.map(official => official.surname));
      assert.deepEqual(key.notPeople.filter(word => proposed.has(word)).sort(), [...measured.holds.proposedWrongly].sort());
      const authors = citedAuthors([text]);
      assert.equal(key.authors.filter(author => authors.has(author)).length, measured.holds.authors);
      assert.deepEqual([...authors].filter(author => !key.authors.includes(author)), [], 'no other word read as an author');
    });
  }
});
