// What counts as one romanized word, shared by the converter, the detector and the skeleton key.

/** Soft and hard signs as romanized text writes them: ’ ' ʹ for ь; ’’ '' ʺ for ъ (and " or ” inside a word: s"ezd, ob”iatiakh). */
const SIGN = "(?:’’|''|ʺ|’|'|ʹ)";
const INNER_SIGN = `(?:${SIGN}|"|”)`;
/** Latin letters with their diacritics and the ALA-LC ligature ties (i͡a, t͡s): Mikhaĭlovich is one word. */
const LETTERS = '\\p{Script=Latin}[\\p{Script=Latin}\\p{M}]*';

/** A Latin word with soft/hard signs inside or at its end (oblast’, s’’ezd, Sotsial’no-…: hyphens split). */
export const LATIN_WORD = new RegExp(`${LETTERS}(?:${INNER_SIGN}${LETTERS})*${SIGN}?`, 'gu');

export interface LatinWordAt {
  word: string;
  start: number;
}

/** The Latin words of a text. A trailing ’ or ' is a sign only where Russian can have one: not after a vowel
 * (‘Pravda’) and not where it closes a quotation opened earlier on the line (‘Sovnarkom’); a possessive ’s belongs
 * to English (Stalin’s: the name alone is the word). */
export function latinWords(text: string): LatinWordAt[] {
  const out: LatinWordAt[] = [];
  for (const match of text.matchAll(LATIN_WORD)) {
    let word = match[0];
    if (/[’']s$/.test(word) && !/(?:’’|'')s$/.test(word) && word.length > 3) word = word.slice(0, -2);
    const sign = /(?:’’|''|’|')$/.exec(word);
    const closes = sign && (/[aeiouy]$/i.test(word.slice(0, sign.index)) || closesQuote(text, match.index, sign[0][0]));
    out.push({ word: closes ? word.slice(0, sign.index) : word, start: match.index });
  }
  return out;
}

/** Whether a quotation mark opened before `start` on the same line is still open there. */
function closesQuote(text: string, start: number, mark: string): boolean {
  // LF, CRLF and a lone CR each end a line.
  let lineStart = start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const before = text.slice(lineStart, start);
  const opening = mark === '’' ? before.lastIndexOf('‘') : before.search(/(?:^|[\s(])'[^']*$/u);
  if (opening < 0) return false;
  // A mark followed by no letter in between has closed it already.
  return !new RegExp(`${mark}(?![\\p{L}])`, 'u').test(before.slice(opening + 1));
}

/** One spelling per sign (’ for ь, ’’ for ъ, case kept), ALA-LC ties dropped, letters composed (ĭ is one letter). */
export function normalizeSigns(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0360\u0361\uFE20-\uFE23]/g, '')
    .normalize('NFC')
    .replace(/''|ʺ|"|”/g, '’’')
    .replace(/['ʹ]/g, '’');
}

/** Lower case with one spelling per sign, the form lexicon keys use. */
export function normalizeLatin(word: string): string {
  return normalizeSigns(word).toLowerCase();
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
