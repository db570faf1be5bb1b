// What counts as one romanized word, shared by the converter, the detector and the skeleton key.

/** Soft and hard signs as romanized text writes them: ’ ' ʹ for ь; ’’ '' ʺ for ъ. */
const SIGN = "(?:’’|''|ʺ|’|'|ʹ)";

/** A Latin word with soft/hard signs inside or at its end (oblast’, s’’ezd, Sotsial’no-…: hyphens split). */
export const LATIN_WORD = new RegExp(`[A-Za-z]+(?:${SIGN}[A-Za-z]+)*${SIGN}?`, 'g');

/** One spelling per sign: ’ for ь, ’’ for ъ (case kept). */
export function normalizeSigns(word: string): string {
  return word.replace(/''|ʺ/g, '’’').replace(/['ʹ]/g, '’');
}

/** Lower case with one spelling per sign, the form lexicon keys use. */
export function normalizeLatin(word: string): string {
  return normalizeSigns(word).toLowerCase();
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
