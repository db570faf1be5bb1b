// "Popular" English usage: iuliia's Wikipedia schema (Yezhov, Trotsky) with the habits of English-language
// writing on top (Zinoviev, Beria, Khrushchev), and the few words English has its own form for.
import wikipedia from 'iuliia/dist/cjs/generated/wikipedia';
import { lazySchema, translate } from './iuliiaParts';

const POPULAR = lazySchema({
  ...wikipedia,
  // ё after a hushing consonant is written e (Khrushchev, Gorbachev); ье as ie (Zinoviev, Vasiliev).
  prev_mapping: { ...wikipedia.prev_mapping, жё: 'e', чё: 'e', шё: 'e', щё: 'e', цё: 'e', ье: 'ie' },
  // Final -ия as -ia (Beria, Izvestia), not -iya.
  ending_mapping: { ...wikipedia.ending_mapping, ия: 'ia' },
});

/** Words English writes in a form of its own rather than by any letter rule (lower-case Cyrillic → form). */
const ESTABLISHED: ReadonlyMap<string, string> = new Map([
  ['политбюро', 'Politburo'],
  ['оргбюро', 'Orgburo'],
  ['москва', 'Moscow'],
  ['советский', 'Soviet'],
  ['большевик', 'Bolshevik'],
  ['большевики', 'Bolsheviks'],
  ['чека', 'Cheka'],
  ['гулаг', 'Gulag'],
]);

/** One Cyrillic word in popular English form. */
export function popularForm(word: string): string {
  const established = ESTABLISHED.get(word.toLowerCase());
  if (established) return word[0] === word[0].toLowerCase() ? established.toLowerCase() : established;
  return translate(word, POPULAR());
}
