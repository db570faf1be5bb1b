// pdftotext without -layout runs a line that ends in a hyphen on into the next, dropping the hyphen: the printed
// `16-` / `24 noiabria` becomes `1624 noiabria` inside one over-long line, and `Moscow-` / `Narva` `MoscowNarva`.
// Such a line is parted again where the hyphen stood when the word there shows it: two numbers rising (a range; a
// four-digit number is left alone when it may be a year, a fond's or an opis' number always: `f. 1141`), a number run
// on into a word (`1925noiabria`), a capital after lower case inside a word (`Sotsial’noPoliticheskoi`), two parts the document writes with a hyphen
// elsewhere in the same or another case (`zoloto-platinovoi`, `zoloto-platinovaia`), or two words that are none
// together: each written elsewhere in the document, in the English word list or a month (`aprel’`), the two together
// neither (`MVDKGB`, `ianvar’sentiabr’`, `nonparty`), a romanized word among them only as below (`partkonferentsii`
// is written whole); failing those, a romanized Russian compound whose first part,
// ending in the linking vowel, the text uses on its own or before a hyphen (`sotsial’no`), the second a word it uses
// in some case, and the whole in no case; or in a chain of acronyms one the text uses and one set like an acronym
// (`VChKOGPU-NKVD`). A first part the text never uses is no evidence: a line-end hyphen may as well have split a
// compound written whole (`mashino-` / `stroitel’noi`), unless the document does not hyphenate: where most lines run
// on show the hyphen they lost (a compound, a range), the typesetter broke lines only at hyphens it printed, and there
// a first part ending in the linking vowel is evidence enough (`Sredne-` / `ural’skoe`, the text using `Ural’skogo`),
// and a second part is known by its root in another word, less a relational adjective's suffix (`zoloto-` /
// `platinovoi`, the text using `Uralplatina`; `zolo-` / `toplatinovoi` shows no root of the text).
// The word must stand where the first line would have ended
// (neither part wider than a line), and be the only one there that shows a join. A range after a plural locator
// (`ll. 249250`, `chs. 23`) is parted even in a line hardly wider than one (its end may be all the second line held),
// two years run together (`19361938`) in a line of any width. Each parting is reported, and so is each word left
// run together where an over-long line may have lost a hyphen (one the text uses nowhere else, in no word list).
import type { ImportWarning } from '../article/model';
import { textWidth } from '../glyphWidth';
import { inEnglishDictionary } from '../../text/englishWords';
import type { TextLine } from './lines';
import type { Page } from './pages';

/**
 * A document whose lines run on at a hyphen show the hyphen they lost at least this many times, and in this share
 * of such lines, was set without hyphenation (a typesetter that hyphenates splits many words whole elsewhere).
 */
const MIN_SHOWN_JOINS = 5;
const MIN_SHOWN_SHARE = 2 / 3;
/** A line this much wider than the measure holds two printed lines. */
const OVERFULL = 1.12;
/** The first of the two lines ended with a hyphenated word, so it was at least this share of the measure. */
const FIRST_LINE = 0.6;
/** Tolerance of the estimated widths. */
const SLACK = 1.03;
/** Tolerance of widths estimated in a face unlike the page's. */
const LOOSE = 1.2;
const YEAR = /^(1[7-9]|20)\d\d$/;
/** Two years run together: no count or folio is written so. */
const YEARS = /^(?:1[7-9]|20)\d\d(?:1[7-9]|20)\d\d$/;
/** The parts of a word run on from two: a part shorter than this shows nothing (`a`, `re`). */
const MIN_PART = 3;
/** Letters run on after a number: fewer may be a unit or an ending (`1920s`, `10th`, `5km`). */
const MIN_WORD_AFTER_NUMBER = 4;
/** A piece of a word: letters, digits and the soft and hard signs (’) inside romanized Russian. */
const PIECE = /[\p{L}\p{N}][\p{L}\p{N}’]*/gu;
/** The Russian months as LC writes them, named and in the genitive: archival dates run from one to another. */
const MONTHS = /^(?:ianvar|fevral|mart|aprel|mai|iiun|iiul|avgust|sentiabr|oktiabr|noiabr|dekabr)(?:’|ia|a)?$/i;
/** Romanized Russian case endings of nouns and adjectives (LC), longest first. */
const CASE_ENDING = /(?:ogo|omu|ykh|ymi|ikh|imi|aia|uiu|oe|oi|ei|ii|yi|ia|iu|om|ym|im|ie|ye|a|u|y|i|o|e)$/;
/** A stem shorter than this is no evidence of a word. */
const MIN_STEM = 4;
/** The suffixes that make a relational adjective of a noun (`platin-ov-oi`, `neft-ian-oi`, `ugol’-n-oi`). */
const ADJECTIVE_SUFFIX = /^(.+?)(?:ov|ev|ian|in|n|sk)$/;
/** A root found inside another word is evidence only when this long: shorter ones recur by chance. */
const MIN_ROOT = 5;
/** An acronym: capitals, perhaps with a lower-case letter between (`NKVD`, `VChK`, `TsK`). */
const ACRONYM = /^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu}))*\p{Lu}$/u;
/** No page or folio listed runs to this many digits. */
const LONG_NUMBER = 5;
/** Two pieces of a word with a hyphen between them (the first may follow another hyphen: `OGPU-NKVD-MVD`). */
const HYPHENATED = /(?<![\p{L}\p{N}’])([\p{L}\p{N}][\p{L}\p{N}’]*)-(?=([\p{L}\p{N}][\p{L}\p{N}’]*))/gu;
/** A word run on into a capitalized one: lower case, then a capital inside the word (`Sotsial’noPoliticheskoi`). */
const CAMEL = /(?<![\p{L}\p{N}’])(\p{L}[\p{Ll}’]*(?:\p{Ll}|’){2})(?=\p{Lu}\p{Ll})/gu;
/** A note's number opening a line may hang in the margin, outside the measure (notes set with a hanging indent). */
const HANGING_NUMBER = /^\d{1,3} (?=\S)/;
/** A plural locator and the numbers listed after it: one more number there must be a range or another item. */
const PLURAL_LOCATOR = /(?:^|[\s(])(?:pp|ll|chs|nos|vols|fols|cols)\.\s+(?:[\d–-]+,\s+)*$/i;
/** A fond's or an opis' number (`f. 1141`, `op. 12`): one number, never a range. */
const SINGLE_LOCATOR = /(?:^|[\s(,;])(?:f|op)\.\s+$/;
/** A plural locator with nothing listed yet: a single number ending the list after it can only be a range. */
const LONE_LOCATOR = /(?:^|[\s(])(?:pp|ll|chs|nos|vols|fols|cols)\.\s+$/i;
/**
 * What the locators above read of the text before a number: the run of a list's characters (digits, dashes, commas,
 * spaces) ending there and the seven characters before it (the locator's stop, the locator, what stands before it).
 * Read so, and not from the line's start, the test of each number costs its list, not the line.
 */
const LIST_CHAR = /[\d–\-,\s]/;
const LOCATOR_REACH = 7;

function locatorTails(text: string): (end: number) => string {
  const runStart = [0];
  for (let i = 0; i < text.length; i++) runStart.push(LIST_CHAR.test(text[i]) ? runStart[i] : i + 1);
  return end => text.slice(Math.max(0, runStart[end] - LOCATOR_REACH), end);
}

/** The words of the document, to tell a word two words were run into from a word it uses. */
interface Vocabulary {
  count: (word: string) => number;
  /** How often the text uses the word in any case form (romanized Russian endings aside). */
  stemCount: (word: string) => number;
  /** Whether a word of the text other than `word` opens or ends with its root (`Uralplatina` for `platinovoi`). */
  rootInCompound: (word: string) => boolean;
  /** Whether the document writes the two words with a hyphen between them (`non-party`), in any case forms. */
  hyphenated: (first: string, second: string) => boolean;
  /** Whether the document writes the word before a hyphen (`sotsial’no-ekonomicheskoi`). */
  opensCompound: (word: string) => boolean;
  /** Whether its typesetter may have split words whole at line ends: until its joins show otherwise. */
  hyphenates: boolean;
}

export function partHyphenJoins(pages: Page[], warnings: ImportWarning[]): void {
  const lines = pages.flatMap(p => p.lines);
  const measure = measureOf(lines);
  // Words as printed: an over-long line holds the words run together, but its hyphens were printed.
  const vocabulary = vocabularyOf(lines.filter(l => textWidth(l.text) <= measure * OVERFULL), lines);
  const joinOf = (text: string, overlong: boolean): number | undefined => {
    // A note's number may hang in the margin: read so only where the line parts nowhere with it counted.
    const hanging = HANGING_NUMBER.exec(text)?.[0].length;
    // Widths estimated in a face other than the page's may miss by more (capitals, a sans-serif face): in a line that
    // holds two, a join the word alone shows is taken with a looser measure.
    return (
      joinPoint(text, measure, vocabulary, overlong) ??
      (hanging ? joinPoint(text, measure, vocabulary, overlong, hanging) : undefined) ??
      (overlong ? joinPoint(text, measure, vocabulary, overlong, 0, LOOSE) : undefined)
    );
  };
  const overlongLines = lines.filter(l => textWidth(l.text) > measure * OVERFULL);
  const shown = overlongLines.filter(l => joinOf(l.text, true) !== undefined).length;
  vocabulary.hyphenates = shown < MIN_SHOWN_JOINS || shown < MIN_SHOWN_SHARE * overlongLines.length;
  for (const page of pages) {
    // A line may hold three printed lines or more: each part is parted again.
    const part = (line: TextLine): TextLine[] => {
      const overlong = textWidth(line.text) > measure * OVERFULL;
      const at = joinOf(line.text, overlong);
      if (at === undefined) {
        const words = overlong ? runTogether(line.text, measure, vocabulary).map(w => `«${w}»`) : [];
        const named = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0];
        if (named) warnings.push({ page: page.number, message: `a line pdftotext ran on at a line-end hyphen was left as it is: a hyphen may have been lost in ${named} (pdftotext -layout keeps it)` });
        return [line];
      }
      const head = /\S*$/.exec(line.text.slice(0, at))?.[0] ?? '';
      const tail = /^\S*/.exec(line.text.slice(at))?.[0] ?? '';
      warnings.push({ page: page.number, message: `a line pdftotext ran on at a line-end hyphen was parted again: «${head}${tail}» read as «${head}-${tail}»` });
      return [...part({ ...line, text: line.text.slice(0, at) + '-' }), ...part({ ...line, text: line.text.slice(at), indent: 0, runOnAtHyphen: true })];
    };
    page.lines = page.lines.flatMap(part);
  }
}

/** The width of full lines: the longest but the few longest, over-long joined lines left out. */
function measureOf(lines: TextLine[]): number {
  const widths = lines.filter(l => l.text !== '').map(l => textWidth(l.text)).sort((a, b) => a - b);
  const base = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const single = widths.filter(w => w <= base * OVERFULL);
  return single[Math.floor(single.length * 0.98)] ?? base;
}

const wordKey = (piece: string) => piece.replace(/’+$/, '').toLowerCase();

/** `single`: lines of one printed line each, for the words; `all`: every line, for the hyphens printed. */
function vocabularyOf(single: TextLine[], all: TextLine[]): Vocabulary {
  const counts = new Map<string, number>();
  const stems = new Map<string, number>();
  for (const line of single) {
    for (const m of line.text.matchAll(PIECE)) {
      counts.set(wordKey(m[0]), (counts.get(wordKey(m[0])) ?? 0) + 1);
      stems.set(stemKey(m[0]), (stems.get(stemKey(m[0])) ?? 0) + 1);
    }
  }
  const pairs = new Set<string>();
  const openings = new Set<string>();
  for (const line of all) {
    for (const m of line.text.matchAll(HYPHENATED)) {
      pairs.add(`${stemKey(m[1])}-${stemKey(m[2])}`);
      openings.add(wordKey(m[1]));
    }
    // A capital run on after lower case shows a hyphen as well as one printed (`Sotsial’noPoliticheskoi`).
    for (const m of line.text.matchAll(CAMEL)) openings.add(wordKey(m[1]));
  }
  return {
    count: word => counts.get(wordKey(word)) ?? 0,
    stemCount: word => stems.get(stemKey(word)) ?? 0,
    rootInCompound: word => {
      const root = rootKey(word);
      return root !== undefined && [...stems.keys()].some(s => s !== root && s !== stemKey(word) && (s.startsWith(root) || s.endsWith(root)));
    },
    hyphenated: (first, second) => pairs.has(`${stemKey(first)}-${stemKey(second)}`),
    opensCompound: word => openings.has(wordKey(word)),
    hyphenates: true,
  };
}

/**
 * The root of a romanized relational adjective: the stem less the suffix that makes an adjective of a noun
 * (`platinovoi`: `platin`), when long enough to tell a word by; undefined for any other word.
 */
function rootKey(piece: string): string | undefined {
  const stem = stemKey(piece);
  const root = stem === wordKey(piece) ? undefined : ADJECTIVE_SUFFIX.exec(stem)?.[1];
  return root !== undefined && root.length >= MIN_ROOT ? root : undefined;
}

/** A word without a romanized Russian case ending, when enough of it is left to be a stem. */
function stemKey(piece: string): string {
  const key = wordKey(piece);
  const stem = key.replace(CASE_ENDING, '');
  return stem.length >= MIN_STEM ? stem : key;
}

/**
 * Offset in `text` where the hyphen stood, when exactly one word in reach shows it; in a line not over-long
 * (`overlong` false) only a range after a plural locator that ends the line does (the second line held only its end).
 * `hanging`: characters at the line's start set in the margin, outside the measure; `slack`: the widths' tolerance.
 */
function joinPoint(text: string, measure: number, vocabulary: Vocabulary, overlong: boolean, hanging = 0, slack = SLACK): number | undefined {
  const found: number[] = [];
  // A line holding more than two printed lines may part after any of them but the last.
  const lines = Math.ceil(textWidth(text.slice(hanging)) / (measure * slack));
  const reach = measure * slack * Math.max(1, lines - 1);
  const locatorTail = locatorTails(text);
  for (const m of text.matchAll(PIECE)) {
    const start = m.index;
    const before = locatorTail(start);
    const after = text.slice(start + m[0].length);
    const listed = PLURAL_LOCATOR.test(before) || YEARS.test(m[0]);
    const range = listed && (overlong || YEARS.test(m[0]) || endsNote(text, m[0], start, measure, LONE_LOCATOR.test(before))) ? rangeCut(m[0], before, after) : undefined;
    const inChain = text[start - 1] === '-' || after.startsWith('-');
    const single = /^\d+$/.test(m[0]) && SINGLE_LOCATOR.test(before);
    const cuts = range !== undefined ? [range] : overlong && !single ? [...wordCuts(m[0], vocabulary, inChain, after.startsWith(' ')), ...abbreviationCut(m[0], text.slice(0, start), vocabulary)] : [];
    for (const cut of cuts) {
      const at = start + cut;
      const first = textWidth(text.slice(hanging, at) + '-');
      // Two years run together show the join alone, in a line of any type (a title's, set larger than measured).
      const fits = YEARS.test(m[0]) || (first >= measure * FIRST_LINE && first <= reach && textWidth(text.slice(at).replace(HANGING_NUMBER, '')) <= reach);
      if (fits) found.push(at);
    }
  }
  if (found.length === 1) return found[0];
  // A line holding three printed lines or more shows a join after each but the last: the one within the first line's
  // reach is the first (the rest is parted in turn).
  const first = lines > 2 ? found.filter(at => textWidth(text.slice(hanging, at) + '-') <= measure * slack) : [];
  return first.length === 1 ? first[0] : undefined;
}

/**
 * A line hardly wider than one holds a second line only if that was short: a range's end that ended the note or the
 * sentence, the line as wide as the measure (to within the widths' tolerance) or the number too long for a page or
 * folio. A lone number after a plural locator (`ll. 3031.`) shows the range itself: the width is then taken with the
 * looser tolerance of a face unlike the one estimated.
 */
function endsNote(text: string, piece: string, start: number, measure: number, lone: boolean): boolean {
  // A note's marker may follow the stop.
  return /^[.)\]]+\d{0,3}$/.test(text.slice(start + piece.length)) && (piece.length >= LONG_NUMBER || textWidth(text) * (lone ? LOOSE : SLACK) > measure);
}

/**
 * A listed number that reads as a range run together: the end higher and no more than a digit longer, and in a list
 * (which runs in ascending order) both ends between the numbers listed before and after it (`54, 8087, 109`).
 */
function rangeCut(piece: string, before: string, after: string): number | undefined {
  // A number a dash follows opens a range of its own.
  if (!/^\d{2,}$/.test(piece) || /^[-–]/.test(after)) return undefined;
  const low = Number(/(\d+),\s+$/.exec(before)?.[1] ?? -Infinity);
  const high = Number(/^,\s+(\d+)/.exec(after)?.[1] ?? Infinity);
  const cuts: number[] = [];
  for (let i = 1; i < piece.length; i++) {
    const [from, to] = [piece.slice(0, i), piece.slice(i)];
    const listed = low < Number(from) && Number(to) < high;
    if (!to.startsWith('0') && Number(from) < Number(to) && to.length >= from.length && to.length <= from.length + 1 && listed) cuts.push(i);
  }
  return cuts.length === 1 ? cuts[0] : undefined;
}

/**
 * Where inside a piece of a word a dropped hyphen shows. `spaceAfter`: a space follows the piece, as one follows a
 * note's number opening its line (the text's `top-` run on into the foot's `25 TsDOO`).
 */
function wordCuts(piece: string, vocabulary: Vocabulary, inChain: boolean, spaceAfter = false): number[] {
  if (/^\d+$/.test(piece)) {
    const half = piece.length / 2;
    const rising = piece.length >= 4 && piece.length % 2 === 0 && Number(piece.slice(0, half)) < Number(piece.slice(half));
    return rising && !YEAR.test(piece) ? [half] : [];
  }
  // A number with a Russian ordinal's ending, which LC sets after a hyphen (`10-go`, `17-i`).
  const ordinal = /^\d{1,4}(?=(?:go|ogo|mu|omu|kh|ykh|ikh|ia|iu|oe|yi|ii|oi|ei|ym|om|aia|uiu)$)/.exec(piece);
  if (ordinal) return [ordinal[0].length];
  // A word run into a number (`mid1920s`, `pre1917`): words of the text hold no digits.
  const intoNumber = /^\p{Ll}{3,}(?=\d{2,4}s?$)/u.exec(piece);
  if (intoNumber) return [intoNumber[0].length];
  const numbered = /^\d+(?=\p{L})/u.exec(piece);
  if (numbered) return /^[\p{L}’]+$/u.test(piece.slice(numbered[0].length)) && piece.length - numbered[0].length >= MIN_WORD_AFTER_NUMBER ? [numbered[0].length] : [];
  const noteNumber = spaceAfter ? /^\p{L}{2,}(?=\d{1,3}$)/u.exec(piece) : null;
  if (noteNumber) return [noteNumber[0].length];
  if (!/^[\p{L}’]+$/u.test(piece)) return [];
  const camel = /(?:\p{Ll}|’){3}(?=\p{Lu})/u.exec(piece);
  if (camel) return [camel.index + 3];
  // The document's own spelling decides: two words it writes with a hyphen elsewhere; not a word it uses whole, in
  // any case.
  const spelled = partings(piece, (first, second) => vocabulary.hyphenated(first, second));
  if (spelled.length > 0 || usedWhole(piece, vocabulary)) return spelled.length === 1 ? spelled : [];
  // A word English has was not run together from two.
  if (inEnglishDictionary(piece)) return [];
  const known = (part: string) => vocabulary.count(part) > 0 || MONTHS.test(part) || (/^\p{Ll}+$/u.test(part) && inEnglishDictionary(part));
  // A romanized word (lower case, neither English nor a month) run on with another may be a compound written whole
  // that a line-end hyphen split (`part-` / `konferentsii`): such a compound is read only at a linking vowel, below.
  const russian = (part: string) => /^\p{Ll}/u.test(part) && !MONTHS.test(part) && !inEnglishDictionary(part.toLowerCase());
  const splits = partings(piece, (first, second) => known(first) && known(second) && !(russian(first) || russian(second)));
  if (splits.length > 0) return splits.length === 1 ? splits : [];
  // A romanized Russian compound: a first part ending in the linking vowel that the text uses alone or before a
  // hyphen (`zoloto`, `sotsial’no-`), or any such in a document that does not hyphenate, the second a word the text
  // uses, in this form or another case.
  const opening = (first: string) =>
    /\p{Ll}[oe]$/u.test(first) && (!vocabulary.hyphenates || vocabulary.count(first) > 0 || vocabulary.opensCompound(first));
  // Where the typesetter does not hyphenate, the second part's root may be known from another compound instead
  // (`zoloto-` / `platinovoi` beside `Uralplatina`; `zolo-` / `toplatinovoi` shows no root the text has).
  const secondKnown = (second: string) => vocabulary.stemCount(second) > 0 || (!vocabulary.hyphenates && vocabulary.rootInCompound(second));
  const linked = partings(piece, (first, second) => opening(first) && secondKnown(second));
  if (linked.length > 0 || !inChain) return linked.length === 1 ? linked : [];
  // In a chain of acronyms (`VChKOGPU-NKVD`): one the text uses, the other set like one; of two such partings, the
  // one whose known part the text uses more (`VChK-OGPU`, not `VChKO-GPU`).
  const usage = (first: string, second: string) =>
    (ACRONYM.test(second) ? vocabulary.count(first) : 0) + (ACRONYM.test(first) ? vocabulary.count(second) : 0);
  const acronyms = partings(piece, (first, second) => usage(first, second) > 0).map(at => ({ at, uses: usage(piece.slice(0, at), piece.slice(at)) }));
  const most = Math.max(0, ...acronyms.map(a => a.uses));
  const best = acronyms.filter(a => a.uses === most);
  return best.length === 1 ? [best[0].at] : [];
}

/**
 * A word run on after an abbreviation's full stop (`1925 g.noiabr’`): a month or a word the text uses, a hyphen set
 * close to the abbreviation before it.
 */
function abbreviationCut(piece: string, before: string, vocabulary: Vocabulary): number[] {
  // Read at its last eight characters (three letters, of two code units at most, and a stop), not from the line's start.
  const end = before.length > 8 ? `!${before.slice(-8)}` : before;
  return /(?:^|[\s\d(])\p{Ll}{1,3}\.$/u.test(end) && /^\p{Ll}/u.test(piece) && (MONTHS.test(piece) || vocabulary.count(piece) > 0) ? [0] : [];
}

/** Whether the text uses `piece` as a word of its own, in this case or another (its stem alone counts when long). */
function usedWhole(piece: string, vocabulary: Vocabulary): boolean {
  return vocabulary.count(piece) > 0 || (stemKey(piece) !== wordKey(piece) && vocabulary.stemCount(piece) > 0);
}

/**
 * The words of an over-long line that may hold a join no word shows: where the first line would have ended (by the
 * strict measure, else the looser one), letters only, used nowhere else in the text, neither a month nor in the
 * English word list.
 */
function runTogether(text: string, measure: number, vocabulary: Vocabulary): string[] {
  const candidates = [...text.matchAll(PIECE)].filter(
    m => /^[\p{L}’]+$/u.test(m[0]) && m[0].length >= 2 * MIN_PART && !usedWhole(m[0], vocabulary) && !MONTHS.test(m[0]) && !inEnglishDictionary(m[0]),
  );
  const within = (slack: number) => {
    const reach = measure * slack * Math.max(1, Math.ceil(textWidth(text) / (measure * slack)) - 1);
    const fits = (at: number) => {
      const first = textWidth(text.slice(0, at) + '-');
      return first >= measure * FIRST_LINE && first <= reach && textWidth(text.slice(at)) <= reach;
    };
    return candidates.filter(m => partings(m[0], () => true).some(at => fits(m.index + at))).map(m => m[0].replace(/’+$/, ''));
  };
  const strict = within(SLACK);
  return strict.length > 0 ? strict : within(LOOSE);
}

/** Where `piece` parts into two parts of at least MIN_PART letters that `fits` accepts. */
function partings(piece: string, fits: (first: string, second: string) => boolean): number[] {
  const cuts: number[] = [];
  for (let i = MIN_PART; i <= piece.length - MIN_PART; i++) if (fits(piece.slice(0, i), piece.slice(i))) cuts.push(i);
  return cuts;
}
