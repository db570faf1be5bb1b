// Russian given names and patronymics (a published list, corpus/given-names.json) in every spelling English-language
// scholarship gives them: LC, BGN/PCGN and popular, with and without signs, -ii/-iy/-y/-i for -ий, single for double
// consonants (Kiril; not before a final vowel, where Ivana is Ivan's genitive), x for ks (Alexei), and ё written yo, io or ë where the list prints е (Pyotr, Piotr, Fëdor).
// A spelling two names share (none in the list today) converts to neither: it is reported as ambiguous.
import data from '../../../corpus/given-names.json';
import { normalizeLatin } from './latinWord';
import { Lexicon } from './lexicon';
import { romanize } from './romanize';
import type { System } from './system';

export interface GivenNames {
  /** The name words by spelling (normalized), those one name has. */
  lexicon: Lexicon;
  /** Lower-case Cyrillic of each spelling several names share (normalized spelling → names). */
  shared: ReadonlyMap<string, readonly string[]>;
}

let built: GivenNames | undefined;

/** Built on first use: some 2,000 spellings of 600 names. */
export function givenNames(): GivenNames {
  return (built ??= build(data.givenNames, data.patronymics));
}

function build(given: readonly string[], patronymics: readonly string[]): GivenNames {
  const byLatin = new Map<string, Set<string>>();
  const add = (latin: string, cyrillic: string) => {
    const key = normalizeLatin(latin);
    byLatin.set(key, (byLatin.get(key) ?? new Set()).add(cyrillic));
  };
  for (const name of [...given, ...patronymics]) {
    const cyrillic = name.toLowerCase();
    const plain = spellings(cyrillic, ['lc', 'bgn', 'popular']);
    for (const latin of plain) add(latin, cyrillic);
    // ё where the list of given names prints е, only in spellings that show it (yo, ë, LC's io): Pyotr, Piotr, not
    // Petr. (The patronymics list prints ё where it has one: Фёдорович.)
    if (!given.includes(name)) continue;
    for (const yo of yoForms(cyrillic)) {
      const shown = new Set([...spellings(yo, ['bgn', 'popular']), ...spellings(yo.replace('ё', 'йо'), ['lc'])]);
      for (const latin of shown) if (!plain.has(latin)) add(latin, yo);
    }
  }
  const entries = [];
  const shared = new Map<string, string[]>();
  for (const [latin, readings] of byLatin) {
    if (readings.size === 1) entries.push({ latin, cyrillic: [...readings][0], name: true });
    else shared.set(latin, [...readings]);
  }
  return { lexicon: new Lexicon(entries), shared };
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
