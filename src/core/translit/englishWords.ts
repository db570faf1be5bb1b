// The English word list (≈275,000 lower-case words), loaded on first use and kept as a Set: parsing it costs
// tens of milliseconds, which nothing should pay until a word actually has to be classified.
let words: Set<string> | undefined;

/** Inflections the list does not always spell out (look-alikes, outflanked): the stem decides. */
const INFLECTION = /(?:s|es|ed|ing|ers|ness)$/;

/** Whether the lower-case word is an English dictionary word or a regular inflection of one. */
export function isEnglishWord(lower: string): boolean {
  if (inList(lower)) return true;
  const ending = INFLECTION.exec(lower);
  if (!ending || lower.length - ending[0].length < 3) return false;
  const stem = lower.slice(0, ending.index);
  return inList(stem) || inList(stem + 'e');
}

function inList(lower: string): boolean {
  if (!words) {
    // A lazy require keeps the list out of module initialisation (the bundler wraps it in a deferred factory).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    words = new Set(require('an-array-of-english-words') as string[]);
  }
  return words.has(lower);
}
