// Finds romanized-Russian words in English text, word by word. A word is Russian when the English word list
// lacks it and its spelling says so (russianCues), when the corpus lexicon knows it, or, for short function
// words (i, o, s, k, v, po, na…) and bare capitalised words, when its neighbours are Russian: that is how
// "Protokoly i pis’ma" and "O rukovodstve" are caught while English around them is not.
import { isEnglishWord } from '../text/englishWords';
import { matchingText } from '../text/matchingText';
import { givenNameReadings } from './givenNames';
import { isUpper, latinWords, normalizeLatin } from './latinWord';
import { Lexicon, caseStems } from './lexicon';
import { NOT_RUSSIAN, STRONG, cannotBeRomanized, onlyPopularEnding, russianScore } from './russianCues';

export interface RomanizedWord {
  /** The word as read: composed, invisible characters left out (see text/matchingText). */
  text: string;
  /** UTF-16 offsets of the word as written in the text; end exclusive. */
  start: number;
  end: number;
  kind: 'romanized-russian';
}

export interface DetectOptions {
  /** Corpus lexicon: its words count as Russian (names even where English has the word: Lazar). */
  lexicon?: Lexicon;
}

/** Short words Russian titles are full of and English prose almost never has: Russian beside one Russian word. */
const SHORT_RUSSIAN = new Set(['i', 'o', 's', 'k', 'v', 'u', 'po', 'na', 'ob', 'ot', 'za', 'iz', 'ko', 'vo', 'so', 'ni', 'li', 'ee', 'eë']);
/** Short words that are common English too: Russian only between two Russian words. */
const SHORT_SHARED = new Set(['a', 'to', 'do', 'no', 'ne', 'by', 'on']);
const CONTRACTION = /(?:n’t|’(?:s|re|ve|ll|d|m))$/;
/** English derivations of Russian names and words, which Russian writes otherwise (Banderites, not banderovtsy;
 * Trotskyists, Georgians): no romanized Russian word ends so. */
const ENGLISH_DERIVATION = /(?:ites|isms|ists|ians)$/;
/** The Latin of a scholarly apparatus, which the English word list may lack. */
const SCHOLARLY_LATIN = new Set(['ibid', 'ibidem', 'idem', 'eadem', 'passim', 'infra', 'supra', 'sic', 'viz', 'cit', 'loc']);
/** A lower-case Roman numeral of two letters or more (vol. VIII/ii, p. xiv): no Russian word. */
const LOWER_NUMERAL = /^(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3})$/;
/** Months and days, which the English word list (common nouns) lacks. */
const CALENDAR = new Set(['january', 'february', 'april', 'june', 'july', 'september', 'sept', 'october', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Acronyms written with LC digraphs (TsK, ChK, VSNKh, TsDOO). */
const DIGRAPH_ACRONYM = /^(?=.*(?:Ts|Kh|Ch|Sh|Zh))(?:Shch|Ts|Kh|Ch|Sh|Zh|[A-Z])+$/;

/** An acronym of three capitals or more with a Russian case ending in lower case. */
const INFLECTED_ACRONYM = /^[A-Z]{3,}(?:a|u|e|om|ov|y|ami|akh)$/;

const TIGHT_GAP = /^[\s\u00a0\-–—“”‘’«»"]+$/u;
const COMMA_GAP = /^,[\s\u00a0]+[‘“«]?$/u;

/** shared: a lexicon word English has too (plenum, kulak), Russian only inside a run of Russian words. */
type Verdict = 'russian' | 'english' | 'skip' | 'short' | 'open' | 'shared';

interface Token {
  start: number;
  end: number;
  text: string;
  verdict: Verdict;
}

export function detectRomanized(text: string, options: DetectOptions = {}): RomanizedWord[] {
  return analyse(text, options)
    .filter(t => t.verdict === 'russian')
    .map(t => ({ text: t.text, start: t.start, end: t.end, kind: 'romanized-russian' as const }));
}

/** A Latin word of the text and whether it reads as English (as opposed to Russian or undecided). */
export interface WordReading {
  start: number;
  end: number;
  english: boolean;
}

/** Every Latin word with the detector's reading; a converter changes only the words that are not English. */
export function readWords(text: string, options: DetectOptions = {}): WordReading[] {
  return analyse(text, options).map(t => ({
    start: t.start,
    end: t.end,
    english: t.verdict === 'english' || t.verdict === 'shared' || (t.verdict === 'short' && (SHORT_SHARED.has(t.text.toLowerCase()) || t.text === 'I')),
  }));
}

/** Verdicts of words by spelling, per lexicon: a word's own verdict never changes, and an editor asks again on
 * every keystroke. Bounded: cleared when it grows past VERDICT_CACHE_LIMIT words. */
const verdictCaches = new WeakMap<Lexicon, Map<string, Verdict>>();
const VERDICT_CACHE_LIMIT = 100_000;

/** The words of the text as matching reads it, each with its verdict and where it is written. */
function analyse(written: string, options: DetectOptions): Token[] {
  const lexicon = options.lexicon ?? Lexicon.empty;
  let cache = verdictCaches.get(lexicon);
  if (!cache || cache.size > VERDICT_CACHE_LIMIT) verdictCaches.set(lexicon, (cache = new Map()));
  const { text, map } = matchingText(written);
  const tokens = tokenize(text);
  for (const token of tokens) token.verdict = classify(token, text, lexicon, cache);
  resolveByContext(tokens, text, lexicon);
  return map.isIdentity ? tokens : tokens.map(token => map.spanToOriginal(token));
}

/** The Latin words of the text, not yet classified. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const { word, start } of latinWords(text)) {
    out.push({ start, end: start + word.length, text: word, verdict: 'skip' });
  }
  return out;
}

/** The verdict of a word in its place: the characters around it first, then what the word itself says. */
function classify(token: Omit<Token, 'verdict'>, text: string, lexicon: Lexicon, cache: Map<string, Verdict>): Verdict {
  const word = token.text;
  const after = text[token.end] ?? '';
  // A case ending after a number and its hyphen (1928-ogo, 10-ykh) is no word.
  if (word.length <= 4 && /\d-$/.test(text.slice(Math.max(0, token.start - 2), token.start))) return 'skip';
  // Letters glued to numbers (1930s, 10-go, K-12238), abbreviations (op., ll., tov.), "(b)" and "(b)U".
  if (word.length <= 2) {
    const before = text.slice(Math.max(0, token.start - 2), token.start);
    const glued = /\d-?$/.test(before) || /\d/.test(after) || (after === '-' && /\d/.test(text[token.end + 1] ?? ''));
    if (glued || before.endsWith(')')) return 'skip';
  }
  if (after === '.' && word.length <= 3) return 'skip';
  let verdict = cache.get(word);
  if (verdict === undefined) {
    verdict = classifyWord(word, lexicon);
    cache.set(word, verdict);
  }
  return verdict;
}

/** Longer than any Russian word (the longest run to about 35 letters, a little more romanized): no word to read. */
const LONGEST_WORD = 64;

/** What the spelling of a word alone says (the same wherever it stands, so it is computed once per text). */
function classifyWord(word: string, lexicon: Lexicon): Verdict {
  if (word.length > LONGEST_WORD) return 'skip';
  if (DIGRAPH_ACRONYM.test(word)) return 'russian';
  if (word.length > 1 && word === word.toUpperCase()) return 'skip'; // NKVD, XII: neutral
  if (INFLECTED_ACRONYM.test(word)) return 'skip'; // GULAGa, NKVDom: an acronym for all its case ending
  const lower = normalizeLatin(word);
  if (CONTRACTION.test(lower) || ENGLISH_DERIVATION.test(lower) || /^[a-z]’[a-z]/.test(lower) || SCHOLARLY_LATIN.has(lower) || CALENDAR.has(lower)) return 'english';
  if (word.length <= 2 && (SHORT_RUSSIAN.has(lower) || SHORT_SHARED.has(lower))) return 'short';
  if (word.length === 1 || LOWER_NUMERAL.test(word)) return 'skip';
  const capitalised = isUpper(word[0]);
  const known = lexiconKey(lower, lexicon);
  if (known && ((capitalised && lexicon.isName(known)) || !isEnglishWord(lower) || lexicon.isNotEnglish(known))) return 'russian';
  if (known) return 'shared';
  // A Russian given name English has as a common word, spelt as Russian spells it (Lev, not Mark or Vera): a name
  // its neighbours decide (Lev Razgon).
  if (capitalised && isEnglishWord(lower) && givenNameReadings(word).length > 0 && russianScore(lower) >= 1) return 'open';
  if (isEnglishWord(lower) && !lexicon.isNotEnglish(lower)) return 'english';
  if (capitalised && isEnglishWord(lower.replace(/’$/, ''))) return 'english'; // ‘Quoted’
  const score = russianScore(lower);
  if (score <= NOT_RUSSIAN) return 'english';
  if (!capitalised || score >= STRONG) return 'russian';
  return 'open';
}

/** The lexicon word this one is, or is a case form of (Kabakova → Kabakov, oblasti → oblast’). */
function lexiconKey(lower: string, lexicon: Lexicon): string | undefined {
  if (lexicon.hasNormalized(lower)) return lower;
  return caseStems(lower).find(form => lexicon.hasNormalized(form)) ?? lexicon.signedKey(lower);
}

/** Settles short words and bare capitalised words from their neighbours. A word that turns Russian may settle
 * its own undecided neighbours in turn, so those are queued again. */
function resolveByContext(tokens: Token[], text: string, lexicon: Lexicon): void {
  tokens.forEach((token, i) => {
    // An initial whose period is missing is neutral, as initials are.
    if (token.verdict === 'short' && isBareInitial(tokens, i, text)) token.verdict = 'skip';
    else if ((token.verdict === 'english' || token.verdict === 'short') && opensRussianTitle(tokens, i, text)) token.verdict = 'russian';
  });
  markRussianImprints(tokens, text);
  const queue: number[] = [];
  tokens.forEach((t, i) => {
    if (undecided(t)) queue.push(i);
  });
  while (queue.length > 0) {
    const i = queue.pop()!;
    const token = tokens[i];
    if (!undecided(token) || !russianByContext(tokens, i, text, lexicon)) continue;
    token.verdict = 'russian';
    for (const direction of [-1, 1] as const) {
      const j = neighbour(tokens, i, direction);
      if (tokens[j] && undecided(tokens[j])) queue.push(j);
    }
  }
  tokens.forEach((token, i) => {
    if (token.verdict === 'english' && (insideRussianWords(tokens, i, text) || opensRussianTitle(tokens, i, text) || endsDoubleSurname(tokens, i, text))) {
      token.verdict = 'russian';
    }
    else if (token.verdict === 'russian' && isForeignSurname(tokens, i, text, lexicon)) token.verdict = 'english';
  });
  markRepeatedNames(tokens, text);
}

/** Where a sentence or a paragraph ends: an editor analyses a long text in pieces cut there (document/chunks). */
const SENTENCE_END = /[.!?]["'”»’)]?\s+(?=\p{Lu})|\n[ \t\r]*\n/gu;

/** A name its sentence has shown to be Russian is Russian where it stands alone too (Leonid Redens … (Redens)). */
function markRepeatedNames(tokens: Token[], text: string): void {
  const ends = [...text.matchAll(SENTENCE_END)].map(m => m.index + m[0].length);
  let from = 0;
  for (const end of [...ends, Infinity]) {
    let to = from;
    while (to < tokens.length && tokens[to].start < end) to++;
    const sentence = tokens.slice(from, to);
    const names = new Set(sentence.filter(t => t.verdict === 'russian' && isUpper(t.text[0]) && !DIGRAPH_ACRONYM.test(t.text)).map(t => t.text));
    for (const token of sentence) if (token.verdict === 'open' && names.has(token.text)) token.verdict = 'russian';
    from = to;
  }
}

/** A short capitalised word English has too, opening a title after a comma or an opening quote, with a Russian
 * word in lower case after it: the title's first word (Mikoian, Tak bylo; ‘On khvastalsya rasstrelami’). */
function opensRussianTitle(tokens: Token[], i: number, text: string): boolean {
  const token = tokens[i];
  if (token.text.length > 4 || !isUpper(token.text[0])) return false;
  const lowerRussianAt = (j: number): boolean =>
    j < tokens.length && tokens[j].verdict === 'russian' && !isUpper(tokens[j].text[0]) && /^[\s\u00a0]+$/u.test(text.slice(tokens[j - 1].end, tokens[j].start));
  if (!lowerRussianAt(i + 1)) return false;
  const before = text.slice(Math.max(0, token.start - 8), token.start);
  // A year may open the quoted title before it (‘1937 God i Sovremennost’).
  const quoted = /[‘“«](?:\d{4}[\s\u00a0]+)?$/u.test(before);
  // A word English links with (On obkom work) opens a quoted title only before two Russian words.
  if (ENGLISH_LINKS.has(token.text.toLowerCase())) return quoted && lowerRussianAt(i + 2);
  return quoted || (i > 0 && /,[\s\u00a0]+$/u.test(before) && tokens[i - 1].end <= token.start - 2);
}

/** A capitalised word English has, spelt as LC can spell it, joined by a bare hyphen to a Russian surname before it:
 * that double surname's second half (Aksakova-Sivers; not Stalin-Hitler). */
function endsDoubleSurname(tokens: Token[], i: number, text: string): boolean {
  const [surname, token] = [tokens[i - 1], tokens[i]];
  return surname !== undefined && surname.verdict === 'russian' && isUpper(surname.text[0]) && isUpper(token.text[0]) &&
    !DIGRAPH_ACRONYM.test(surname.text) && text.slice(surname.end, token.start) === '-' &&
    russianScore(normalizeLatin(surname.text)) >= STRONG && !cannotBeRomanized(normalizeLatin(token.text));
}

/** A surname whose only Russian cue is the popular -iya/-iy, after a given name no romanization of Russian can
 * spell (Hiroaki Kuromiya): the name of that other language. */
function isForeignSurname(tokens: Token[], i: number, text: string, lexicon: Lexicon): boolean {
  const token = tokens[i];
  const lower = normalizeLatin(token.text);
  if (i === 0 || !isUpper(token.text[0]) || !onlyPopularEnding(lower) || lexiconKey(lower, lexicon)) return false;
  const given = tokens[i - 1];
  return isUpper(given.text[0]) && cannotBeRomanized(normalizeLatin(given.text)) && /^[\s\u00a0]+$/u.test(text.slice(given.end, token.start));
}

/** The city of a Russian imprint and its colon (Moscow: Voenizdat, 1979; M.: Nauka; St. Petersburg: Palitra). */
const RUSSIAN_IMPRINT_CITY = /(?<!\p{L})(?:Moscow|Moskva|Leningrad|Petrograd|Peters?burg|M|L|SPb|Kiev|Kyiv|Minsk|Kharkov|Kharkiv|Novosibirsk|Ekaterinburg|Yekaterinburg|Sverdlovsk|Tbilisi|Kazan|Perm|Riga|Voronezh|Saratov|Irkutsk|Tomsk|Omsk|Smolensk)\.?\s*:\s*$/u;
/** What closes an imprint's publisher: a comma and the year, or the closing parenthesis. */
const IMPRINT_END = /^\s*(?:,\s*(?:\d{4}|n\.\s?d\.)|\))/u;
/** Publishers' names run to a few words. */
const LONGEST_PUBLISHER = 4;

/** A publisher's name after a Russian city in an imprint is Russian where English does not claim its words
 * (Yauza-Eksmo, Voenizdat, Kuchkovo pole; not Progress Publishers): its undecided words, and a word English has
 * in lower case after one of them. */
function markRussianImprints(tokens: Token[], text: string): void {
  for (let first = 0; first < tokens.length; first++) {
    if (!RUSSIAN_IMPRINT_CITY.test(text.slice(Math.max(0, tokens[first].start - 20), tokens[first].start))) continue;
    let last = first;
    while (last + 1 < tokens.length && last - first + 1 < LONGEST_PUBLISHER && /^[\s\u00a0\-–]+$/u.test(text.slice(tokens[last].end, tokens[last + 1].start))) last++;
    while (last >= first && !IMPRINT_END.test(text.slice(tokens[last].end))) last--;
    if (last < first || !isUpper(tokens[first].text[0]) || tokens[first].verdict === 'english') continue;
    for (let k = first; k <= last; k++) {
      const token = tokens[k];
      const lowerEnglish = token.verdict === 'english' && k > first && !isUpper(token.text[0]) && !ENGLISH_LINKS.has(token.text);
      if (undecided(token) || lowerEnglish) token.verdict = 'russian';
    }
  }
}

/** English words that stand between Russian words in English prose (Stalin and Molotov, the obkom or raikom). */
const ENGLISH_LINKS = new Set(['and', 'or', 'nor', 'but', 'the', 'of', 'in', 'on', 'at', 'to', 'with', 'for', 'from', 'by', 'as', 'is',
  'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'not', 'than', 'into', 'over', 'under', 'between', 'against', 'after',
  'before', 'during', 'like', 'per', 'via', 'vs', 'its', 'his', 'her', 'their', 'who', 'which', 'that', 'this', 'and/or']);

/** A word the English list has, between two Russian words joined to it by spaces or dashes, the one after it in
 * lower case, and no word English links them with: a Russian title's word (Menzhinskii—intelligent s Lubyanki). An
 * English noun after a Soviet term and before a name is English (the obkom secretary Ivanov, kolkhoz chairman Petrov). */
function insideRussianWords(tokens: Token[], i: number, text: string): boolean {
  const token = tokens[i];
  if (token.text.length < 3 || ENGLISH_LINKS.has(token.text.toLowerCase())) return false;
  if (!isJoined(tokens, i, -1, text, TIGHT_GAP, true) || !isJoined(tokens, i, +1, text, TIGHT_GAP, true)) return false;
  return !isUpper(tokens[neighbour(tokens, i, +1)].text[0]);
}

/** A capital letter standing for a name: before another initial (V S. Zhukovsky), or between a given name and a
 * capitalised word (Oleg V Naumov). */
function isBareInitial(tokens: Token[], i: number, text: string): boolean {
  const [previous, token, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!/^[A-Z]$/.test(token.text) || next === undefined || !/^[\s\u00a0]+$/u.test(text.slice(token.end, next.start))) return false;
  if (/^[A-Z]$/.test(next.text) && text[next.end] === '.') return true;
  return previous !== undefined && isUpper(next.text[0]) && /^[\s\u00a0]+$/u.test(text.slice(previous.end, token.start)) &&
    givenNameReadings(previous.text).length > 0;
}

function undecided(token: Token): boolean {
  return token.verdict === 'short' || token.verdict === 'open' || token.verdict === 'shared';
}

function russianByContext(tokens: Token[], i: number, text: string, lexicon: Lexicon): boolean {
  const token = tokens[i];
  const russianAt = (j: number): boolean => tokens[j]?.verdict === 'russian';
  if (token.verdict === 'open') return openWordIsRussian(tokens, i, text, lexicon);
  if (token.verdict === 'shared') return [-1, 1].some(d => isJoined(tokens, i, d as 1 | -1, text, TIGHT_GAP, true));
  if (token.text === 'I') return isJoined(tokens, i, -1, text, TIGHT_GAP) && isJoined(tokens, i, +1, text, TIGHT_GAP);
  // Between two names (Stalin to Lenin) it is English: a Russian one stands beside a Russian word in lower case.
  if (SHORT_SHARED.has(token.text.toLowerCase())) {
    const [before, after] = [neighbour(tokens, i, -1), neighbour(tokens, i, +1)];
    return russianAt(before) && russianAt(after) && [before, after].some(j => !isUpper(tokens[j].text[0]));
  }
  // A capitalised short word (O rukovodstve, Ob ekonomicheskoi) starts a title: the next word decides.
  if (isUpper(token.text[0])) return russianAt(neighbour(tokens, i, +1));
  if (russianAt(neighbour(tokens, i, -1)) || russianAt(neighbour(tokens, i, +1))) return true;
  // English has no word i: between two undecided capitalised words it joins a Russian title (Argumenty i Fakty;
  // Mat i Drugie, where mat’ is a word English has too).
  const openAt = (j: number): boolean =>
    (tokens[j]?.verdict === 'open' || (tokens[j]?.verdict === 'shared' && isUpper(tokens[j].text[0]))) &&
    TIGHT_GAP.test(j < i ? gapBetween(tokens, j, i, text) : gapBetween(tokens, i, j, text));
  return token.text === 'i' && openAt(neighbour(tokens, i, -1)) && openAt(neighbour(tokens, i, +1));
}

/** A capitalised word without decisive spelling is Russian when it runs on, with nothing but spaces or hyphens
 * between, from or into Russian words (Lazara Moiseevich, Delo Volkova), or opens a Russian list after a comma
 * if its spelling leans Russian (Spravki, dokladnye). Across other punctuation English names stay English. */
function openWordIsRussian(tokens: Token[], i: number, text: string, lexicon: Lexicon): boolean {
  if (isJoined(tokens, i, -1, text, TIGHT_GAP) || isJoined(tokens, i, +1, text, TIGHT_GAP)) return true;
  if (inNamePair(tokens, i, text) || isShortTitle(tokens, i, text)) return true;
  if (!isJoined(tokens, i, +1, text, COMMA_GAP)) return false;
  // A name after the comma is a work's subject and the word before it its author, whatever the author's spelling
  // (Davies, Stalin’s Russia; Suny, Stalin and the Russian…; Parrish, “Serov”).
  const j = neighbour(tokens, i, +1);
  if (isUpper(tokens[j].text[0]) && isPersonName(tokens[j].text, lexicon)) return false;
  if (russianScore(normalizeLatin(tokens[i].text)) >= 1) return true;
  // An author before a Russian title (Vaiskopf, Pisatel’ Stalin): at least two Russian words, or one its spelling
  // alone makes Russian before the page, the subtitle or the imprint (Grabar, Pis’ma, p. 179).
  return isJoined(tokens, j, +1, text, TIGHT_GAP) || (russianScore(normalizeLatin(tokens[j].text)) >= STRONG && AFTER_TITLE.test(text.slice(tokens[j].end)));
}

/** What follows a work's title in a note: its subtitle's colon, the page, or the imprint's parenthesis. */
const AFTER_TITLE = /^(?::|,[\s\u00a0]+pp?\.|[\s\u00a0]+\()/u;

/** A capitalised word after a Russian author and a comma, and before a subtitle, a page or an imprint, is the
 * title of that author's work (Kaverin, Epilog: Memuary; Utekhin, Ocherki, pp. 94–5). */
function isShortTitle(tokens: Token[], i: number, text: string): boolean {
  const author = neighbour(tokens, i, -1);
  if (author < 0) return false;
  const after = text.slice(tokens[i].end);
  if (isJournalAfterTitle(tokens, author, i, text, after)) return true;
  return isUpper(tokens[author].text[0]) && isJoined(tokens, i, -1, text, COMMA_GAP, true) && AFTER_TITLE.test(after);
}

/** An article's quoted title closing, then its comma. */
const QUOTED_TITLE_GAP = /^[’”»],[\s\u00a0]+$/u;
/** What follows a journal's name: its volume, number or year. */
const JOURNAL_ISSUE = /^(?:,[\s\u00a0]+(?:vol|vyp|no|nos|t)\.|,?[\s\u00a0]+\(?\d)/u;

/** A capitalised word after an article's quoted Russian title and before the volume or number is the journal
 * that printed it (L. Bogoraz, ‘Iz vospominanii’, Minuvshee, vol. 2). */
function isJournalAfterTitle(tokens: Token[], title: number, i: number, text: string, after: string): boolean {
  return tokens[title].verdict === 'russian' && QUOTED_TITLE_GAP.test(text.slice(tokens[title].end, tokens[i].start)) && JOURNAL_ISSUE.test(after);
}

/** Whether a word is a person's name the lexicon or the given names know (Stalin, Stalina, Oksana). */
function isPersonName(word: string, lexicon: Lexicon): boolean {
  const key = lexiconKey(normalizeLatin(word), lexicon);
  return (key !== undefined && lexicon.isName(key)) || givenNameReadings(word).length > 0;
}

/** A Russian given name (one English lacks) and the undecided capitalised word after it make a person: Elizaveta
 * Chechik, Oksana Kozmina. */
function inNamePair(tokens: Token[], i: number, text: string): boolean {
  const pair = (first: number, second: number): boolean =>
    first >= 0 && second < tokens.length && tokens[first].verdict === 'open' && tokens[second].verdict === 'open' &&
    givenNameReadings(tokens[first].text).length > 0 && TIGHT_GAP.test(gapBetween(tokens, first, second, text)) &&
    !joinsEnglishName(tokens, second, text);
  return pair(i, neighbour(tokens, i, +1)) || pair(neighbour(tokens, i, -1), i);
}

/** A surname joined by its hyphen to an English one (Elena Durden-Smith): a name of English, not Russian. */
function joinsEnglishName(tokens: Token[], i: number, text: string): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.verdict === 'english' && /^-[\s\u00a0]*$/u.test(text.slice(tokens[i].end, next.start));
}

/** Whether the nearest word in `direction` is Russian (with `wordsOnly`, not an acronym) and what separates
 * them, neutral words (acronyms, initials with their periods) aside, fits `gap`. */
function isJoined(tokens: Token[], i: number, direction: 1 | -1, text: string, gap: RegExp, wordsOnly = false): boolean {
  const j = neighbour(tokens, i, direction);
  if (j < 0 || j >= tokens.length || tokens[j].verdict !== 'russian') return false;
  // An acronym beside an English word (the TsK plenum) does not make it Russian.
  if (wordsOnly && DIGRAPH_ACRONYM.test(tokens[j].text)) return false;
  return gap.test(direction > 0 ? gapBetween(tokens, i, j, text) : gapBetween(tokens, j, i, text));
}

/** The text between two words, neutral words (acronyms, initials with their periods) left out. */
function gapBetween(tokens: Token[], from: number, to: number, text: string): string {
  let between = '';
  let at = tokens[from].end;
  for (let k = from + 1; k < to; k++) {
    between += text.slice(at, tokens[k].start);
    at = tokens[k].end + (text[tokens[k].end] === '.' ? 1 : 0);
  }
  return between + text.slice(at, tokens[to].start);
}

/** Index of the nearest word in `direction` that is not neutral (acronym, abbreviation, number-bound). */
function neighbour(tokens: Token[], i: number, direction: 1 | -1): number {
  let j = i + direction;
  while (j >= 0 && j < tokens.length && tokens[j].verdict === 'skip') j += direction;
  return j;
}
