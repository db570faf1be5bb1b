// Russian given names and patronymics (a published list, corpus/given-names.json) in every spelling English-language
// scholarship gives them: LC, BGN/PCGN and popular, with and without signs, -ii/-iy/-y/-i for -ий, single for double
// consonants (Kiril; not before a final vowel, where Ivana is Ivan's genitive), x for ks (Alexei), and ё written yo,
// io or ë where the list prints е (Pyotr, Piotr, Fëdor). A spelling two names share (Valerianovich: Валерианович or
// Валерьянович) is reported with both readings.
import data from '../../../corpus/given-names.json';
import { normalizeLatin } from './latinWord';
import { Lexicon, type StemMatch } from './lexicon';
import { runStepsInTurns, type Steps } from '../text/steps';
import { romanize } from './romanize';
import type { System } from './system';

/** The Cyrillic initials whose names' spellings may begin with each Latin letter (Ю: Iu, Yu; Кс: Xenia). Names are
 * romanized a first letter at a time, when a word asks for it: all 600 at once hold a host's thread too long. */
const INITIALS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'еёэ', y: 'еёюяй', z: 'жз', i: 'ийюя', k: 'кх', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', r: 'р', s: 'сшщ', t: 'тц', u: 'у', f: 'ф', c: 'ч', x: 'к',
};

interface Shard {
  /** The spellings one name has, as a lexicon of names (for case forms: Lazaria). */
  lexicon: Lexicon;
  /** Lower-case Cyrillic of each spelling (normalized), one or more names. */
  readings: ReadonlyMap<string, readonly string[]>;
}

const shards = new Map<string, Shard>();
const NAMES = [...data.givenNames, ...data.patronymics];
const GIVEN = new Set(data.givenNames);

function shard(initial: string): Shard {
  let found = shards.get(initial);
  if (!found) shards.set(initial, (found = build(NAMES.filter(name => name[0].toLowerCase() === initial))));
  return found;
}

/** Makes every initial's table now, in turns of the event loop (the host's start), rather than inside the first
 * article's analysis, which needed several of them (about 70 ms). */
export function prepareGivenNamesInTurns(): Promise<void> {
  return runStepsInTurns(shardSteps());
}

function* shardSteps(): Steps<void> {
  for (const initial of new Set(Object.values(INITIALS).join(''))) {
    yield;
    shard(initial);
  }
}

function shardsOf(normalized: string): Shard[] {
  return [...(INITIALS[normalized[0]] ?? '')].map(shard);
}

/** The lower-case Cyrillic a spelling of a name or patronymic reads as (any case, any sign spelling): none, one, or
 * several where names share it. */
export function givenNameReadings(word: string): string[] {
  const key = normalizeLatin(word);
  return [...new Set(shardsOf(key).flatMap(s => s.readings.get(key) ?? []))];
}

/** The name a (normalized) word is a case form of, as a stem for the rules to finish (Lazaria: Лазар + ia). */
export function givenNameInflection(normalized: string): StemMatch | undefined {
  for (const s of shardsOf(normalized)) {
    const found = s.lexicon.inflection(normalized);
    if (found) return found;
  }
  return undefined;
}

function build(names: readonly string[]): Shard {
  const byLatin = new Map<string, Set<string>>();
  const add = (latin: string, cyrillic: string) => {
    const key = normalizeLatin(latin);
    byLatin.set(key, (byLatin.get(key) ?? new Set()).add(cyrillic));
  };
  for (const name of names) {
    const cyrillic = name.toLowerCase();
    const plain = spellings(cyrillic, ['lc', 'bgn', 'popular']);
    for (const latin of plain) add(latin, cyrillic);
    // ё where the list of given names prints е, only in spellings that show it (yo, ë, LC's io): Pyotr, Piotr, not
    // Petr. (The patronymics list prints ё where it has one: Фёдорович.)
    if (!GIVEN.has(name)) continue;
    for (const yo of yoForms(cyrillic)) {
      const shown = new Set([...spellings(yo, ['bgn', 'popular']), ...spellings(yo.replace('ё', 'йо'), ['lc'])]);
      for (const latin of shown) if (!plain.has(latin)) add(latin, yo);
    }
  }
  const readings = new Map([...byLatin].map(([latin, names]) => [latin, [...names]]));
  const entries = [...readings].filter(([, names]) => names.length === 1).map(([latin, [cyrillic]]) => ({ latin, cyrillic, name: true }));
  return { lexicon: new Lexicon(entries), readings };
}

/** The name with one е after a consonant read as ё (Петр: Пётр). */
function yoForms(cyrillic: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < cyrillic.length; i++) {
    if (cyrillic[i] === 'е' && !/[аеёиоуыэюяьъй]/.test(cyrillic[i - 1])) out.push(cyrillic.slice(0, i) + 'ё' + cyrillic.slice(i + 1));
  }
  return out;
}

/** The romanized spellings of one (lower-case) Cyrillic name in the given systems. */
function spellings(cyrillic: string, systems: readonly System[]): Set<string> {
  const out = new Set<string>();
  for (const system of systems) {
    const latin = romanize(cyrillic, system);
    for (const signs of [latin, latin.replace(/’/g, '')]) {
      const endings = cyrillic.endsWith('ий') && /(?:ii|iy|y)$/.test(signs) ? ['ii', 'iy', 'y', 'i'].map(e => signs.replace(/(?:ii|iy|y)$/, e)) : [signs];
      for (const ending of endings) {
        for (const single of [ending, ending.replace(/([bdfgklmnprstvz])\1(?![aeiouy]$)/g, '$1')]) {
          out.add(single);
          out.add(single.replace(/ks/g, 'x'));
        }
      }
    }
  }
  return out;
}
