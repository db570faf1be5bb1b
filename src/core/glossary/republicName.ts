// A union republic named by its adjective and SSR (Казахской ССР, Uzbekskoi SSR, Kazakh S.S.R.): read by its parts as
// that republic, an inference, where no entry holds the name (the glossary has the Ukrainian and Belorussian SSRs).
import { romanize } from '../translit/romanize';
import type { PartsReading } from './readByParts';

/** The union republics' adjectives as their stems are romanized (LC), the English adjective and the other ways English
 * prose writes it (Kirgiz SSR, Tadzhik SSR, Azerbaijan SSR). */
const ADJECTIVES: readonly [stem: string, english: string, ...also: string[]][] = [
  ['ukrainsk', 'Ukrainian'],
  ['belorussk', 'Belorussian', 'Byelorussian', 'Belarusian'],
  ['uzbeksk', 'Uzbek'],
  ['kazakhsk', 'Kazakh', 'Kazak'],
  ['gruzinsk', 'Georgian'],
  ['azerbaidzhansk', 'Azerbaijani', 'Azerbaijan', 'Azerbaidzhan', 'Azerbaidzhani'],
  ['litovsk', 'Lithuanian'],
  ['moldavsk', 'Moldavian', 'Moldovan'],
  ['latviisk', 'Latvian'],
  ['kirgizsk', 'Kirghiz', 'Kirgiz', 'Kyrgyz'],
  ['tadzhiksk', 'Tajik', 'Tadzhik', 'Tadjik'],
  ['armiansk', 'Armenian'],
  ['turkmensk', 'Turkmen', 'Turkmenian'],
  ['estonsk', 'Estonian'],
  ['karelo-finsk', 'Karelo-Finnish'],
];

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** An adjective's case endings after its stem (-aia, -oi, -uiu; -ii, -ogo, -om). */
const ENDING = /^(?:aia|oi|uiu|ii|ogo|omu|om|ikh)$/u;
/** SSR, also with a dot after each letter as English prose writes it (Uzbek S.S.R.). */
const SSR = /^(?:ssr|сср|s\.s\.r\.?)$/iu;

/** The adjective romanized, or written as English names the republic (Uzbek SSR, Kazakh S.S.R.). */
function republicOf(adjective: string): [string, string] | undefined {
  const latin = (CYRILLIC.test(adjective) ? romanize(adjective, 'lc') : adjective).toLowerCase();
  const found = ADJECTIVES.find(
    ([stem, ...english]) => (latin.startsWith(stem) && ENDING.test(latin.slice(stem.length))) || english.some(name => latin === name.toLowerCase()),
  );
  return found && [found[0], found[1]];
}

/** ASSR, as a text writes it after an adjective (Tatar ASSR, Чечено-Ингушской АССР, Bashkir A.S.S.R.). */
const ASSR = /^(?:assr|асср|a\.s\.s\.r\.?)$/iu;
/** An adjective of a people or a land with its first capital, one word or two joined by a hyphen (Chechen-Ingush). */
const NAME_ADJECTIVE = /^\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)?$/u;
/** A Russian adjective's ending, in either script: such an adjective is romanized, not English (Tatarskoi, Татарской). */
const RUSSIAN_ADJECTIVE = /(?:sk|tsk|ск|цк)(?:aia|oi|uiu|ii|ogo|omu|om|ая|ой|ую|ий|ого|ому|ом)$/u;

/** An autonomous republic named by its adjective and ASSR: the adjective as English writes it, or romanized and said
 * to be untranslated, which names no entry (an inference). */
function autonomousRepublicAt(words: readonly string[], at: number): { entry: PartsReading; next: number } | undefined {
  const [adjective, state] = [words[at], words[at + 1]];
  if (!adjective || !state || !ASSR.test(state) || !NAME_ADJECTIVE.test(adjective)) return undefined;
  const cyrillic = CYRILLIC.test(adjective);
  if (cyrillic && !RUSSIAN_ADJECTIVE.test(adjective.toLowerCase())) return undefined;
  const russian = cyrillic || RUSSIAN_ADJECTIVE.test(adjective.toLowerCase());
  // The adjective of a republic (respublika) as the name's nominative has it: Tatarskoi, Татарской → Tatarskaia.
  const latin = (cyrillic ? romanize(adjective, 'lc') : adjective).replace(/(?<=sk)(?:oi|uiu)$/u, 'aia');
  const people = russian ? `${latin} (the adjective romanized, untranslated)` : adjective;
  const english = russian ? `Autonomous Soviet Socialist Republic: ${people}` : `${adjective} Autonomous Soviet Socialist Republic`;
  return { next: at + 2, entry: republicReading(adjective, state, { word: latin, english: people }, AUTONOMOUS, english) };
}

/** What a republic's state words stand for. */
interface StateWords {
  word: string;
  cyrillic: string;
  english: string;
}
const UNION: StateWords = { word: 'Sovetskaia Sotsialisticheskaia Respublika', cyrillic: 'Советская Социалистическая Республика', english: 'Soviet Socialist Republic' };
const AUTONOMOUS: StateWords = {
  word: 'Avtonomnaia Sovetskaia Sotsialisticheskaia Respublika',
  cyrillic: 'Автономная Советская Социалистическая Республика',
  english: 'Autonomous Soviet Socialist Republic',
};

/** A republic read by its adjective (romanized, with its English) and its state words. */
function republicReading(adjective: string, state: string, read: { word: string; english: string }, words: StateWords, english: string): PartsReading {
  return {
    term: `${adjective} ${state}`,
    inferred: 'read by its parts',
    parts: [
      { written: adjective, word: read.word, cyrillic: CYRILLIC.test(adjective) ? adjective : '—', english: read.english },
      { written: state, ...words },
    ],
    expansion: `${read.word} ${words.word}`,
    english,
  };
}

/** The republic named from the `at`th word on (an adjective, then SSR or ASSR), and the word after its name. */
export function republicNameAt(words: readonly string[], at: number): { entry: PartsReading; next: number } | undefined {
  return unionRepublicAt(words, at) ?? autonomousRepublicAt(words, at);
}

function unionRepublicAt(words: readonly string[], at: number): { entry: PartsReading; next: number } | undefined {
  const [adjective, state] = [words[at], words[at + 1]];
  if (!adjective || !state || !SSR.test(state)) return undefined;
  const found = republicOf(adjective);
  if (!found) return undefined;
  const latin = (CYRILLIC.test(adjective) ? romanize(adjective, 'lc') : adjective).toLowerCase();
  return { next: at + 2, entry: republicReading(adjective, state, { word: latin, english: found[1] }, UNION, `${found[1]} Soviet Socialist Republic`) };
}
