// Ukrainian words as the glossary keys them: the Library of Congress romanization of Ukrainian (г h, и y, і i, є ie,
// ї i; колгосп → kolhosp, хлібозаготівлі → khlibozahotivli; ALA-LC Romanization Tables, Ukrainian,
// https://www.loc.gov/catdir/cpso/romanization/ukrainia.pdf), and the word without a Ukrainian case ending
// (колгоспів → kolhosp), for the Ukrainian forms of Soviet terms that Russian romanization misreads.

const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '’', ю: 'iu', я: 'ia', "'": '', '’': '', ʼ: '',
};

/** The Ukrainian letters Russian lacks: a word with one of them is Ukrainian. */
export const UKRAINIAN_LETTER = /[іїєґІЇЄҐ]/u;

/** The romanization of Ukrainian text; a capital gives a capital first letter only, as the Russian romanizer does
 * (РСІ → RSI, Жінвідділ → Zhinviddil). Characters that are no Ukrainian letter are kept. */
export function romanizeUkrainian(text: string): string {
  return [...text]
    .map(ch => {
      const latin = LETTERS[ch.toLowerCase()];
      if (latin === undefined) return ch;
      return ch === ch.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

/** Ukrainian case endings of nouns and of adjectives in -n-, romanized, longest first (колгоспів, колгоспам,
 * хлібозаготівельна: the adjective's noun). */
const ENDING = /(?:amy|iamy|akh|iakh|ovi|evi|oiu|eiu|iv|ov|am|iam|om|em|ei|ia|iu|a|e|i|o|u|y)$/u;
const ADJECTIVE = /n(?:yi|a|e|oho|omu|ykh|ym|ymy|ii|u|oiu|i)$/u;

/** The forms a romanized Ukrainian word may be a case form of: the word without its ending, and an adjective in
 * -n- without its own (khlibozahotivel’na → khlibozahotivel’); stems of four letters or more. */
export function ukrainianStems(lower: string): string[] {
  return [lower.replace(ENDING, ''), lower.replace(ADJECTIVE, '')].filter((stem, i, all) => stem !== lower && stem.length >= 4 && all.indexOf(stem) === i);
}

/** A romanized Ukrainian word's keys, of `min` letters or more: the word and its stems without signs, and without the
 * vowel a genitive plural puts before its last consonant (хлібозаготівель → khlibozahotivl, as хлібозаготівлі). */
export function ukrainianKeys(lower: string, min: number): string[] {
  const forms = [lower, ...ukrainianStems(lower)].flatMap(form => [form, form.replace(/[eo](?=[^aeiouy’]’?$)/u, '')]);
  return [...new Set(forms.map(form => form.replace(/’/gu, '')))].filter(key => key.length >= min);
}
