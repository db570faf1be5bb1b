// The names nearest to a query that found no one, for a "did you mean": each distinct surname (and English form) of
// the roster compared with each query word by edit distance, in its spelling and in its romanization skeleton, so
// that a name typed in another romanization or in Cyrillic comes near the article's spelling.
import { similarity } from '../anchoring/similarity';
import { romanize, skeleton } from '../translit';
import { fullName, type Official } from './model';
import { fold, prepareQuery } from './query';

/** The least likeness (1 − normalised edit distance) of a name worth suggesting. */
const MIN_LIKENESS = 0.4;
const CYRILLIC = /[\u0400-\u04FF]/;

interface Surname {
  folded: string;
  skel: string;
  /** Indexes of the people who bear it. */
  owners: number[];
}

/** Distinct surnames per roster, derived once: rosters repeat surnames, and a skeleton costs regex passes. */
const surnamesOf = new WeakMap<readonly Official[], Surname[]>();

function surnames(officials: readonly Official[]): Surname[] {
  let list = surnamesOf.get(officials);
  if (list) return list;
  const byForm = new Map<string, Surname>();
  officials.forEach((official, i) => {
    for (const form of new Set([official.surname, ...(official.englishForms ?? [])].map(fold))) {
      let surname = byForm.get(form);
      if (!surname) byForm.set(form, (surname = { folded: form, skel: skeleton(form), owners: [] }));
      surname.owners.push(i);
    }
  });
  list = [...byForm.values()];
  surnamesOf.set(officials, list);
  return list;
}

/** The people whose surname is nearest to a word of the query, nearest first, ties by name. */
export function nearestOfficials(officials: readonly Official[], query: string, limit = 5): Official[] {
  const likeness = new Map<number, number>();
  const words = prepareQuery(query).words.map(word => {
    const latin = fold(CYRILLIC.test(word) ? romanize(word, 'lc') : word);
    return { latin, skel: skeleton(latin) };
  });
  for (const surname of surnames(officials)) {
    let alike = 0;
    for (const word of words) alike = Math.max(alike, similarity(word.latin, surname.folded), word.skel && surname.skel ? similarity(word.skel, surname.skel) : 0);
    if (alike < MIN_LIKENESS) continue;
    for (const owner of surname.owners) if (alike > (likeness.get(owner) ?? 0)) likeness.set(owner, alike);
  }
  return [...likeness]
    .sort((a, b) => b[1] - a[1] || fullName(officials[a[0]]).localeCompare(fullName(officials[b[0]])))
    .slice(0, limit)
    .map(([i]) => officials[i]);
}
