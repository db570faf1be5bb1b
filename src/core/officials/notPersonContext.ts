// Contexts that make capitalised words something other than a person, however name-like they look: the opening of a
// title in another language (`Izdanie Departamenta dukhovnykh del`, `Le Congrès des religions`), a publisher in an
// imprint (`(Paris: F. Alcan, 1900)`), a group counted or named with the article (`4,423 Molokan Sabbatarians`,
// `the Vladikavkaz Realschule`), a nationality adjective (`Russian Christianity`), a month (`Nov-Dec`).
import { inEnglishDictionary as isEnglishWord } from '../text/englishWords';

/** The lower-case word after a name, in the same line. */
const LOWER_NEXT = /^[ \u00a0]+(\p{Ll}[\p{L}\p{M}’']*)/u;
/** An imprint's place and colon before a publisher (`(Sergiev Posad: A. I. Snegirevoi`, `(St. Petersburg: Tipografiia
 * I. I. Ivanova`), and its year after. */
const IMPRINT_BEFORE = /\([^():;\n]{2,40}:[^():;\n]{0,60}$/u;
const IMPRINT_AFTER = /^[^():;\n]{0,40}\b1[5-9]\d\d[a-z]?\)/u;
/** An imprint's place: `(Sergiev Posad: Tipografiia`. */
const IMPRINT_PLACE = [/\([\s\u00a0]*$/u, /^:[\s\u00a0]/u] as const;
/** A noun of place after a name (`Tambov province`, `Atkarskii district`, `Sverdlovsk and Saratov oblasti`). */
const PLACE_NOUN_AFTER = /^[\s\u00a0]+(?:[Pp]rovinces?|[Dd]istricts?|[Rr]egions?|[Oo]blast(?:’|i|s)?|[Gg]ubern(?:iia|ii|iias)|[Uu]ezdy?|[Rr]aion(?:y|s)?|[Kk]rai|[Cc]ount(?:y|ies))(?![\p{L}’])/u;
/** The definite article right before: a thing or group named (`the Jain teacher`, `the Dukhobors`); not `the young
 * Stalin`, where an adjective stands between. */
const ARTICLE_BEFORE = /\b[Tt]he[\s\u00a0]+$/u;
/** A count right before (`4,423 Molokan Sabbatarians`), not a year (`in 1937 Yezhov`). */
const COUNT_BEFORE = /(?<![\d,.])\d{1,3}(?:,\d{3})*[\s\u00a0]+$/u;
/** Adjectives of nations and faiths that English capitalises (Russian, Georgian, Polish, Chinese). */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ian|ean|ish|ese)$/u;
const MONTHS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
/** Words for members of groups (Molokan, Dukhobor, Sabbatarian, Bolshevik), whose English plural takes an -s. */
const GROUP_SINGULAR = /^\p{Lu}\p{Ll}+(?:an|or|ist|ite|ik|ets)$/u;

/** A sentence that thanks people (`I would like to thank Terry Martin, …`, `benefited from communications with V.A.
 * Kutuzov`): the colleagues an acknowledgement names, not people of the story; not `thanks to Yezhov's zeal`. */
const ACKNOWLEDGING = /\b(?:thank(?!s[\s\u00a0]+to\b)s?|grateful|gratitude|indebted|benefit(?:t)?ed|acknowledge)\b(?:(?<!\p{Ll}{2}[.!?])[^\n])*$/iu;

export function acknowledged(before: string): boolean {
  return ACKNOWLEDGING.test(before);
}

/** Whether a non-English lower-case word of at least `minLength` letters follows: the name-like words open a title or
 * phrase in another language (`Tsarstvo Bozhie vnutri vas`, `Dukhovnyi khristianin`, `Ein unbekanntes Russland`). */
export function foreignWordAfter(after: string, minLength: number): boolean {
  const next = LOWER_NEXT.exec(after)?.[1];
  return next !== undefined && next.length >= minLength && !isEnglishWord(next);
}

/** Whether the words stand where an imprint names its publisher: after the place's colon, before the year. */
export function inImprint(before: string, after: string): boolean {
  return IMPRINT_BEFORE.test(before) && IMPRINT_AFTER.test(after);
}

/** Whether the words are an imprint's place, between its opening bracket and colon. */
export function imprintPlace(before: string, after: string): boolean {
  return IMPRINT_PLACE[0].test(before) && IMPRINT_PLACE[1].test(after);
}

export function placeNounAfter(after: string): boolean {
  return PLACE_NOUN_AFTER.test(after);
}

export function articleBefore(before: string): boolean {
  return ARTICLE_BEFORE.test(before);
}

export function countedOrArticled(before: string): boolean {
  return ARTICLE_BEFORE.test(before) || COUNT_BEFORE.test(before);
}

export function isNationality(word: string): boolean {
  return NATIONALITY.test(word);
}

export function isMonth(word: string): boolean {
  return MONTHS.has(word);
}

/** Whether a word names a group's members, the texts using it in the singular and plural (`Molokans` beside `a
 * Molokan`). */
export function isGroupWord(word: string, texts: readonly string[]): boolean {
  const plural = word.endsWith('s');
  const singular = plural ? word.slice(0, -1) : word;
  if (!GROUP_SINGULAR.test(singular)) return false;
  const other = new RegExp(`(?<![\\p{L}’'])${plural ? singular : `${word}s`}(?![\\p{L}’'])`, 'u');
  return texts.some(text => other.test(text));
}
