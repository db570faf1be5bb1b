// The English word list (≈275,000 lower-case words from an-array-of-english-words), loaded on first use and kept
// as a Set. The core reads no file: each host names the loader once at start (src/node/englishWordList.ts for the
// extension, the CLI and the tests), since only some features ever classify a word.

let load: (() => readonly string[]) | undefined;
let words: Set<string> | undefined;

/** Names where the list comes from; it is read at the first question. */
export function setEnglishWordList(loader: () => readonly string[]): void {
  load = loader;
  words = undefined;
}

function dictionary(): Set<string> {
  if (!words) {
    if (!load) throw new Error('no English word list: the host must call setEnglishWordList first');
    words = new Set(load());
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
