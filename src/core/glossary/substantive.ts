// An adjective used as a noun (красные, the Reds; беспризорные, homeless children; уполномоченный, a plenipotentiary)
// is that entry only in the number its entry gives and only where no noun it qualifies follows: красных is of the
// Reds, but красный is an adjective (Красный Крест is the Red Cross, Красный Октябрь a factory) and красные партизаны
// are Red partisans, not the Reds.
import { romanize } from '../translit/romanize';
import type { GlossaryEntry } from './types';

/** A one-word Cyrillic form declined as an adjective: -ые, -ый, -ая, -ое, -ие or -ий after a velar or hushing letter,
 * -ной (блатной); not a noun in -ние or -ой (ускорение, застой). */
const ADJECTIVE = /^(\p{Script=Cyrillic}{3,}?)(ые|ый|ая|ое|(?<=[гкхжшщч])(?:ие|ий)|(?<=н)ой)$/u;
const PLURAL = /(?:ые|ие|ых|их|ye|ie|ykh|ikh)$/u;
const SINGULAR = /(?:ый|ий|ой|ого|его|yi|ii|oi|yy|iy|ogo|ego)$/u;

/** Endings of each number, hard and after a velar or hushing letter. */
const PLURAL_ENDINGS = [['ые', 'ых', 'ым', 'ыми'], ['ие', 'их', 'им', 'ими']];
const SINGULAR_ENDINGS = [
  ['ый', 'ой', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ое'],
  ['ий', 'ой', 'ого', 'ому', 'им', 'ом', 'ая', 'ую', 'ое'],
];

/** Whether an entry is an adjective used as a noun. */
export function isSubstantive(entry: GlossaryEntry): boolean {
  return entry.kind === 'term' && ADJECTIVE.test(entry.cyrillic.replace(/ё/gu, 'е'));
}

/** The forms (lower case, romanized by LC) such an entry has in the numbers its term and forms give: krasnye, krasnykh,
 * krasnym, krasnymi; not krasnyi. */
export function substantiveForms(entry: GlossaryEntry): string[] {
  const [, stem, ending] = ADJECTIVE.exec(entry.cyrillic.replace(/ё/gu, 'е').toLowerCase()) ?? [];
  if (!stem || !ending) return [];
  const given = [entry.cyrillic, entry.term, ...(entry.aliases ?? [])].map(form => form.toLowerCase());
  const soft = /[гкхжшщч]$/u.test(stem) ? 1 : 0;
  const endings = [
    ...(given.some(form => PLURAL.test(form)) ? PLURAL_ENDINGS[soft] : []),
    ...(given.some(form => SINGULAR.test(form)) ? SINGULAR_ENDINGS[soft] : []),
  ];
  return [...new Set(endings.map(end => romanize(`${stem}${end}`, 'lc')))];
}

/** Prepositions and conjunctions, after which an adjective used as a noun stands alone (белые и красные, уполномоченных
 * по делам религий), and English words that follow one in prose. */
const FUNCTION_WORDS = new Set(
  'и или а но да в во на с со к ко по из от до за у о об обо при для без над под через между перед про после среди около против как что'
    .concat(' i ili a no v vo na s so k ko po iz ot do za u o ob pri dlia bez nad pod cherez mezhdu posle sredi okolo protiv kak chto')
    .concat(' and or but the of in on at to from by with for as who which that were was had have are is')
    .split(' '),
);

/** What a noun agreeing with an adjective's ending may end with, in either script. */
const AGREEMENT: [RegExp, RegExp][] = [
  [/(?:ые|ие|ye|ie)$/u, /(?:[ыиая]|[yia])$/u],
  [/(?:ых|их|ykh|ikh)$/u, /(?:[бвгджзйклмнпрстфхцчшщь]|[b-df-hj-np-tv-xz’]|ей|ei)$/u],
  [/(?:ыми|ими|ymi|imi)$/u, /(?:ами|ями|ьми|ami|iami|’mi)$/u],
  [/(?:ым|им|ym|im)$/u, /(?:ам|ям|ом|ем|am|iam|om|em)$/u],
  [/(?:ый|ий|ой|yi|ii|oi)$/u, /(?:[бвгджзйклмнпрстфхцчшщь]|[b-df-hj-np-tv-xz’]|i)$/u],
  [/(?:ого|его|ogo|ego)$/u, /(?:[ая]|a|ia)$/u],
  [/(?:ому|ему|omu|emu)$/u, /(?:[ую]|u|iu)$/u],
  [/(?:ом|ем|om|em)$/u, /(?:[еи]|[ei])$/u],
  [/(?:ая|aia)$/u, /(?:[аяь]|a|ia|’)$/u],
  [/(?:ую|uiu)$/u, /(?:[уюь]|u|iu|’)$/u],
  [/(?:ое|oe)$/u, /(?:[ое]|[oe])$/u],
];

/** A word of letters with a small one (no siglum: уполномоченные ГКО). */
const NOUN = /^(?=.*\p{Ll})[\p{L}’'-]{2,}$/u;

/**
 * Whether the word after an adjective (written as the text gives it) is a noun it qualifies: a word, not a siglum or
 * a preposition, with an ending that agrees with the adjective's, and no entry of its own (уполномоченного Наркомзема
 * is the plenipotentiary of the Narkomzem).
 */
export function qualifiesNoun(adjective: string, next: string | undefined, isEntry: (word: string) => boolean): boolean {
  if (!next || !NOUN.test(next) || FUNCTION_WORDS.has(next.toLowerCase())) return false;
  const [lowerAdjective, lowerNext] = [adjective.toLowerCase(), next.toLowerCase()];
  const agrees = AGREEMENT.some(([ending, noun]) => ending.test(lowerAdjective) && noun.test(lowerNext));
  return agrees && !isEntry(next);
}

/** Spaces, then a word with the quote or parenthesis before it, read from where the last index is set. */
const WORD_AFTER = /\s+[«"“„(]?([\p{L}’'-]+)/uy;

/** The word after a span of a text, without the quotes and punctuation around it; none after a sentence's end or a
 * comma (красные, белые). Read in place, from the span's end. */
export function wordAfter(text: string, end: number): string | undefined {
  WORD_AFTER.lastIndex = end;
  return WORD_AFTER.exec(text)?.[1];
}
