// Typesetters that hyphenate (TeX above all) break words between syllables at line ends with the same hyphen a
// compound has: `collab-` / `orative`, `lich-` / `nye`. A document whose line ends split many words the text or the
// English word list knows whole, a part being no word (`collab`, `nounced`), is read as hyphenated: there a
// line-end hyphen only split a word unless the document shows a compound, the same two parts written with a hyphen
// elsewhere (`zoloto-platinovoi`), a first part no English word that the text writes before a hyphen elsewhere (`sudebno-`; `in-` opens `in-fighting`
// and `in-formation` alike), or two words the text uses whole that are none together (`five-` / `year`; the word list alone would read `Lich-` / `nye` so). The join
// of a document that does not hyphenate is left to the line joint (joinLines.ts), which keeps a hyphen it cannot
// tell.
import { inEnglishDictionary } from '../text/englishWords';

/** A document is hyphenated when its line ends split at least this many words between syllables… */
const MIN_SPLITS = 3;
/** …and that many are at least this share of its line-end hyphens (a compound's hyphen ends lines in any text). */
const MIN_SHARE = 0.2;

const HEAD = /(\p{L}[\p{L}’']*)-$/u;
const TAIL = /^(\p{L}[\p{L}’']*)/u;
const WORD = /\p{L}[\p{L}’']*/gu;
const COMPOUND = /(\p{L}[\p{L}’']*)-(?=(\p{L}[\p{L}’']*))/gu;
/** A line ending in a word that holds a hyphen before the one at its end. */
const IN_COMPOUND = /[\p{L}\p{N}]-\p{L}[\p{L}’']*-$/u;

const key = (word: string) => word.toLowerCase().replace(/'/g, '’');
const letters = (word: string) => word.replace(/[’']/g, '');

interface Break {
  head: string;
  tail: string;
  /** The word broken already holds a hyphen (`forty-five-` / `minute`): typesetters break such a word only there. */
  compound: boolean;
}

/**
 * Runs of consecutive printed lines (a column, a page's text or its foot), each line's text: for each line, whether
 * the hyphen ending it only split a word (read as soft), in a document whose typesetter hyphenates.
 */
export function softLineEndHyphens(runs: string[][]): boolean[][] {
  const words = new Set<string>();
  const compounds = new Set<string>();
  const openings = new Set<string>();
  const breaks = runs.map(lines =>
    lines.map((line, i): Break | undefined => {
      const head = HEAD.exec(line.trimEnd())?.[1];
      const tail = TAIL.exec(lines[i + 1]?.trimStart() ?? '')?.[1];
      return head !== undefined && tail !== undefined ? { head, tail, compound: IN_COMPOUND.test(line.trimEnd()) } : undefined;
    }),
  );
  runs.forEach((lines, r) =>
    lines.forEach((line, i) => {
      // A word cut at a line's end is no evidence of a word: only whole ones are counted.
      let whole = line.trim();
      if (breaks[r][i - 1]) whole = whole.replace(TAIL, '');
      if (breaks[r][i]) whole = whole.replace(HEAD, '');
      for (const m of whole.matchAll(WORD)) words.add(key(m[0]));
      for (const m of line.matchAll(COMPOUND)) {
        compounds.add(`${key(m[1])}-${key(m[2])}`);
        openings.add(key(m[1]));
      }
    }),
  );
  const known = (word: string) => words.has(key(word)) || inEnglishDictionary(letters(word));
  const all = breaks.flat().filter((b): b is Break => b !== undefined);
  const splits = all.filter(b => known(b.head + b.tail) && !(known(b.head) && known(b.tail))).length;
  if (splits < MIN_SPLITS || splits < MIN_SHARE * all.length) return runs.map(lines => lines.map(() => false));
  const compound = (b: Break) =>
    compounds.has(`${key(b.head)}-${key(b.tail)}`) ||
    (openings.has(key(b.head)) && !inEnglishDictionary(letters(b.head))) ||
    (words.has(key(b.head)) && words.has(key(b.tail)) && !known(b.head + b.tail));
  // Before a capital only the text's own spelling tells a split word (`SO-` / `GASPI`) from a compound (`OGPU-` / `NKVD`).
  const soft = (b: Break) => !b.compound && (/^\p{Lu}/u.test(b.tail) ? words.has(key(b.head + b.tail)) && !compounds.has(`${key(b.head)}-${key(b.tail)}`) : !compound(b));
  return breaks.map(lines => lines.map(b => b !== undefined && soft(b)));
}

/** Marks soft, by `soften`, each line of `runs` whose end hyphen only split a word (see softLineEndHyphens). */
export function softenLineEnds<T>(runs: T[][], text: (line: T) => string, soften: (line: T) => void): void {
  const soft = softLineEndHyphens(runs.map(lines => lines.map(text)));
  runs.forEach((lines, r) => lines.forEach((line, i) => soft[r][i] && soften(line)));
}
