// A Latin word as another romanization than the glossary's writes it, spelt as the Library of Congress system (the
// glossary's) would: ISO 9 and the scholarly system (kolhoz, Ždanovščina, kollektivizacija, Hruŝëv, rajkomam), BGN/PCGN
// and English popular forms (kollektivizatsiya, Politbyuro, raykom, upolnomochennyy). The letters the LC system does
// not use become its digraphs, and the word then goes to Cyrillic and back, which reads the BGN/PCGN and popular
// spellings (y for й and before a vowel, ye, yo).
import { Lexicon } from '../translit/lexicon';
import { romanize } from '../translit/romanize';
import { toCyrillic } from '../translit/toCyrillic';

/** ISO 9 and scholarly letters as LC writes them; c, h and j have no other reading in a romanization of Russian
 * (LC writes h only after k, z, c, s). */
const LETTERS: Readonly<Record<string, string>> = {
  ŝ: 'shch', š: 'sh', ž: 'zh', č: 'ch', c: 'ts', h: 'kh', û: 'iu', â: 'ia', ë: 'e', è: 'e', ė: 'e', ĭ: 'i', ǐ: 'i', j: 'i',
  ʺ: '’’', '"': '’’', '”': '’’', ʹ: '’', "'": '’',
};
/** Spellings read before the single letters: the scholarly šč, j before a vowel (ja, ju, je, jo), and the LC digraphs
 * whose h is no ISO 9 х. */
const DIGRAPHS = /šč|j[aueo]|[kzcs]h/iuy;
const J_VOWEL: Readonly<Record<string, string>> = { a: 'ia', u: 'iu', e: 'e', o: 'e' };
/** x is kh only in the scholarly system, which a letter with a diacritic shows. */
const SCHOLARLY_MARK = /[čšžŝûâ]/iu;

const capitalized = (lc: string, as: string) => (as === as.toLowerCase() ? lc : lc[0].toUpperCase() + lc.slice(1));

function lcLetters(word: string): string {
  const x = SCHOLARLY_MARK.test(word) ? 'kh' : undefined;
  let out = '';
  for (let at = 0; at < word.length; ) {
    DIGRAPHS.lastIndex = at;
    const digraph = DIGRAPHS.exec(word)?.[0];
    if (digraph) {
      const lower = digraph.toLowerCase();
      const lc = lower === 'šč' ? 'shch' : lower[0] === 'j' ? J_VOWEL[lower[1]] : lower;
      out += capitalized(lc, digraph[0]);
      at += digraph.length;
      continue;
    }
    const letter = word[at];
    const lower = letter.toLowerCase();
    const lc = lower === 'x' ? x : LETTERS[lower];
    out += lc ? capitalized(lc, letter) : letter;
    at++;
  }
  // BGN/PCGN writes the vowel after the hard sign iotated (ob”yedineniye), LC does not (ob’’edinenie), and popular
  // forms after an apostrophe or none (s'yezd, syezda: съезда); -iya, -iyu after i are -iia, -iiu (-ия, -ию); popular
  // forms end -ция in -tsia (LC -tsiia).
  return out
    .replace(/(’’|’)y([aeuo])/gu, (_, sign: string, vowel: string) => `${sign}${J_VOWEL[vowel]}`)
    .replace(/([bdfglmnprstvz])ye(?=\p{L})/gu, '$1’e')
    .replace(/iy([aeu])/gu, (_, vowel: string) => `i${J_VOWEL[vowel]}`)
    .replace(/tsia$/u, 'tsiia');
}

/** Spellings of English, not of a romanization of Russian: such a word is left as written (a siglum is not: CK). */
const ENGLISH = /th|wh|ph|gh|ck|q|w|ee|oo/u;

/** y or j before o after a vowel: ё (payok: паёк, priyomnik) or й and о (rayon: район, rajon). */
const VOWEL_YO = /(?<=[aeiou])[yj](?=o)/giu;

/** The word as the LC system spells it, where another romanization wrote it otherwise (both readings of yo after a
 * vowel, ё first); else none. */
export function lcSpellings(word: string): string[] {
  if (ENGLISH.test(word.toLowerCase()) && word !== word.toUpperCase()) return [];
  if (/\p{Script=Cyrillic}/u.test(word)) return [];
  const nfc = word.normalize('NFC');
  const readings = [nfc, nfc.replace(VOWEL_YO, 'i')];
  const lc = readings.map(reading => romanize(toCyrillic(lcLetters(reading), Lexicon.empty), 'lc'));
  return [...new Set(lc)].filter(form => form.toLowerCase() !== word.toLowerCase());
}
