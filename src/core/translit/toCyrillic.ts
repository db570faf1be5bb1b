// The article's LC romanization back to Cyrillic. LC is not reversible letter by letter, so known words come
// from the lexicon and the ambiguous spellings are settled by rules:
//   ts  → ц, but т+с before к/т (sovetskii, bogatstvo);
//   e   → е, but э at the start of the borrowed stems and pronouns listed in E_STEMS;
//   ii  → ий in adjectives and names (-skii, Evgenii), ии in noun endings (partii, organizatsii);
//   ia  → я, but иа in the borrowed -ial- stems (materialy, sotsial’nyi).
// BGN/PCGN, popular and ALA-LC spellings are read too where LC cannot mean anything else (ы never follows a
// vowel, and never precedes а, у, о): Yezhov, Nikolay, Dostoyevsky, Solovyev, Trotsky, Mikhaĭlovich.
import { isUpper, latinWords, normalizeLatin, normalizeSigns } from './latinWord';
import { givenNameInflection, givenNameReadings } from './givenNames';
import { Lexicon } from './lexicon';

const DIRECT: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', y: 'ы',
  shch: 'щ', zh: 'ж', kh: 'х', ts: 'ц', ch: 'ч', sh: 'ш', iu: 'ю', ia: 'я', '’’': 'ъ', '’': 'ь',
  ya: 'я', yu: 'ю', yo: 'ё', ye: 'е', ĭ: 'й', ė: 'э', ë: 'ё', dj: 'дж', x: 'кс',
};
const GRAPHEMES = ['shch', '’’', 'zh', 'kh', 'ts', 'ch', 'sh', 'iu', 'ia', 'ya', 'yu', 'yo', 'ye', 'dj'];
const LATIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ė', 'ë']);
/** Velars, after which Russian never writes ы: a final y there is -ий (Trotsky, Gorky). */
const VELARS = new Set(['k', 'g', 'kh']);
/** Latin letters outside every romanization Opis reads (Rákosi, Gömbös): such a word is left as written. */
const FOREIGN_LETTER = /[^a-z’ĭėë]/;

/** Word starts written with э (the letter e begins them in LC as it begins words with е). */
const E_STEMS = ['ekonom', 'eks', 'ekz', 'ekip', 'ekran', 'elekt', 'element', 'elit', 'emigr', 'energ', 'entuz', 'epok',
  'epidem', 'eskad', 'estr', 'et', 'evak', 'evol', 'effekt'];
/** Hushing consonants and ц, after which Russian writes а and у, never я and ю (sotsial, Shchiukin aside). */
const HARD_ONLY = new Set(['ts', 'zh', 'ch', 'sh', 'shch']);

/** Letters after which a word-final -ii is the adjective or name ending -ий (sovetskii, Vasilii), never -ии. */
const ADJECTIVE_II = new Set(['k', 'g', 'kh', 'zh', 'ch', 'sh', 'shch', 'l']);

/** The endings after -sk- of adjectives and town names (sovetskii, sovetskoi, Bratsk, Irkutskom). */
const SK_ENDING = /^(?:ii|iy|y|i|aia|aya|oe|oi|oy|ogo|omu|om|ikh|im|imi|ie|uiu|uyu|ia|a|u|e|ost.*)?$/;

/** A word spelled by BGN/PCGN or popular usage (y before a vowel but e, or after one: Budyonny, Artyom): its final
 * y after a consonant is the adjective ending, not LC's plural ы. */
const POPULAR_SPELLING = /^y|[aeiou]y|y[aouë]/;

/** The agent suffix -tel’ (pisatel’, stroitel’, predsedatel’), whose sign a spelling may drop. */
const AGENT_SUFFIX = /[aeiou][a-z]*[ai]tel$/;

/** Prepositions governing the prepositional case, after which -nii is the ending -нии (o sostoianii). */
const PREPOSITIONAL = new Set(['o', 'ob', 'obo', 'v', 'vo', 'na', 'pri']);

/** Converts every romanized word of `text` to Cyrillic (or, with `convertible`, only the words it accepts by
 * their UTF-16 offsets); everything else is kept as it is. */
export function toCyrillic(
  text: string,
  lexicon: Lexicon = Lexicon.empty,
  convertible: (start: number, end: number) => boolean = () => true,
): string {
  let out = '';
  let at = 0;
  for (const { start, end, reading } of readings(text, lexicon, convertible)) {
    out += text.slice(at, start) + reading.cyrillic;
    at = end;
  }
  return out + text.slice(at);
}

/** A word whose spelling allows another reading than the one the rules chose (partii: партии or партий). */
export interface AmbiguousWord {
  start: number;
  end: number;
  word: string;
  cyrillic: string;
  /** The other readings, each with one such letter read the other way. */
  alternatives: string[];
}

/** The words of `text` (those `convertible` accepts) that toCyrillic converts by a rule with another reading. */
export function ambiguousWords(
  text: string,
  lexicon: Lexicon = Lexicon.empty,
  convertible: (start: number, end: number) => boolean = () => true,
): AmbiguousWord[] {
  return readings(text, lexicon, convertible)
    .filter(({ reading }) => reading.alternatives.length > 0)
    .map(({ start, end, word, reading }) => ({ start, end, word, cyrillic: reading.cyrillic, alternatives: reading.alternatives }));
}

interface Reading {
  cyrillic: string;
  alternatives: string[];
}

/** Each Latin word of the text with its reading; a word `convertible` refuses reads as itself. */
function readings(text: string, lexicon: Lexicon, convertible: (start: number, end: number) => boolean) {
  let previous = '';
  return latinWords(text).map(({ word, start }) => {
    const end = start + word.length;
    const converts = convertible(start, end) && !isNumeral(word, text, end);
    const reading: Reading = converts ? wordToCyrillic(word, lexicon, previous) : { cyrillic: word, alternatives: [] };
    previous = converts ? normalizeLatin(word) : '';
    return { start, end, word, reading };
  });
}

interface Grapheme {
  latin: string;
  cyrillic: string;
  upper: boolean;
  /** The reading a rule decided against where the spelling allows both (LC's i for и and й). */
  other?: string;
}

/** What Russian spelling never has: ы, ь or ъ at the start, a sign after a vowel or a sign, ы after й or a sign. */
const IMPOSSIBLE = /^[ыьъ]|[аеёиоуыэюяйьъ][ьъ]|[йьъ]ы/iu;

/** Roman numerals (XII s’’ezd) stay Latin. */
const ROMAN_NUMERAL = /^[IVXLC]+$/;
const LOWER_WORD_NEXT = /\s+\p{Ll}/uy;

/** A Roman numeral, but not a lone V or I before a word in lower case: the preposition or conjunction opening a
 * title (V odnoi gazete). */
function isNumeral(word: string, text: string, end: number): boolean {
  if (!ROMAN_NUMERAL.test(word)) return false;
  LOWER_WORD_NEXT.lastIndex = end;
  return !(/^[VI]$/.test(word) && LOWER_WORD_NEXT.test(text));
}

function wordToCyrillic(word: string, lexicon: Lexicon, previousWord: string): Reading {
  const fixed = (cyrillic: string): Reading => ({ cyrillic, alternatives: [] });
  const signed = normalizeSigns(word);
  const lower = signed.toLowerCase();
  if (FOREIGN_LETTER.test(lower)) return fixed(word);
  const known = lexicon.cyrillic(word);
  if (known) return { cyrillic: recase(known, signed), alternatives: isUpper(word[0]) ? [] : otherII(lower, known) };
  // A capitalised word may be a given name or patronymic, in any of its spellings or a case form (Lazara).
  const capitalised = isUpper(word[0]);
  const [name, ...others] = capitalised ? givenNameReadings(word) : [];
  if (name) return { cyrillic: recase(name, signed), alternatives: others.map(c => recase(c, signed)) };
  const stem = lexicon.stem(lower) ?? lexicon.inflection(lower) ?? (capitalised ? givenNameInflection(lower) : undefined);
  const graphemes = split(signed, lower, stem?.length ?? 0);
  // Acronyms (TsK, RKP, TsDOO) spell letters, so the rules for running words do not apply to them.
  const acronym = graphemes.filter(g => g.upper).length > 1;
  if (!acronym) resolve(graphemes, { lower, previousWord, atWordStart: !stem });
  const head = stem ? recase(stem.cyrillic, signed.slice(0, stem.length)) : '';
  const spell = (gs: readonly Grapheme[]) => head + gs.map(g => (g.upper ? g.cyrillic[0].toUpperCase() + g.cyrillic.slice(1) : g.cyrillic)).join('');
  const alternatives = graphemes.flatMap((g, k) => (g.other === undefined ? [] : [spell(graphemes.map((x, j) => (j === k ? { ...x, cyrillic: g.other! } : x)))]));
  const cyrillic = spell(graphemes);
  // A letter no rule reads (h in Ehrenburg, a lone j) would leave Latin inside Cyrillic, and some spellings read
  // as no Russian word can be written (O’Neill: Оь…): such a word stays as written.
  if (/\p{Script=Latin}/u.test(cyrillic) || IMPOSSIBLE.test(cyrillic)) return fixed(word);
  // A known word whose sign this spelling dropped (Mat i Drugie: Мать) is read with it, the rules' reading beside.
  const withSign = lexicon.signedKey(lower);
  const signedCyrillic = withSign && lexicon.cyrillic(withSign);
  if (signedCyrillic) return { cyrillic: recase(signedCyrillic, signed), alternatives: [cyrillic] };
  return { cyrillic, alternatives };
}

/** A known word in lower case ending -ii as a noun's -ии or -ий, which the lexicon holds in one case only
 * (organizatsii: организации or организаций): the other reading. */
function otherII(lower: string, known: string): string[] {
  if (!lower.endsWith('ii') || ADJECTIVE_II.has(lower.at(-3) ?? '') || /^(?:ch|sh|zh|kh)$/.test(lower.slice(-4, -2))) return [];
  if (known.endsWith('ии')) return [known.slice(0, -1) + 'й'];
  return known.endsWith('ий') ? [known.slice(0, -1) + 'и'] : [];
}

/** Splits the word after `from` into LC graphemes, longest first, keeping each one's case. */
function split(word: string, lower: string, from: number): Grapheme[] {
  const out: Grapheme[] = [];
  for (let i = from; i < lower.length; ) {
    const latin = GRAPHEMES.find(g => lower.startsWith(g, i)) ?? lower[i];
    out.push({ latin, cyrillic: DIRECT[latin] ?? word.slice(i, i + latin.length), upper: isUpper(word[i] ?? '') });
    i += latin.length;
  }
  return out;
}

interface WordContext {
  /** The whole word, lower case, signs normalized. */
  lower: string;
  previousWord: string;
  /** False when a lexicon stem precedes the graphemes. */
  atWordStart: boolean;
}

/** Applies the contextual rules in place. */
function resolve(g: Grapheme[], context: WordContext): void {
  const last = g.length - 1;
  const isVowel = (k: number): boolean => k >= 0 && k <= last && LATIN_VOWELS.has(g[k].latin[0]);
  for (let k = 0; k <= last; k++) {
    const cur = g[k];
    const next = g[k + 1]?.latin;
    const prev = g[k - 1]?.latin;
    switch (cur.latin) {
      case 'l':
        // Russian writes л before ск, ц and р only as ль (Ural’skii, Kol’tsov, Ul’rikh): a spelling without the sign
        // dropped it (Norilsk, Olsky, Ogoltsov, Ulrikh); and the agent suffix -tel’ ends in it (pisatel, stroitel).
        if ((next === 's' && g[k + 2]?.latin === 'k') || next === 'ts' || next === 'r' || (k === last && AGENT_SUFFIX.test(context.lower))) cur.cyrillic = 'ль';
        break;
      case 't':
        // The suffix -nost’ ends in the sign (Sovremennost, lichnost), which no Russian word ending -ност lacks.
        if (k === last && context.lower.endsWith('nost')) cur.cyrillic = 'ть';
        break;
      case 'ts':
        // т+с where the suffix -sk- follows with an adjective's or a town's ending (sovetskii, Bratsk), т+ст
        // (bogatstvo); else ц (Meretskov).
        if (next === 't' || (next === 'k' && SK_ENDING.test(lowerFrom(g, k + 2)))) cur.cyrillic = 'тс';
        break;
      case 'e':
        if ((k === 0 && context.atWordStart && startsWithEStem(context.lower)) || (prev === 'a' && k === 1 && g[k + 1]?.latin === 'r')) cur.cyrillic = 'э'; // aeroport
        // Inside a name, oe is ое (Voenno-, Boevoi) or оэ (Mikhoels), which LC without its dot writes alike.
        else if (prev === 'o' && k < last && g[0].upper) cur.other = 'э';
        break;
      case 'ia':
      case 'iu':
        if (HARD_ONLY.has(prev ?? '')) cur.cyrillic = cur.latin === 'ia' ? 'иа' : 'иу'; // sotsial’nyi
        // -ial- in borrowed stems (materialy, spetsialist), not in verb endings (poterial, guliali).
        else if (cur.latin === 'ia' && k > 0 && !isVowel(k - 1) && next === 'l' && /^(?:i[sz]|’|n|y|o)/.test(lowerFrom(g, k + 2))) {
          cur.cyrillic = 'иа';
        }
        // A name's final -ia after a consonant is LC's я (Zaria) or popular usage's ия (Beria, Izvestia).
        else if (cur.latin === 'ia' && k === last && k > 0 && !isVowel(k - 1) && g[0].upper) cur.other = 'ия';
        break;
      case 'ye':
        // Initial and after a vowel е (Yezhov, Dostoyevsky); -yev is -ьев (Solovyev); else LC ые (Lichnye).
        if (k > 0 && !isVowel(k - 1)) cur.cyrillic = next === 'v' ? 'ье' : 'ые';
        break;
      case 'y':
        if (isVowel(k - 1)) cur.cyrillic = 'й'; // Nikolay, Tolstoy, Dmitriy, -yy
        else if (k === last && VELARS.has(prev ?? '')) cur.cyrillic = 'ий'; // Trotsky
        else if (k === last && POPULAR_SPELLING.test(context.lower)) cur.cyrillic = HARD_ONLY.has(prev ?? '') ? 'ий' : 'ый'; // Budyonny
        break;
      case 'i':
        // A name's -iev after a consonant is LC's иев (Dmitriev) or popular usage's ьев (Kondratiev).
        if (next === 'e' && g[k + 2]?.latin === 'v' && k > 0 && !isVowel(k - 1) && g[0].upper) cur.other = 'ь';
        if (next === 'o' && isVowel(k - 1)) cur.cyrillic = 'й'; // raion, maior
        else if (k === 2 && context.lower.startsWith('nei') && /^[zs]/.test(next ?? '')) {
          cur.cyrillic = 'и'; // the prefix не- before из-, ис- (neizvestnyi), not ней- (neitral’nyi)
          cur.other = 'й';
        }
        else if (isVowel(k - 1) && (k === last || !isVowel(k + 1))) {
          cur.cyrillic = finalI(g, k, context);
          // LC without its breve writes й and и alike: word-final -ii (партии, советский) and, in a name, i between
          // a vowel and a consonant (Mikhail, Zaitsev) may be meant either way.
          const finalII = k === last && g[k - 1].latin === 'i' && !ADJECTIVE_II.has(g[k - 2]?.latin ?? '');
          if (finalII || (k < last && g[0].upper)) cur.other = cur.cyrillic === 'й' ? 'и' : 'й';
        }
        break;
    }
  }
}


/** An i after a vowel and before a consonant or the end: й, except the noun ending -ии and the stem -oit-. */
function finalI(g: Grapheme[], k: number, { lower, previousWord }: WordContext): string {
  const prev = g[k - 1].latin;
  if (prev === 'o' && g[k + 1]?.latin === 't') return 'и'; // stroitel’, stoit
  if (prev !== 'i' || k !== g.length - 1) return 'й';
  // The nouns in -logiia (ideologii, biologii), whose g would make -ii an adjective's -ий.
  if (/..ologii$/.test(lower)) return 'и';
  // Word-final -ii: the letter before decides between adjective/name -ий and noun -ии.
  const before = g[k - 2]?.latin ?? '';
  if (ADJECTIVE_II.has(before)) return 'й';
  if (before === 'n') return PREPOSITIONAL.has(previousWord) && /[aeiouy]nii$/.test(lower) ? 'и' : 'й';
  return 'и';
}

function lowerFrom(g: Grapheme[], k: number): string {
  return g.slice(k).map(x => x.latin).join('');
}

function startsWithEStem(lower: string): boolean {
  return E_STEMS.some(s => lower.startsWith(s));
}

/** Gives Cyrillic the capitalisation of its romanized source (signs normalized): letter by letter where an
 * acronym's letters line up (TsK → ЦК, NKFin → НКФин), else all capitals, initial capital, or none. */
function recase(cyrillic: string, source: string): string {
  const graphemes = split(source, source.toLowerCase(), 0);
  const capitals = graphemes.filter(g => g.upper).length;
  if (capitals > 1 && graphemes.length === cyrillic.length) {
    return graphemes.map((g, i) => (g.upper ? cyrillic[i].toUpperCase() : cyrillic[i])).join('');
  }
  const letters = source.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return cyrillic.toUpperCase();
  return isUpper(source[0]) ? cyrillic[0].toUpperCase() + cyrillic.slice(1) : cyrillic;
}
