// For an article that has no officials file: proposes the people it names, so mentions and search still
// work. A proposal is a surname (nominative) with whatever initials or given names the text puts before it.
// Each capitalised word is weighed by the Russian-name evidence around it: initials, a given name and
// patronymic, a Soviet title or organ before it or a post after it, what only a person undergoes (the arrest of …),
// a surname ending, a verb or possessive after it (and an organ in that clause); a
// preposition of place counts against it, and the historians the notes cite are authors, not people.
import { inEnglishDictionary as isEnglishWord } from '../text/englishWords';
import { caseStems, detectRomanized, toCyrillic } from '../translit';
import { givenNameReadings } from '../translit/givenNames';
import { bylineNames, withoutBylines } from './byline';
import { citedAuthors, withoutReferences } from './citedAuthors';
import {
  bareSurname, cyrillicCaseForms, cyrillicGivenName, genitiveBefore, isCyrillicWord, nominativeOfGenitive, surnameAfterGenitiveNoun, unambiguousNominative,
} from './cyrillicNames';
import type { Official } from './model';
import { nominativeOf, normalizeApostrophes, splitPossessive } from './names';
import { acknowledged, articleBefore, countedOrArticled, foreignWordAfter, imprintPlace, inImprint, isGroupWord, isMonth, isNationality, placeNounAfter } from './notPersonContext';
import { WESTERN_GIVEN_NAMES } from './westernGivenNames';

/** Endings of Russian (and Georgian, Armenian, Ukrainian) surnames that English words rarely have. */
const SURNAME_ENDING = /(?:ov|ev|in|yn|skii|sky|ski|ich|enko|dze|shvili|ian|uk|iuk)$/;
/** Endings of places (Sverdlovsk, Leningrad, Kazakhstan, Rossiia), which a surname ending does not outweigh. */
/** The endings safe to trust without initials or a given name: -skii and -ian are also adjectives and
 * nationalities (Rossiiskii, Ukrainian), and -ich a patronymic, so it counts for less. */
const BARE_SURNAME_ENDING = /(?:ov|ev|in|yn|sky|ski|enko|dze|shvili|uk|iuk|yan|zade|zoda)$/;
const PLACE_ENDING = /(?:sk|grad|burg|stan|iia|pol’)$/;
/** Adjective endings of archival titles (Administrativnykh Organov), which are not given names. */
const ADJECTIVE_ENDING = /(?:ykh|ikh|oi|ogo|nyi|nye|nym|aia|nii|kii)$/;
const PATRONYMIC_ENDING = /(?:ovich|evich|ich|ovna|evna|ichna|ович|евич|ич|овна|евна|ична)$/u;
/** A Russian surname's ending in either gender (Kopelev, Larina, Kollontai aside), which a given name that is also an
 * English word (Anna, Lev, Vera, German) needs after it to count as one. */
const GENDERED_SURNAME_ENDING = /(?:ov|ev|in|yn|ova|eva|ina|yna|skii|sky|skaia|skaya|enko|dze|shvili|ian)$/;
/** Oblique endings of romanized adjectives that no surname takes but the adjectival ones in -skii (Mrachkovskogo). */
const OBLIQUE_ADJECTIVE = /(?:(?<!sk)ogo|ego|ykh|ikh|omu|ymi)$/;
/** Titles and organs that put a person after them: `Narkom Yezhov`, `the commission head, Kaganovich`. */
const TITLES = new Set([
  'narkom', 'commissar', 'chief', 'head', 'secretary', 'chairman', 'deputy', 'general', 'marshal', 'comrade', 'tovarishch',
  'academician', 'colonel', 'major', 'captain', 'lieutenant', 'commander', 'director', 'procurator', 'prosecutor',
  'investigator', 'agent', 'operative', 'resident', 'minister', 'premier', 'ambassador', 'kombrig', 'komdiv', 'komkor',
  'komandarm', 'chekist', 'plenipotentiary', 'upolnomochennyi', 'predsedatel’', 'sekretar’', 'nachal’nik',
  'president', 'rabbi', 'mayor', 'senator', 'governor', 'professor', 'chargé', 'envoy', 'consul',
  'metropolitan', 'patriarch', 'archbishop', 'bishop', 'exarch', 'mitropolit', 'patriarkh', 'arkhiepiskop', 'episkop',
  // a calling named before the person (`the writer Dosvitny`)
  'writer', 'poet', 'novelist', 'playwright', 'critic', 'composer', 'painter', 'sculptor', 'engineer', 'agronomist', 'geologist',
]);
/** The first letters of each title: a word that begins otherwise is no case form of one (most words). */
const TITLE_STARTS = new Set([...TITLES].map(title => title.slice(0, 4)));
/** Words after a person that make the capitalised word before them the subject of a sentence. */
const VERB_AFTER = /^\s+(?:was|were|had|has|would|could|did|took|wrote|said|told|became|began|came|gave|went|made|sent|saw|knew|led|left|held|met|ran|fell|brought|chose|rose|kept|put|set|got|found|felt|sought|fought|drew|shot|spoke|\p{Ll}+ed)\b/u;
/** A post named after the person, in apposition or after a linking verb: `Yagoda remained general commissar`,
 * `Beria, the new narkom`. */
const POST_AFTER = /^(?:’s)?(?:,\s+(?:the\s+)?|\s+(?:was|remained|became)\s+(?:(?:appointed|named|made)\s+)?(?:the\s+)?)(?:(?:[Nn]ew|[Ff]ormer|[Ff]irst|[Ss]econd|[Dd]eputy)\s+)?(\p{L}[\p{L}’]*)/u;
/** What only a person undergoes, before the name: `the arrest of Iagoda`, `the trial of Radek`. */
const FATE_BEFORE = /\b(?:(?:arrest|execution|trial|dismissal|removal|appointment|murder|assassination|rehabilitation|successor|interrogation)\s+of|(?:investigation|inquiry)\s+into|(?:case|charges)\s+against)\s+$/i;
/** What belongs only to a person, after a possessive: `Berman’s successor`, `Tsanava’s testimony`, `one of Lakoba’s
 * guns`, `Roosevelt’s trusted emissary`; not a place's (`Moscow’s central prison`). */
const PERSONAL_AFTER = /^\s+(?:(?:own|direct|chief|former|first|elder|younger|personal|\p{Ll}+ed)\s+)?(?:successor|predecessor|deputy|deputies|subordinates?|protégés?|patron|wife|husband|widow|sons?|daughters?|brothers?|sisters?|father|mother|arrest|execution|trial|guilt|testimony|confession|interrogation|memoirs?|diary|dacha|guns?|pistol|suicide|death|career|biography|emissary|envoy|advis[eo]rs?|aides?|confidants?|bodyguards?|mistress|nephew|niece|grandson|granddaughter|funeral|grave)\b/u;
/** Verbs only a person is the subject of: `Zuskin testified`, `Bagirov would later testify`. */
const TESTIMONY_AFTER = /^\s+(?:would\s+(?:later\s+)?)?(?:testif(?:y|ied)|confess(?:ed)?|admitted|pleaded)\b/u;
/** An organ of the party-state in the clause a person is the subject of: `Beria took over the NKVD`. */
const ORGAN = /\b(?:NKVD|OGPU|GPU|Cheka|MVD|MGB|KGB|Politburo|Politbiuro|Central Committee|Sovnarkom|Comintern)\b/;
/** A preposition of place, a polity's adjective (`Soviet Latvia`, `post-Soviet Latvia`), a quarter of the compass
 * (`Western Siberia`, `the Middle Volga`, `North Caucasus`), what befalls a country
 * (`the annexation of Latvia`) or a journey to or from it (`went out to Sarov`) before a word. */
const PLACE_BEFORE = /\b(?:in|into|at|near|across|throughout|within|outside|inside|via|(?:post-)?Soviet|[Ww]estern|[Ee]astern|[Nn]orthern|[Ss]outhern|[Cc]entral|Middle|Upper|Lower|West|East|North|South|(?:town|city|village|settlement|district|region|province|annexation|occupation|invasion|partition|sovietization|sovietisation)\s+of|(?:go|goes|going|went|gone|moved?|moving|travell?ed|returned|arrived|came|flew|fled|drove|sailed|headed|relocated|evacuated|deported|exiled|banished|journey|trip|road|railway)\s+(?:(?:out|back|down|up|away|off)\s+)?(?:to|from))\s+$/;
const NAME = "\\p{Lu}[\\p{Ll}\\p{M}’']+";
/** An editor's or translator's mark before a name (`trans. David Tutaev`, `ed. and trans. Cathy Porter`, `notes by
 * Edward Crankshaw`): whom a reference credits with a book, not a person of its story. */
const EDITOR_BEFORE = new RegExp(`(?:\\b(?:ed|eds|trans|comp)\\.(?:\\s+and\\s+(?:ed|trans)\\.)?|\\b(?:[Ee]dited|[Tt]ranslated(?:\\s+from\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+)?|[Cc]ompiled|[Tt]ranslation|notes|introduction|foreword|commentary|preface)\\s+\\(?by|\\bco-edited\\s+(?:by|with))[\\s\\u00a0]+(?:${NAME}[\\s\\u00a0]+){0,2}(?:\\p{Lu}\\.[\\s\\u00a0]?)*$`, 'u');
/** A scholar named by their discipline (`political scientist Svante Cornell`, `the philosopher and historian Dmitri
 * Furman`): cited for a judgement, not a person of the story. */
const SCHOLAR_BEFORE = new RegExp(`\\b(?:[Hh]istorians?|[Pp]olitical[\\s\\u00a0]+scientists?|[Ss]ociologists?|[Aa]nthropologists?|[Ss]ovietologists?|[Ss]cholars?)[\\s\\u00a0]+(?:${NAME}[\\s\\u00a0]+){0,2}(?:\\p{Lu}\\.[\\s\\u00a0]?)*$`, 'u');
/** A note's number in parentheses right after a name credited with something (`accounts … by Richard Pipes (1) and
 * Moshe Lewin (2)`): the name is a cited work's author. */
const NOTE_AFTER = /^[\s\u00a0]*\(\d{1,3}\)/u;
const CREDITED_BEFORE = /\bby\b[^.;!?]*$/u;
/** A post in a body before a name (`the head of the prison Prikhodko`). */
const POST_OF_BEFORE = /\b(?:head|chief|director|chairman|commandant|warden|secretary|commander)[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?(?!the[\s\u00a0])\p{Ll}+[\s\u00a0]+$/u;
/** A title, with the body or country it is of, and a comma before a name set off by commas (`The Acting President of
 * Lithuania, Merkys, announced`, `the head of the NKVD, Yagoda,`). */
const TITLE_APPOSITION_BEFORE = /(\p{L}+)(?:[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?(?:\p{Lu}[\p{L}’']*[\s\u00a0]*){1,3})?,[\s\u00a0]+$/u;
/** A title and its post's place before a name in brackets, as a document's heading names its sender (`The Minister in
 * Lithuania ( Norem ) to the Secretary of State`, `The Ambassador in the Soviet Union (Harriman)`). */
const TITLE_BRACKET_BEFORE = /(\p{L}+)[\s\u00a0]+(?:in|at|to|of)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:\p{Lu}[\p{L}’']*[\s\u00a0]*){1,3}\([\s\u00a0]*$/u;
const BRACKET_CLOSE_AFTER = /^[\s\u00a0]*\)/u;
/** Endings that some places and words share with surnames, some evidence and not enough alone: Lithuanian (Merkys,
 * Bizauskas, Natkevičius, Paleckis; Panevėžys is a town), Ukrainian (Prykhodko, Shukhevych) and the -ich of a patronymic. */
const WEAK_SURNAME_ENDING = /(?:[^aeiou]ys|aitis|auskas|[aeiy]vi[čc]ius|ūnas|ėnas|ckis|[bcdfghklmnprstvz]ko|[iy]ch)$/u;
/** A capitalised word, with the rest of a double surname (`Vorontsov-Dashkov`, `Bonet-Maury`). */
const WORD = new RegExp(`(?<![\\p{L}\\p{M}’'-])${NAME}(?:-${NAME})*(?![\\p{L}\\p{M}]|-\\p{Lu})`, 'gu');
/** Initials, not the `St.` of a place (`St. Petersburg`). */
const INITIALS_BEFORE = new RegExp(`(?<![\\p{L}.])((?:(?!(?:St|Dr|Mr|Ms|Fr|Jr|Sr)\\.)\\p{Lu}\\p{Ll}?\\.[\\s\\u00a0]?){1,3})$`, 'u');
/** A title's abbreviation before a surname (`Dr. Kirchakov`, `Mr. Kennan`), which is no initial. */
const ABBREVIATED_TITLE_BEFORE = /(?<![\p{L}.])(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Lt|Sgt|Rev|Fr)\.[\s\u00a0]+$/u;
/** Initials after a surname are its own (`Хлевнюк О. В. Политбюро`: an author, then a title). */
const SURNAME_THEN_INITIALS = new RegExp(`(${NAME})[\\s\\u00a0]+(?:\\p{Lu}\\p{Ll}?\\.[\\s\\u00a0]?){1,3}$`, 'u');
/** Words English makes of names, never a surname themselves: `Lysenkoism`, `Trotskyist`, `Banderites`, `Christianity`. */
const DERIVED_WORD = /^\p{L}{3,}(?:isms?|ists?|ites?|ity)$/u;
/** A given name before a word, no name before it (an acronym may be: `агент МГБ Владимир Голубов`). */
const GIVEN_BEFORE = new RegExp(`(?<!\\p{Lu}\\p{Ll}[\\p{L}’']*[\\s\\u00a0]+)(?<![\\p{L}’'])(${NAME})(?:[\\s\\u00a0]+[“"]${NAME}[”"])?[\\s\\u00a0]+$`, 'u');
/** Two names before a word: a given name and patronymic, or a title and a given name (`Ambassador Averell`). */
const TWO_NAMES_BEFORE = new RegExp(`(${NAME})[\\s\\u00a0]+(${NAME})[\\s\\u00a0]+$`, 'u');
/** A given name and a middle initial before a word (`Joseph E. Davies`), not a bibliography's inverted name before a
 * title (`Jansen, Marius B. The Making`). */
const GIVEN_AND_INITIAL = new RegExp(`(?<![\\p{L}’'.])(?<!${NAME},[\\s\\u00a0]+)(${NAME})[\\s\\u00a0]+\\p{Lu}\\.[\\s\\u00a0]?$`, 'u');
/** The years of a life after a name: `(1879–1955)`, `(b. 1921)`. */
const LIFESPAN_AFTER = /^[\s\u00a0]*\((?:[bd]\.[\s\u00a0]*1\d{3}|1\d{3}[\s\u00a0]*[–-])/u;
/** Things named after a person, which may carry years too (`Marshall Plan (1948–1952)`). */
const NAMED_THING = new Set(['Plan', 'Pact', 'Doctrine', 'Treaty', 'Line', 'Prize', 'Act', 'Fund', 'Institute', 'Foundation', 'Society', 'Hall', 'Street', 'Square']);
/** The particle of a surname before it (`La Guardia`, `de Gaulle`, `von Ribbentrop`, `van der Lubbe`). */
const PARTICLE_BEFORE = /(?<![\p{L}’'])((?:[Vv]an|[Vv]on)(?:[\s\u00a0]+(?:der|den))?|[Dd]e(?:[\s\u00a0]+la)?|[Dd]el|[Dd]ella|[Dd]i|[Dd]u|[Dd]a|[Ll]a|[Ll]e)[\s\u00a0]+$/u;
/** The capitalised word right before a word. */
const LAST_NAME_BEFORE = new RegExp(`(?<![\\p{L}’'])(${NAME})[\\s\\u00a0]+$`, 'u');
/** An initial ending a text, which is all GIVEN_AND_INITIAL needs to be tried on. */
const INITIAL_END = /\p{Lu}\.[\s\u00a0]?$/u;
/** An editor's mark after a name (`in Sheila Fitzpatrick, ed., Cultural revolution`). */
const EDITOR_AFTER = /^,?[\s\u00a0]+\(?(?:ed|eds|comp|trans)\.[\s,)]/u;
/** A book's credit line, its author and year (`Historical dictionary … Robert W. Pringle. 2014.`). */
const CREDIT_AFTER = /^\.[ \t\u00a0]+(?:1[5-9]|20)\d\d\.?[ \t]*(?:\r?\n|$)/u;
/** A name inverted, surname first, as a bibliography prints it (`Cameron, Averil, and Alan Cameron`). */
const INVERTED_BEFORE = new RegExp(`${NAME},[\\s\\u00a0]+$`, 'u');
/** The capitalised word after a word, in the same paragraph. */
const NEXT_NAME = new RegExp(`^[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?(${NAME})(?![\\p{L}\\p{M}])`, 'u');
/** A quotation mark or Markdown italics right before or after words: a title or slogan set apart (`“Doktor Smert,”`,
 * `*Doktor Zhivago*`); bold is a name's emphasis (`**Johann Sleidan**`). */
const SET_APART_BEFORE = /(?:[“"‘«]|(?<![*_])[*_])[\s\u00a0]*$/u;
const ITALIC_AFTER = /^[*_](?![*_])/u;
/** A reference's author, with initials, and its comma: what follows is the title (`G. A. Unpelev, Rozhdenie Uralmasha`). */
const AUTHOR_BEFORE = new RegExp(`(?:\\p{Lu}\\.[\\s\\u00a0]?)+${NAME},[\\s\\u00a0]+$`, 'u');
/** An acronym (`SMERSH`, `SMERSh`, `NKVD`), whose expansion may follow it (`Smert Shpionam`). */
const ACRONYM = /(?<![\p{L}])\p{Lu}{3,}\p{Ll}?(?![\p{L}])/gu;
const PREVIOUS_WORD = /(\p{L}[\p{L}’']*),?[\s\u00a0]+$/u;
/** A lower-case word right before initials, closing quote aside (`’Osobaya papka’ I. V. Stalina`). */
const GOVERNING_BEFORE = /(?<![\p{L}’'])(\p{Ll}(?:[\p{L}’']*\p{L})?)[’'”"]?[\s\u00a0]+$/u;
/** A capital after a word in the same paragraph (a line break at most between them, as in text wrapped as printed):
 * the word is part of a longer name. */
const CAPITAL_NEXT = /^(?=[\s\u00a0])[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?\p{Lu}/u;
/** Names, each a word of its own, joined by commas and a last and/or, or three and more by commas alone: `Radek and
 * Piatakov`, `Mekhlis, Lakoba, Khrushchev, Beria, Khanjian`. */
const NAME_LIST = new RegExp(`(?<![\\p{L}’'])${NAME}(?:(?:,[\\s\\u00a0]+|,?[\\s\\u00a0]+(?:and|or)[\\s\\u00a0]+)${NAME})+(?![\\p{L}]|[\\s\\u00a0]+\\p{Lu})`, 'gu');
/** A tally of places with their figures (`in Sorochinsky district - 40, Burinsky - 140, Kashirir - 60`), some marked
 * as places by a preposition or a noun of place. */
const TALLY_ITEM = `(?:(?:in|at)[\\s\\u00a0]+)?${NAME}(?:[\\s\\u00a0]+(?:district|region|province|raion|oblast|okrug|uezd|volost|village))?[\\s\\u00a0]*[-–—:][\\s\\u00a0]*\\d[\\d.,]*`;
const TALLY = new RegExp(`${TALLY_ITEM}(?:[,;][\\s\\u00a0]+${TALLY_ITEM})+`, 'gu');
const PLACE_MARK = /^(?:in|at)\s|\s(?:district|region|province|raion|oblast|okrug|uezd|volost|village)\b/u;
const TALLY_NAME = new RegExp(`^(?:(?:in|at)[\\s\\u00a0]+)?(${NAME})`, 'u');
const LIST_SEPARATOR = /,?[\s\u00a0]+(?:and|or)[\s\u00a0]+|,[\s\u00a0]+/u;
/** A given name and surname after and/or (`Zukerman and Lev Altshuler`), found from the conjunction, which is rarer than
 * a capital, and the name before it. */
const AND_FULL_NAME = new RegExp(`[\\s\\u00a0](?:and|or)[\\s\\u00a0]+(${NAME})[\\s\\u00a0]+(${NAME})(?![\\p{L}]|[\\s\\u00a0]+\\p{Lu})`, 'gu');
const NAME_BEFORE = new RegExp(`(?<![\\p{L}’'])(${NAME})(?:’s)?,?$`, 'u');
const FILE_TITLE = new RegExp(`\\b[Dd]elo[\\s\\u00a0]+(?:${NAME}[\\s\\u00a0]+)*?(${NAME})(?=,|[\\s\\u00a0]*(?:[.;(]|$))`, 'gu');
const LATIN = /^[A-Za-z\u00C0-\u024F’']+(?:-[A-Za-z\u00C0-\u024F’']+)*$/;

interface Proposal {
  surname: string;
  initials?: string;
  given?: string;
  /** Initials, a given name, a title or a file title named the word as a person. */
  strong: boolean;
  score: number;
  seen: number;
}

/** Words a glossary knows (organs, places, terms: `Glavtsvetmet`, `oblast’`), which name no person. */
export interface KnownTerms {
  knows(word: string): boolean;
}

/** People the texts name, by the evidence around each capitalised word; none that `terms` knows as a word of its own. */
export function proposeOfficials(texts: readonly string[], terms?: KnownTerms): Official[] {
  const proposals = weighAll(texts);
  // a historian the notes cite (`T. H. Rigby, *Communist Party Membership*`) is a person of the story only when
  // the text names them as one outside the references (`Medvedev wrote…`, `Vladimir Alliluyev noted that`)
  const authors = new Set([...citedAuthors(texts), ...bylineNames(texts)].map(normalizeApostrophes));
  const inProse = authors.size ? weighAll(texts.map(text => withoutBylines(withoutReferences(text))), authors) : new Map<string, Proposal>();
  const ids = new Set<string>();
  // a Cyrillic surname in a case only a man's takes is that man (`С. М. Михоэлса` beside `Соломона Михоэлса`)
  const caseForms = new Set([...proposals.values()].filter(p => p.strong).flatMap(p => cyrillicCaseForms(p.surname)));
  // the given names of the story's people, not the cited historians' (`Nicholas B. Breyfogle` beside `Nicholas I`)
  const givenNames = new Set([...proposals.values()].flatMap(p => (p.given && !isAuthor(p.surname, authors) ? [p.given.split(' ')[0]] : [])));
  return [...proposals.values()]
    .filter(p => (isAuthor(p.surname, authors) ? accepted(inProse.get(p.surname)) : p.strong || (accepted(p) && !PLACE_ENDING.test(p.surname))))
    .filter(p => !caseForms.has(p.surname))
    // a group's members (`Spiritual Christian Molokans`), unless initials or a given name no English word name one
    .filter(p => p.initials || (p.given && !isEnglishWord(p.given.split(' ')[0])) || !isGroupWord(p.surname, texts))
    // a given name seen alone names someone whose surname the text gives elsewhere (`Yuri's letter`, `Svetlana’s home`),
    // so does one the text puts before a surname (`Turar Ryskulov`, then `Turar was living in jail`)
    .filter(p => p.strong || (!isKnownGivenName(p.surname) && !givenNames.has(p.surname)))
    // a glossary's organ, place or term (`Glavtsvetmet recommended`, `Zaporizhia Oblast’`), unless initials or a given
    // name the lists know make it someone's surname
    .filter(p => !terms || p.initials || (p.given && isKnownGivenName(p.given.split(' ')[0])) || !isTerm(p, terms))
    .sort((a, b) => a.surname.localeCompare(b.surname))
    // nor is an organ before a surname its given name (`Sovnarkom Molotov`)
    .map(p => toOfficial(terms && p.given && terms.knows(p.given.split(' ')[0]) ? { ...p, given: undefined } : p, ids));
}

const isTerm = (p: Proposal, terms: KnownTerms) => terms.knows(p.surname);

const accepted = (p: Proposal | undefined) => p !== undefined && (p.strong || p.score >= 2);

/** Whether a surname is a cited historian's, with its particle or without (`de Molinari`: Molinari). */
const isAuthor = (surname: string, authors: ReadonlySet<string>) => authors.has(surname) || authors.has(surname.slice(surname.lastIndexOf(' ') + 1));

/** The evidence for each capitalised word of the texts (only for the words of `only`, when given). */
function weighAll(texts: readonly string[], only?: ReadonlySet<string>): Map<string, Proposal> {
  const proposals = new Map<string, Proposal>();
  const proposal = (word: string): Proposal => {
    const surname = normalizeApostrophes(word);
    const found = proposals.get(surname) ?? { surname, strong: false, score: 0, seen: 0 };
    proposals.set(surname, found);
    return found;
  };
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      if (!only || only.has(normalizeApostrophes(splitPossessive(m[0]).base))) weigh(text, m.index, m[0], proposal);
    }
    for (const m of text.matchAll(FILE_TITLE)) {
      const nominative = nominativeOf(m[1]);
      if (SURNAME_ENDING.test(nominative) && !isEnglishWord(nominative)) proposal(nominative).strong = true;
    }
  }
  // Someone named alongside people is one too (`prepared Radek and Piatakov for trial`, a caption's `Mekhlis, Lakoba,
  // Khrushchev, Beria, Khanjian`: at least half of a list); so is everyone a title puts before a list (`Metropolitans
  // Sergi, Nikolai and Aleksi`).
  for (const text of texts) {
    for (const m of text.matchAll(NAME_LIST)) {
      const words = m[0].split(LIST_SEPARATOR);
      // two words joined by a comma alone are a reference's author and title as often (`Khrushchev, Osvobozhdenie`),
      // unless the list runs on (`Merkys, Bizauskas and certain Cabinet members`)
      const runsOn = /^,?[\s\u00a0]+and[\s\u00a0]+(?!(?:the|a|an)[\s\u00a0])\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (words.length === 2 && !runsOn && !/[\s\u00a0](?:and|or)[\s\u00a0]/u.test(m[0])) continue;
      const items = words.map(word => proposals.get(normalizeApostrophes(splitPossessive(word).base)));
      const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
      if (previous && titleOf(previous)) items.forEach(p => p && (p.strong = true));
      else if (items.filter(accepted).length * 2 >= items.length) items.forEach(p => p && !accepted(p) && (p.score += 2));
      // and a list of places by their endings holds only places (`the Kozelsk, Starobelsk and Ostashkov camps`)
      else if (words.filter(word => PLACE_ENDING.test(word)).length * 2 >= words.length) items.forEach(p => p && !p.strong && (p.score -= 2));
    }
    // a tally some of whose entries are places holds only places
    for (const m of text.matchAll(TALLY)) {
      const items = m[0].split(/[,;][\s\u00a0]+(?=\D)/u);
      if (!items.some(item => PLACE_MARK.test(item))) continue;
      for (const item of items) {
        const p = proposals.get(normalizeApostrophes(TALLY_NAME.exec(item)?.[1] ?? ''));
        if (p && !p.strong) p.score -= 2;
      }
    }
    for (const m of text.matchAll(AND_FULL_NAME)) {
      const preceding = text.slice(Math.max(0, m.index - 40), m.index);
      const named = NAME_BEFORE.exec(preceding);
      // not a given name after its surname (`Cameron, Averil, and Alan Cameron`)
      const name = named && !INVERTED_BEFORE.test(preceding.slice(0, named.index)) ? named[1] : undefined;
      const [a, full] = [name && proposals.get(normalizeApostrophes(name)), proposals.get(normalizeApostrophes(m[2]))];
      if (a && !accepted(a) && accepted(full) && (full?.given === m[1] || givenNameReadings(m[1]).length > 0)) a.score += 2;
    }
  }
  return proposals;
}

/** Adds the evidence of one occurrence of a capitalised word at `at`. */
function weigh(text: string, at: number, written: string, proposal: (word: string) => Proposal, joined = false): void {
  const before = text.slice(Math.max(0, at - 60), at);
  // names joined after the article are each a person's (`the Trotsky-Zinoviev bloc`), not a double surname, and the
  // article is the compound's
  const hyphen = written.indexOf('-');
  if (hyphen > 0 && articleBefore(before)) {
    weigh(text, at, written.slice(0, hyphen), proposal, true);
    weigh(text, at + hyphen + 1, written.slice(hyphen + 1), proposal, true);
    return;
  }
  const { base, possessive } = splitPossessive(written);
  const latin = LATIN.test(base);
  const after = text.slice(at + written.length, at + written.length + 30);
  // an English word is a surname only after a given name and middle initial (`Joseph E. Davies`), or after a given name
  // and before the years of a life (`Albert Einstein (1879–1955)`, `Rabbi Stephen Wise (1874–1949)`)
  const english =
    latin &&
    isEnglishWord(base) &&
    !(INITIAL_END.test(before.slice(-3)) && isGivenName(GIVEN_AND_INITIAL.exec(before)?.[1] ?? '', base)) &&
    !(LIFESPAN_AFTER.test(after) && !NAMED_THING.has(base) && isGivenName(LAST_NAME_BEFORE.exec(before)?.[1] ?? '', base));
  if (base.length < 3 || english || (latin && DERIVED_WORD.test(base))) return;
  if (EDITOR_BEFORE.test(before) || SCHOLAR_BEFORE.test(before)) return;
  if (EDITOR_AFTER.test(after) || (NOTE_AFTER.test(after) && CREDITED_BEFORE.test(before)) || CREDIT_AFTER.test(after) || inImprint(before, after) || isMonth(base) || acknowledged(text.slice(Math.max(0, at - 400), at))) return;
  const nextIsName = CAPITAL_NEXT.test(after);
  const particle = latin && !nextIsName ? PARTICLE_BEFORE.exec(before) : null;
  if (particle) {
    weighAfterParticle(particle, base, possessive, after, proposal);
    return;
  }

  if (!nextIsName && ABBREVIATED_TITLE_BEFORE.test(before)) {
    proposal(base).strong = true;
    return;
  }
  const initials = INITIALS_BEFORE.exec(before);
  const first = initials ? SURNAME_THEN_INITIALS.exec(before)?.[1] : undefined;
  // a Latin word and one initial before a name are its given name and middle initial (`Alexander E. Fersman`), not a
  // surname and its initials (`Хлевнюк О. В. Политбюро`)
  const middle = first !== undefined && LATIN.test(first) && initials !== null && /^\p{Lu}\.$/u.test(initials[1].trim());
  if (initials && (first === undefined || middle)) {
    // initials before a given name are the person's whose surname follows (`W. Averell Harriman`), not before a
    // surname followed by a capital (`I. V. Stalin`)
    const next = NEXT_NAME.exec(after)?.[1];
    if (latin && !SURNAME_ENDING.test(base) && next !== undefined && LATIN.test(next) && (!isEnglishWord(next) || detectRomanized(base).length === 0)) return;
    // a romanized Russian word before the initials puts the name in its case (`imeni V. I. Lenina`, `rukopisi N. I.
    // Bukharina`); after an English one it is as written (`from N. S. Alliluyeva`)
    const governing = GOVERNING_BEFORE.exec(before.slice(0, before.length - initials[0].length))?.[1];
    const p = proposal(
      !latin ? (genitiveBefore(before) ? nominativeOfGenitive(base) : unambiguousNominative(base))
      : governing && LATIN.test(governing) && !isEnglishWord(governing) ? nominativeOf(base) : base,
    );
    p.strong = true;
    // a given name, not a word before the initials (`Peasants’ Inspectorate S. Ordzhonikidze`)
    if (middle && isGivenName(first, base)) p.given ??= `${first} ${initials[1].trim()}`;
    else p.initials ??= initials[1].trim().replace(/\.(?=\p{Lu})/gu, '. ');
    return;
  }
  const previous = PREVIOUS_WORD.exec(before)?.[1];
  const title = previous && titleOf(previous);
  const apposition = after.startsWith(',') ? TITLE_APPOSITION_BEFORE.exec(before)?.[1] : BRACKET_CLOSE_AFTER.test(after) ? TITLE_BRACKET_BEFORE.exec(before)?.[1] : undefined;
  if (!nextIsName && latin && (POST_OF_BEFORE.test(before) || (apposition && titleOf(apposition) === 'title'))) {
    proposal(base).strong = true;
    return;
  }
  if (title && !nextIsName) {
    // a romanized title in an oblique case puts the name in it (`Tovarishchu Stalinu`)
    proposal(title === 'oblique' ? nominativeOf(base) : base).strong = true;
    return;
  }
  const twoNames = TWO_NAMES_BEFORE.exec(before);
  // a Cyrillic name and patronymic end a line that gives them surname first (`Кондрашин Виктор Викторович`), the next
  // line's label no surname
  const sameLine = latin || !/\n/.test(before.slice(twoNames?.index ?? before.length));
  // a man's given name in the genitive puts the name in it (`delo Lazara Moiseevicha Kaganovicha`: Lazar Moiseevich
  // Kaganovich), in either script
  const romanized = latin && twoNames ? romanizedGenitiveName(twoNames[1], twoNames[2], base) : undefined;
  if (twoNames && (romanized || PATRONYMIC_ENDING.test(twoNames[2])) && !nextIsName && sameLine) {
    const p = proposal(romanized ? nominativeOf(base) : cyrillicGivenName(twoNames[1])?.genitive ? nominativeOfGenitive(base) : base);
    p.strong = true;
    p.given ??= romanized ?? `${twoNames[1]} ${twoNames[2]}`;
    return;
  }
  const givenMatch = GIVEN_BEFORE.exec(before);
  // a title, or another capitalised English word before a given name the lists know (`Ambassador Averell Harriman`,
  // `Botkin Hospital Boris Shimeliovich`)
  const titled =
    !givenMatch && twoNames && (titleOf(twoNames[1]) || (isEnglishWord(twoNames[1]) && isKnownGivenName(twoNames[2]))) ? twoNames : undefined;
  const given = givenMatch?.[1] ?? titled?.[2];
  const cyrillicGiven = given && !nextIsName && isCyrillicWord(base) && !PATRONYMIC_ENDING.test(base) ? cyrillicGivenName(given) : undefined;
  if (cyrillicGiven) {
    // a given name in the genitive puts the surname in it (`фигура Лаврентия Берии`)
    const p = proposal(cyrillicGiven.genitive ? nominativeOfGenitive(base) : base);
    p.strong = true;
    p.given ??= cyrillicGiven.name;
    return;
  }
  // An oblique patronymic after a given name (`Mikhaila Semenovicha`) is no surname, nor an adjective of a title
  // (`Trudy Vol’nogo ekonomicheskogo obshchestva`).
  if (given && !nextIsName && isGivenName(given, base) && !/ich(?:a|u|em)$/.test(base) && !OBLIQUE_ADJECTIVE.test(base)) {
    // Words that open with no known given name name no one when they open a title or slogan set apart (`“Doktor
    // Smert,”`, `*Doktor Zhivago*`, not the ship `*Nikolai Yezhov*`), a phrase in another language (`Izdanie
    // Departamenta dukhovnykh del`) or a title after its author (`G. A. Unpelev, Rozhdenie Uralmasha`), stand after a
    // preposition of place, a number or the article (`in Zaporizhia Oblast’`, `the Vladikavkaz Realschule`) or name an
    // imprint's place (`(Sergiev Posad: Tipografiia`); nor does an acronym's expansion (`SMERSH …, Smert Shpionam`).
    const opening = before.slice(0, givenMatch?.index ?? before.length - given.length - 1);
    const unknown = !isKnownGivenName(given);
    const notNamed = unknown && (
      SET_APART_BEFORE.test(opening) ||
      foreignWordAfter(after, 2) ||
      PLACE_BEFORE.test(opening) ||
      countedOrArticled(opening) ||
      imprintPlace(opening, after) ||
      AUTHOR_BEFORE.test(opening)
    );
    if (notNamed || expandsAcronym(opening, [given, base])) return;
    const p = proposal(base);
    p.strong = true;
    p.given ??= given;
    return;
  }
  if (!latin) {
    if (nextIsName || !isCyrillicWord(base)) return;
    // a Cyrillic surname after a noun or preposition that governs it (`после смерти Сталина`, `у Хрущева`), or one
    // that reads as a man's surname by itself (`Ее предложил Маленков`, `со Сталиным`)
    const surname = (genitiveBefore(before) ? surnameAfterGenitiveNoun(base) : undefined) ?? bareSurname(base);
    if (surname) proposal(surname).score += 2;
    return;
  }
  const p = proposal(base);
  // what only a person undergoes outweighs the preposition before it (`the investigation into Frenkel`)
  const fate = !nextIsName && FATE_BEFORE.test(before);
  // so do the article before it (`the Dukhobors`) and a noun of place after it (`Tambov province`)
  if ((PLACE_BEFORE.test(before) || (articleBefore(before) && !joined) || placeNounAfter(after)) && !fate) p.score -= 2;
  else if (!nextIsName) p.score += BARE_SURNAME_ENDING.test(normalizeApostrophes(base)) ? 2 : WEAK_SURNAME_ENDING.test(base) ? 1 : 0;
  // a phrase in another language opens with it (`Dukhovnyi khristianin`), or italics set it apart (`*Gosplan*`)
  if (foreignWordAfter(after, 4) || (SET_APART_BEFORE.test(before) && ITALIC_AFTER.test(after))) p.score -= 2;
  const subject = VERB_AFTER.test(after);
  if (possessive || subject) p.score += 1;
  if (subject && ORGAN.test(after.split(/[.;]/)[0])) p.score += 1;
  const post = POST_AFTER.exec(after)?.[1];
  const personal = (possessive && PERSONAL_AFTER.test(after)) || TESTIMONY_AFTER.test(after);
  if ((post && TITLES.has(post.toLowerCase())) || fate || personal) p.score += 2;
  // A second sighting of a capitalised word that is no English word is itself evidence.
  if (++p.seen === 2) p.score += 1;
}

/**
 * A surname with its particle (`Fiorello La Guardia`, `Charles de Gaulle`, `von Ribbentrop`): a person after a given
 * name the lists know, or before the years of a life or a verb (not `in Rio de Janeiro`); else the surname alone is
 * weighed as a bare one is, by a verb or possessive after it and a second sighting.
 */
function weighAfterParticle(particle: RegExpExecArray, base: string, possessive: boolean, after: string, proposal: (word: string) => Proposal): void {
  const opening = particle.input.slice(0, particle.index);
  const given = LAST_NAME_BEFORE.exec(opening);
  const p = proposal(`${particle[1]} ${base}`);
  const subject = possessive || VERB_AFTER.test(after);
  const outside = given ? opening.slice(0, given.index) : '';
  if (given && isGivenName(given[1], base) && !PLACE_BEFORE.test(outside) && !countedOrArticled(outside)) {
    // the given name is the person's if other sightings make it one
    p.given ??= given[1];
    if (isKnownGivenName(given[1]) || subject || LIFESPAN_AFTER.test(after)) {
      p.strong = true;
      return;
    }
  }
  if (subject) p.score += 1;
  if (++p.seen === 2) p.score += 1;
}

/** The nominative given name and patronymic of a romanized man's name in the genitive (`Nikolaia Ivanovicha Ezhova`:
 * Nikolai Ivanovich; a patronymic left in the nominative too, `Lazara Moiseevich Kaganovicha`): the given name's stem
 * one the lists know and not the word as written (a woman's name in -a), the patronymic a man's, and one of it and
 * the surname in the genitive. */
function romanizedGenitiveName(given: string, patronymic: string, surname: string): string | undefined {
  const stem = /^\p{Lu}\p{Ll}+a$/u.test(given) ? given.slice(0, -1) : undefined;
  if (!stem || !/ich(?:a)?$/.test(patronymic) || (!patronymic.endsWith('a') && nominativeOf(surname) === surname)) return undefined;
  if (givenNameReadings(given).length > 0 || givenNameReadings(stem).length === 0) return undefined;
  return `${stem} ${nominativeOf(patronymic)}`;
}

/** A given name the lists know: Russian (in any spelling or script) or Western. */
function isKnownGivenName(word: string): boolean {
  return WESTERN_GIVEN_NAMES.has(word) || givenNameReadings(word).length > 0 || cyrillicGivenName(word)?.genitive === false;
}

/** Whether words spell an acronym the text names shortly before them by their first letters (`SMERSH`: Smert
 * Shpionam; `GULAG`: Glavnoe Upravlenie Lagerei). */
function expandsAcronym(before: string, words: readonly string[]): boolean {
  const lower = words.map(word => word.toLowerCase());
  const spells = (acronym: string, i: number): boolean => {
    if (i === lower.length) return acronym === '';
    for (let k = Math.min(lower[i].length, acronym.length); k >= 1; k--) {
      if (lower[i].startsWith(acronym.slice(0, k)) && spells(acronym.slice(k), i + 1)) return true;
    }
    return false;
  };
  return [...before.matchAll(ACRONYM)].some(m => spells(m[0].toLowerCase(), 0));
}

/** Whether a word is a title (`Narkom`), a title's plural (`Metropolitans`) or a romanized title in an oblique case
 * (`Tovarishchu`). */
function titleOf(word: string): 'title' | 'oblique' | undefined {
  const w = (word.includes("'") ? normalizeApostrophes(word) : word).toLowerCase();
  if (TITLES.has(w)) return 'title';
  if (w.endsWith('s') && TITLES.has(w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1))) return 'title';
  const oblique = TITLE_STARTS.has(w.slice(0, 4)) && LATIN.test(w) && !isEnglishWord(w) && caseStems(w).some(stem => TITLES.has(stem));
  return oblique ? 'oblique' : undefined;
}

/** A word that can stand before a surname as its given name: not a possessive, a title, an adjective or a place, and
 * not English unless it is a Western given name (`Paul Nitze`) or a Russian one before a Russian surname (`Anna
 * Larina`, not `German Wehrmacht`). */
function isGivenName(word: string, surname: string): boolean {
  const w = normalizeApostrophes(word);
  // a possessive owns the word after it (`Latvia’s Komsomol`, `Uzbekistan’s Bukhara province`)
  if (splitPossessive(w).possessive) return false;
  const english = isEnglishWord(w) && !WESTERN_GIVEN_NAMES.has(w) && !(givenNameReadings(w).length > 0 && GENDERED_SURNAME_ENDING.test(normalizeApostrophes(surname)));
  const nationality = isNationality(w) && !WESTERN_GIVEN_NAMES.has(w) && givenNameReadings(w).length === 0;
  // a surname before a surname (`Comrade Kirov Medved'`), unless the lists know it as a given name (Yakov, Lev)
  const surnameLike = /(?:ov|ev|sky|ski|enko|dze|shvili)$/.test(w) && givenNameReadings(w).length === 0;
  return LATIN.test(w) && !english && !nationality && !surnameLike && !isMonth(w) && !TITLES.has(w.toLowerCase()) && !ADJECTIVE_ENDING.test(w) && !PLACE_ENDING.test(w);
}

function toOfficial(proposal: Proposal, ids: Set<string>): Official {
  const base = proposal.surname.normalize('NFD').toLowerCase().replace(/[^a-z0-9]+/g, '') || 'person';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  const first = proposal.given ?? proposal.initials;
  return {
    id,
    surname: proposal.surname,
    ...(proposal.given ? { given: proposal.given } : proposal.initials ? { initials: proposal.initials } : {}),
    cyrillic: cyrillicOf(proposal, first),
    roles: [],
    note: 'Proposed from the text: the corpus has no officials file.',
  };
}

/**
 * The name in Cyrillic, as far as the romanization tells it: none for a Western name (`Paul Nitze`, `George Kennan`,
 * `Churchill`, `M. Hamilton`: a surname that reads as no romanized Russian, with no Russian given name), whose letters
 * turned one by one would give a name no one bore (`Паул Нитзе`, `Чурчилл`); the surname alone after a given name
 * Russian does not have (`Joseph Stalin`). A patronymic after the given name makes it Russian (`David Vasil’evich
 * Zaitsev`), and so does a Russian given name the surname (`Lavrentii Beria`).
 */
function cyrillicOf(proposal: Proposal, first: string | undefined): string {
  const [givenWord, patronymic] = proposal.given?.split(' ') ?? [];
  const russianGiven = givenWord !== undefined && (!LATIN.test(givenWord) || givenNameReadings(givenWord).length > 0 || PATRONYMIC_ENDING.test(patronymic ?? ''));
  const russianSurname = !LATIN.test(proposal.surname) || detectRomanized(proposal.surname).length > 0;
  const surname = cyrillicSurname(proposal.surname);
  // a surname the converter leaves in Latin letters (`Ehrenburg`) or one with a particle (`von Ribbentrop`: фон, not
  // вон) has no Cyrillic to give
  if (/[A-Za-z]/.test(surname) || proposal.surname.includes(' ')) return '';
  if (russianGiven || (russianSurname && givenWord === undefined)) return [...(first ? first.split(' ') : []).map(cyrillicInitial), surname].join(' ');
  return russianSurname ? surname : '';
}

/** Cyrillic of a given name (as written: the given names read Lavrentii as Лаврентий) or an initial; initials are
 * converted lower-case so "V." and "I." are not taken for Roman numerals. */
function cyrillicInitial(word: string): string {
  const cyrillic = toCyrillic(/^\p{Lu}\p{Ll}?\.$/u.test(word) ? word.toLowerCase() : word);
  return cyrillic.charAt(0).toUpperCase() + cyrillic.slice(1);
}

/** A surname's Cyrillic: -ia after a consonant is -ия, as surnames end (Beria: Берия, Gamsakhurdia: Гамсахурдия), where
 * letter for letter it would be -я (Беря). */
function cyrillicSurname(surname: string): string {
  const cyrillic = toCyrillic(surname);
  return /[^aeiouy]ia$/i.test(surname) ? cyrillic.replace(/(?<=[бвгджзклмнпрстфхцчшщ])я$/u, 'ия') : cyrillic;
}
