// A union republic named by its adjective and SSR (Казахской ССР, Uzbekskoi SSR, Kazakh S.S.R.): read by its parts as
// that republic, an inference, where no entry holds the name (the glossary has the Ukrainian and Belorussian SSRs).
import { romanize } from '../translit/romanize';
import type { PartsReading } from './readByParts';

/** The union republics' adjectives as their stems are romanized (LC), and the English adjective. */
const ADJECTIVES: readonly [string, string][] = [
  ['ukrainsk', 'Ukrainian'],
  ['belorussk', 'Belorussian'],
  ['uzbeksk', 'Uzbek'],
  ['kazakhsk', 'Kazakh'],
  ['gruzinsk', 'Georgian'],
  ['azerbaidzhansk', 'Azerbaijani'],
  ['litovsk', 'Lithuanian'],
  ['moldavsk', 'Moldavian'],
  ['latviisk', 'Latvian'],
  ['kirgizsk', 'Kirghiz'],
  ['tadzhiksk', 'Tajik'],
  ['armiansk', 'Armenian'],
  ['turkmensk', 'Turkmen'],
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
  return ADJECTIVES.find(([stem, english]) => (latin.startsWith(stem) && ENDING.test(latin.slice(stem.length))) || latin === english.toLowerCase());
}

/** The republic named from the `at`th word on (an adjective, then SSR), and the word after its name. */
export function republicNameAt(words: readonly string[], at: number): { entry: PartsReading; next: number } | undefined {
  const [adjective, state] = [words[at], words[at + 1]];
  if (!adjective || !state || !SSR.test(state)) return undefined;
  const found = republicOf(adjective);
  if (!found) return undefined;
  const latin = (CYRILLIC.test(adjective) ? romanize(adjective, 'lc') : adjective).toLowerCase();
  const english = `${found[1]} Soviet Socialist Republic`;
  return {
    next: at + 2,
    entry: {
      term: `${adjective} ${state}`,
      inferred: 'read by its parts',
      parts: [
        { written: adjective, word: latin, cyrillic: CYRILLIC.test(adjective) ? adjective : '—', english: found[1] },
        { written: state, word: 'Sovetskaia Sotsialisticheskaia Respublika', cyrillic: 'Советская Социалистическая Республика', english: 'Soviet Socialist Republic' },
      ],
      expansion: `${latin} Sovetskaia Sotsialisticheskaia Respublika`,
      english,
    },
  };
}
