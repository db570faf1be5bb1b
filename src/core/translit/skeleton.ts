// A spelling-blind key for names and words: every romanization (LC, BGN/PCGN, ISO 9, popular, French/German
// habits such as dj) and the Cyrillic itself reduce to the same lower-case Latin string, so Yezhov, Ezhov and
// Ежов, or Beria, Beriia, Beriya and Берия, compare equal. Used for search and for consistency checks.
import { romanize } from './romanize';

/** ISO 9 and scholarly diacritics, spelled out as LC before the marks are dropped. */
const DIACRITICS: ReadonlyArray<[RegExp, string]> = [
  [/ŝ/g, 'shch'], [/ž/g, 'zh'], [/č/g, 'ch'], [/š/g, 'sh'], [/û/g, 'iu'], [/â/g, 'ia'], [/[ĭǐ]/g, 'i'], [/[ëèė]/g, 'e'],
];

/** Rewrites applied in order on lower-case Latin letters only. */
const REWRITES: ReadonlyArray<[RegExp, string]> = [
  [/(^|[^zkcs])h/g, '$1kh'], // ISO 9 х (Hruŝëv)
  [/dj/g, 'dzh'], // Ordjonikidze
  [/tch/g, 'ch'], // Kaganovitch
  [/j/g, 'i'], // ISO 9 й, German Jeschow
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/y/g, 'i'], // ы, й and the iotation of BGN/popular (Yezhov, Beriya)
  [/(^|[^aeiou])io/g, '$1e'], // ё after consonants: Khrushchiov, Gorbachiov
  [/ie/g, 'e'], // Zinoviev / Zinov’ev / Yezhov
  [/([a-z])\1+/g, '$1'], // Beriia/Beria, doubled consonants
];

/** The key of one name or word in any romanization or in Cyrillic; multi-word input keeps its spaces. */
export function skeleton(text: string): string {
  return romanize(text.normalize('NFC'), 'lc')
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .map(skeletonWord)
    .filter(Boolean)
    .join(' ');
}

/** Keys of words already seen: a text repeats its words, and each key costs a score of regex passes. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function skeletonWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const key = computeKey(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, key);
  return key;
}

function computeKey(word: string): string {
  let key = word;
  for (const [pattern, replacement] of DIACRITICS) key = key.replace(pattern, replacement);
  key = key.normalize('NFD').replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement);
  return key;
}
