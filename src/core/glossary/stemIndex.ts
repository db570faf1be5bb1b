// The glossary's one-word Russian terms by their stems, so that a case form finds its term where the form and
// the term end differently: номенклатурой → nomenklatura, кулачества → kulachestvo, лишенцев → lishenets (the
// e that drops out before an ending); a citation abbreviation by the word it abbreviates (dela → d., fonds → f.);
// and an entry by the English name it gives (Dekulakization → raskulachivanie).
import { caseStems } from '../translit/lexicon';
import type { Glossary } from './glossary';
import type { GlossaryEntry } from './types';
import { isSubstantive, substantiveForms } from './substantive';
import { romanizeUkrainian, ukrainianKeys, UKRAINIAN_LETTER } from './ukrainian';

/** A stem shorter than this says too little to name one term; the few words abbreviations stand for are shorter. */
const MIN_STEM = 5;
const MIN_ABBREVIATED_STEM = 3;
/** The endings of a term's dictionary form, or of a plural an entry gives (vlasovtsy: власовцев). */
const NOMINATIVE = /(?:iia|ia|ie|yi|ii|oi|a|o|e|y|i|’)$/u;
/** The vowel that drops out before an ending: lishenets → lishentsa, trudoden’ → trudodnia, kusok → kuska. */
const FLEETING = /(?:e(ts|k|n’|l’?|r)|o(k))$/u;

/** The endings of a noun declined as an adjective (upolnomochennyi: upolnomochennykh, upolnomochennymi), which the
 * case stems of nouns leave on. */
const ADJECTIVAL_ENDING = /^(\p{L}{5,}?)(?:ykh|ikh|ymi|imi|ym|im|yi|ii|aia|oe|ye|ie|uiu|ogo|ego|omu|emu|oi|ei)$/u;

/** A noun in -ie keeps -i before its other endings (uskorenie: uskoreniia, uskoreniiu). */
const IE_NOUN = /ie$/u;

/** Its instrumental in -iem, an ending the case stems of nouns do not take off (osedaniem: osedani-). */
const IE_INSTRUMENTAL = /^(\p{L}{4,}i)em$/u;

/** The genitive plural of a noun in -ka puts a vowel before its k (khlebozagotovki: khlebozagotovok, kartochka:
 * kartochek), which the stems of the other cases do not have. */
const INSERTED_VOWEL = /^(\p{L}{4,}[^aeiouy’])[oe]k$/u;

/** A participle of a verb in -izirovat’ or -ifitsirovat’, in any of its endings, names the process in -izatsiia or
 * -ifikatsiia (kollektivizirovannykh: kollektivizatsi-, natsionalizirovany: natsionalizatsi-, elektrifitsirovannye:
 * elektrifikatsi-). */
const PROCESS_PARTICIPLE = /^(\p{L}{4,})(iz|ifits)irovann?(?:ykh|ymi|ym|yi|aia|oe|ye|uiu|ogo|omu|oi|a|o|y)?$/u;
const processStem = (word: string) => PROCESS_PARTICIPLE.exec(word)?.slice(1, 3).map((part, i) => (i === 0 ? part : part === 'iz' ? 'izatsi' : 'ifikatsi')).join('');

/** The stems a (romanized, lower-case) word has that its own letters do not begin with: the process a participle
 * names, a genitive plural without its inserted vowel. */
export function derivedStems(word: string): string[] {
  const process = processStem(word);
  const genitivePlural = INSERTED_VOWEL.exec(word)?.[1];
  return [...(process ? [process] : []), ...(genitivePlural ? [`${genitivePlural}k`] : [])];
}

/** Endings the converter's case stems leave on: the dative plural (raikomam, obkomam), an instrumental in -em and the
 * plural instrumental of a soft noun (trudodniami: trudoden’, its vowel dropped). */
const MORE_ENDINGS = /^(\p{L}{4,}?)(?:iami|am|em)$/u;
const moreStems = (word: string) => {
  const stem = MORE_ENDINGS.exec(word)?.[1];
  return stem ? [stem, `${stem}’`] : [];
};

/** A noun in -iia keeps -i before its other endings (reevakuatsiia: reevakuatsii, reevakuatsiiu, reevakuatsiei). */
const IIA_NOUN = /iia$/u;

/** A term's form and the stems its case forms keep, of `min` letters or more. */
export function termStems(form: string, min: number): string[] {
  const lower = form.toLowerCase();
  const stem = lower.replace(NOMINATIVE, '');
  return [lower, stem, lower.replace(FLEETING, '$1$2'), ...(IIA_NOUN.test(lower) ? [lower.slice(0, -2)] : []), ...(IE_NOUN.test(lower) ? [lower.slice(0, -1)] : [])].filter(
    s => s.length >= min,
  );
}

/** Words an English name may leave out (the, People’s: the Commissariat of Enlightenment is the People’s
 * Commissariat of Enlightenment), and the renderings one Russian word is given (upravlenie: Administration,
 * Directorate; ob’’edinennoe: Joint, United, Unified; glavnoe: Main, Chief). */
const LEFT_OUT = /\b(?:the|people[’']?s|peoples[’'])\s+|^an?\s+/g;
const RENDERINGS: [RegExp, string][] = [
  [/\blabour\b/g, 'labor'],
  [/\bdefense\b/g, 'defence'],
  // molodezh' is rendered youth or young and soiuz union or league (the Communist Union of Youth is the Young Communist
  // League).
  [/\byouth\b/g, 'young'],
  [/\bleague\b/g, 'union'],
  [/\b(?:directorate|board)\b/g, 'administration'],
  [/\b(?:united|unified)\b/g, 'joint'],
  [/\bchief\b/g, 'main'],
  // The Russian word for the English one (oblast party committee: regional), and the office for what it does.
  [/\boblast'?\b/g, 'regional'],
  [/\b(?:raion|rayon)\b/g, 'district'],
  [/\binspectorate\b/g, 'inspection'],
];

/** A word of an English name in the singular, the names of the index and of a query alike (enemies of the people,
 * workers' faculties, Main Camp Administration); words in -ss, -us and -is keep their s. */
const singular = (word: string) =>
  word.replace(/'$/u, '').replace(/ies$/u, 'y').replace(/(?<=[a-z]{3}[^sui'])s$/u, '');

/** Words an English name may put in another order, or leave out, without naming something else. */
const LINKING = new Set(['of', 'for', 'and']);

/** A name's words in the singular and in one order: the Main Administration of Camps is the Main Camp
 * Administration. Two words keep the order English gives them, the one after of first (Administration of Camps is
 * Camp Administration): the Soviet of the Union is no Soviet Union. */
const wordsKey = (name: string) => {
  const words = name.split(' ');
  const content = words.filter(word => !LINKING.has(word)).map(singular);
  if (content.length !== 2) return content.sort().join(' ');
  return words.length > 2 && LINKING.has(words[1]) ? `${content[1]} ${content[0]}` : content.join(' ');
};

/** The name an English gloss begins with, before its parentheses, a colon or a relative clause (a shock worker who …),
 * without an article, spelt one way (-ize, labor, one space for a hyphen):
 * “dekulakisation: confiscation, …” → dekulakization; “the party (or state) administration” → party administration,
 * not party; “the Joint State Political Directorate” and “United State Political Administration” → joint state
 * political administration; “Five-Year Plan” → five year plan. */
const englishName = (text: string) => {
  const gloss = text.replace(/\([^)]*\)/g, '').replace(QUOTED_NAME, '$1');
  const written = gloss.split(/[:;,(]|\s(?:who|which|whose|that)\s/)[0].trim().toLowerCase().replace(/’/g, "'").replace(/is(ation(?:al)?|e[ds]?)\b/g, 'iz$1');
  // One word qualified by a clause or first in a list is no name (a peasant who left the village, the factory, plant or
  // local committee): peasant and factory name no entry.
  if (QUALIFIED_WORD.test(gloss)) return '';
  const spelt = (name: string) => RENDERINGS.reduce((spelling, [rendering, as]) => spelling.replace(rendering, as), name).replace(/[\s-]+/g, ' ').trim();
  const short = spelt(written.replace(LEFT_OUT, ''));
  // People's is kept where leaving it out would leave one common word (people's control is no control, a people's
  // assembly no assembly).
  return short.includes(' ') || !PEOPLES.test(written) ? short : spelt(written.replace(ARTICLES, ''));
};
const QUALIFIED_WORD = /^(?:(?:the|an?)\s+)?[\p{L}’'-]+(?:\s(?:who|which|whose|that)\s|,[^,:;(]*\s(?:or|and)\s)/iu;
const PEOPLES = /\bpeople[’']?s\b|\bpeoples[’']/u;
const ARTICLES = /\bthe\s+|^an?\s+/g;

/** A literal translation in quotes that is a name of several words (“anti-Soviet elements”, “active measures”); one
 * word in quotes is an ordinary one (“bandits”, “citizen”), which names no entry. */
const QUOTED_NAME = /^[“"]([^”"\s]+(?:\s[^”"\s]+)+)[”"]/u;

/** A gloss that names a process in -ization or an article of a code and then says more of it (“collectivisation of
 * agriculture into kolkhozy” → collectivization, “Article 70 of the RSFSR Criminal Code” → article 70); a head such as
 * department or society says too little to name one entry. */
const HEAD = /^([a-z]{4,}ization|article \d+) (?:of|into|in|for|by|from|to|against|on) /u;

/** A proper name in -ization, its words in capitals (Organisation of Ukrainian Nationalists): its head names no
 * process. */
const PROPER_NAME = /^(?:the\s+)?\p{Lu}\p{Ll}+i[sz]ation\s+of\s+(?:the\s+)?\p{Lu}/u;

/** A name of two words or more before the place it is in (the Left Opposition in the party): the name without it. */
const PLACE = /^([a-z'-]+(?: [a-z'-]+)+) (?:in|within) /u;
/** A body's name of two words or more before the body it belongs to (the Council of Labour and Defence of the Sovnarkom,
 * Council for Religious Affairs under the Council of Ministers, Main Political Directorate of the Red Army): the name
 * without it; not an archive's (Central Archive of the Red Army), which other archives' names begin alike. */
const ATTACHED_TO = /^([a-z'-]+(?: [a-z'-]+)+) (?:of sovnarkom$|of central committee\b|under council of |of red army\b)/u;

/** An ordinal before a name (the first Five-Year Plan, the 17th Party Congress) names one of the kind. */
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) /u;

const LATIN_WORD = /^[a-z’-]+$/iu;
/** A word with small letters (НКЗдрав declines: НКЗдрава), not a siglum of capitals or with parentheses. */
const UKRAINIAN_WORD = /^(?=.*\p{Ll})[\p{L}’'-]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

export class StemIndex {
  /** undefined where two entries share a key. */
  private readonly byStem = new Map<string, GlossaryEntry | undefined>();
  /** A term's stems without their soft and hard signs, which popular spellings leave out (vreditelstva, sezda). */
  private readonly bySignlessStem = new Map<string, GlossaryEntry | undefined>();
  private readonly byEnglish = new Map<string, GlossaryEntry | undefined>();
  private readonly byEnglishHead = new Map<string, GlossaryEntry | undefined>();
  /** By the name's words in the singular and in one order (wordsKey), where the name as written finds none. */
  private readonly byEnglishWords = new Map<string, GlossaryEntry | undefined>();
  /** Every entry of an English name, where several share it (special settler: spetspereselenets, spetsposelenets). */
  private readonly allByEnglish = new Map<string, GlossaryEntry[]>();
  private readonly byUkrainianStem = new Map<string, GlossaryEntry | undefined>();

  constructor(entries: readonly GlossaryEntry[]) {
    for (const entry of entries) {
      const name = englishName(entry.english);
      once(this.byEnglish, name, entry);
      if (name) this.allByEnglish.set(name, [...(this.allByEnglish.get(name) ?? []), entry]);
      const head =
        (PROPER_NAME.test(entry.english) ? undefined : HEAD.exec(name)?.[1]) ??
        PLACE.exec(name)?.[1] ??
        (entry.kind === 'archive' ? undefined : ATTACHED_TO.exec(name)?.[1]);
      if (head) once(this.byEnglishHead, head, entry);
      for (const each of new Set([name, head ?? ''])) if (each.includes(' ')) once(this.byEnglishWords, wordsKey(each), entry);
      // The word itself, with and without its soft sign: no shorter stem, which English words would reach (stat’ia).
      if (entry.kind === 'abbreviation' && LATIN_WORD.test(entry.expansion)) {
        const word = entry.expansion.toLowerCase();
        for (const form of new Set([word, word.replace(/’$/u, '')])) if (form.length >= MIN_ABBREVIATED_STEM) once(this.byStem, form, entry);
      }
      // The Cyrillic forms an entry gives besides its term (колгосп for колхоз, горкоммунхоз for коммунхоз) and a Cyrillic
      // term in Ukrainian, keyed by their Ukrainian romanization, which also reads a Russian form's endings off
      // (горкоммунхоза).
      const ukrainian = [...(UKRAINIAN_LETTER.test(entry.cyrillic) ? [entry.cyrillic] : []), ...(entry.aliases ?? []).filter(form => CYRILLIC.test(form))];
      // Words only: a siglum (КП(б)У) has no case endings to read off, and its stem would take in others (КП(б)Э).
      for (const form of ukrainian.filter(form => UKRAINIAN_WORD.test(form) && !isSubstantive(entry))) {
        for (const stem of ukrainianKeys(romanizeUkrainian(form).toLowerCase(), MIN_STEM)) once(this.byUkrainianStem, stem, entry);
      }
      if (entry.kind !== 'term') continue;
      // An adjective used as a noun by its forms in the numbers it has (krasnykh), never by its stem (krasnyi).
      if (isSubstantive(entry)) {
        for (const form of substantiveForms(entry)) once(this.byStem, form, entry);
        continue;
      }
      for (const form of [entry.term, ...(entry.aliases ?? [])]) {
        // Words of the Latin script without an inner capital: acronyms are not inflected this way.
        if (!LATIN_WORD.test(form) || /\p{Lu}/u.test(form.slice(1))) continue;
        for (const stem of termStems(form, MIN_STEM)) {
          once(this.byStem, stem, entry);
          if (/’/u.test(stem) && unsigned(stem).length >= MIN_STEM) once(this.bySignlessStem, unsigned(stem), entry);
        }
      }
    }
  }

  /** The term a one-word (romanized) form is a case form of, if exactly one. */
  entryOf(word: string): GlossaryEntry | undefined {
    const lower = word.toLowerCase().replace(/['ʼ′]/gu, '’');
    if (!LATIN_WORD.test(lower)) return undefined;
    const adjectival = ADJECTIVAL_ENDING.exec(lower)?.[1];
    const instrumental = IE_INSTRUMENTAL.exec(lower)?.[1];
    const stems = [lower, ...caseStems(lower), ...moreStems(lower), ...(adjectival ? [adjectival] : []), ...(instrumental ? [instrumental] : []), ...derivedStems(lower)];
    for (const stem of stems) if (stem.length >= MIN_ABBREVIATED_STEM && this.byStem.get(stem)) return this.byStem.get(stem);
    // A word written without its signs, by a term's stem without them (vreditelstva: vreditel’stvo).
    for (const stem of stems) if (!/’/u.test(stem) && this.bySignlessStem.get(stem)) return this.bySignlessStem.get(stem);
    return undefined;
  }

  /** The entry a word romanized as Ukrainian is a case form of, by a Cyrillic form the entry gives (хлібозаготівель,
   * хлібозаготівельна → khlebozagotovki by хлібозаготівлі; горкоммунхоза → kommunkhoz by горкоммунхоз). */
  entryOfUkrainian(word: string): GlossaryEntry | undefined {
    for (const key of ukrainianKeys(word.toLowerCase(), MIN_STEM)) if (this.byUkrainianStem.get(key)) return this.byUkrainianStem.get(key);
    return undefined;
  }

  /** The one entry whose English gloss is this name (in the singular, with -ise or -ize, after an ordinal), or whose
   * gloss's one-word head it is where no gloss is that word. */
  entryNamed(english: string): GlossaryEntry | undefined {
    const name = englishName(english).replace(ORDINAL, '');
    const singular = name.endsWith('s') ? name.slice(0, -1) : undefined;
    const named = (map: Map<string, GlossaryEntry | undefined>) => map.get(name) ?? (singular ? map.get(singular) : undefined);
    if (this.byEnglish.has(name)) return this.byEnglish.get(name);
    return named(this.byEnglish) ?? named(this.byEnglishHead) ?? (name.includes(' ') ? this.byEnglishWords.get(wordsKey(name)) : undefined);
  }

  /** Every entry whose English gloss is this name, where several are (names of one thing in two periods). */
  entriesNamed(english: string): GlossaryEntry[] {
    const name = englishName(english).replace(ORDINAL, '');
    return this.allByEnglish.get(name) ?? (name.endsWith('s') ? this.allByEnglish.get(name.slice(0, -1)) : undefined) ?? [];
  }
}

/** A stem without its soft and hard signs. */
const unsigned = (stem: string) => stem.replace(/’/gu, '');

/** Keeps the first entry for a key, and none where two entries share it: a form of either is not guessed. */
function once(map: Map<string, GlossaryEntry | undefined>, key: string, entry: GlossaryEntry): void {
  if (!key) return;
  if (map.has(key) && map.get(key) !== entry) map.set(key, undefined);
  else map.set(key, entry);
}

const indexes = new WeakMap<Glossary, StemIndex>();

/** One index per glossary, built when first asked. */
export function stemIndex(glossary: Glossary): StemIndex {
  let index = indexes.get(glossary);
  if (!index) {
    index = new StemIndex(glossary.entries);
    indexes.set(glossary, index);
  }
  return index;
}
