// The English word list (≈275,000 lower-case words from an-array-of-english-words), read on first use and kept
// as a Set. The 3 MB list stays out of the bundles (the build copies it beside them as OPIS_WORD_LIST): parsing
// it as code would cost every activation half a second, though only some features ever classify a word.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Set by the build: the list's file name beside the bundle. Undefined when running from source. */
declare const OPIS_WORD_LIST: string | undefined;

let words: Set<string> | undefined;

function dictionary(): Set<string> {
  if (!words) {
    const file = typeof OPIS_WORD_LIST === 'string' ? path.join(__dirname, OPIS_WORD_LIST) : require.resolve('an-array-of-english-words');
    words = new Set(JSON.parse(fs.readFileSync(file, 'utf8')) as string[]);
  }
  return words;
}

/** Whether the word (any case) is in the English word list as it is spelled. */
export function inEnglishDictionary(word: string): boolean {
  return dictionary().has(word.toLowerCase());
}

/** Inflections the list does not always spell out (look-alikes, outflanked): the stem decides. */
const INFLECTION = /(?:s|es|ed|ing|ers|ness)$/;

/** Whether the lower-case word is an English dictionary word or a regular inflection of one. */
export function isEnglishWord(lower: string): boolean {
  if (inEnglishDictionary(lower)) return true;
  const ending = INFLECTION.exec(lower);
  if (!ending || lower.length - ending[0].length < 3) return false;
  const stem = lower.slice(0, ending.index);
  return inEnglishDictionary(stem) || inEnglishDictionary(stem + 'e');
}
