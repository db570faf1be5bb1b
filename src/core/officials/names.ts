// Russian name morphology on romanized (Library of Congress style) spellings: the case forms a nominative
// name takes in archival titles ("Delo Kabakova, Ivana Dmitrievicha"), and the way back for proposals.

const APOSTROPHES = /['\u02BC]/g;

/** Treats ' and ʼ as the typographic ’ the article prints, so keys match however the text was typed. */
export function normalizeApostrophes(word: string): string {
  return word.replace(APOSTROPHES, '’');
}

const ADJECTIVAL = /(?:sk|tsk|ck|zk)(?:ii|oi|yi|y)$/;
const INDECLINABLE = /(?:[eiouy]|ze|kh)$/;
const HUSHING = /(?:ch|sh|zh|ts)$/;

/** The nominative and the oblique singular forms of a masculine name (surname, given name or patronymic). */
export function caseForms(name: string): string[] {
  const word = normalizeApostrophes(name);
  const forms = [word];
  const drop = (n: number, ...endings: string[]) => endings.forEach(ending => forms.push(word.slice(0, word.length - n) + ending));
  if (ADJECTIVAL.test(word)) drop(/y$/.test(word) ? 1 : 2, 'ogo', 'omu', 'im', 'om');
  else if (/ia$/.test(word)) {
    drop(1, '', 'u');
    drop(2, 'ei');
  }
  else if (/[eao]i$/.test(word) || /ii$/.test(word)) drop(1, 'ia', 'iu', 'em', 'e');
  else if (/’$/.test(word)) drop(1, 'ia', 'iu', 'em', 'e');
  else if (/a$/.test(word)) drop(1, 'y', 'i', 'e', 'u', 'oi');
  else if (!INDECLINABLE.test(word)) {
    forms.push(word + 'a', word + 'u', word + 'e');
    forms.push(word + (/(?:ov|ev|in|yn)$/.test(word) ? 'ym' : HUSHING.test(word) ? 'em' : 'om'));
  }
  return [...new Set(forms)];
}

/** True when `word` is `name` in some case, or differs from it only in the ending (a misprinted case form such
 * as "Afanas’eva" for "Afanas’evicha" still names the same patronymic). */
export function sameName(word: string, name: string): boolean {
  const w = normalizeApostrophes(word);
  const n = normalizeApostrophes(name);
  if (caseForms(n).includes(w)) return true;
  // Only long names (patronymics) are compared by stem: for short ones a shared stem is another name (Ivan, Ivanov).
  const stem = n.length - 3;
  return n.length >= 8 && w.length >= stem && w.length <= n.length + 2 && n.slice(0, stem) === w.slice(0, stem);
}

/** Nominative guesses for a name seen in an oblique case: genitive ("Kabakova" → Kabakov, "Mrachkovskogo" →
 * Mrachkovskii), dative ("Stalinu"), prepositional ("Staline") and instrumental ("Stalinym"). */
export function nominativeOf(word: string): string {
  const w = normalizeApostrophes(word);
  if (/(?:sk|tsk)ogo$/.test(w)) return w.slice(0, -3) + 'ii';
  const ending = /(?:ov|ev|in|yn)(a|u|e|ym)$/.exec(w)?.[1] ?? /ich(a|u|e)$/.exec(w)?.[1];
  return ending ? w.slice(0, -ending.length) : w;
}

const POSSESSIVE = /[’']s$/;

/** "Stalin’s" → { base: "Stalin", possessive: true }. */
export function splitPossessive(word: string): { base: string; possessive: boolean } {
  return POSSESSIVE.test(word) ? { base: word.slice(0, -2), possessive: true } : { base: word, possessive: false };
}
