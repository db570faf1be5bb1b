// A union republic's communist party named by the party and the republic (Компартия Узбекистана, КП Грузии,
// Коммунистической партии Литвы, Communist Party of Armenia): read by its parts as the republic's branch of the
// party, an inference, where the glossary has no entry for that party.
import type { PartsReading } from './readByParts';

interface Republic {
  /** How the republic's name begins in either script and the English names (in any case form). */
  stem: RegExp;
  english: string;
  word: string;
  cyrillic: string;
}

const republic = (stem: RegExp, english: string, word: string, cyrillic: string): Republic => ({ stem, english, word, cyrillic });

/** The fifteen union republics (and Karelia's, 1940–1956), by the names their parties took. */
const REPUBLICS: readonly Republic[] = [
  republic(/^(?:украин|ukrain)/u, 'Ukraine', 'Ukraina', 'Украина'),
  republic(/^(?:белорусс?и|belorussi|byelorussi|belarus)/u, 'Belorussia', 'Belorussiia', 'Белоруссия'),
  republic(/^(?:узбекистан|uzbekistan)/u, 'Uzbekistan', 'Uzbekistan', 'Узбекистан'),
  republic(/^(?:казахстан|kazakhstan)/u, 'Kazakhstan', 'Kazakhstan', 'Казахстан'),
  republic(/^(?:грузи|gruzi|georgia)/u, 'Georgia', 'Gruziia', 'Грузия'),
  republic(/^(?:азербайджан|azerbaidzhan|azerbaijan)/u, 'Azerbaijan', 'Azerbaidzhan', 'Азербайджан'),
  republic(/^(?:литв|litv|lithuania)/u, 'Lithuania', 'Litva', 'Литва'),
  republic(/^(?:молдави|moldavi|moldova)/u, 'Moldavia', 'Moldaviia', 'Молдавия'),
  republic(/^(?:латви|latvi)/u, 'Latvia', 'Latviia', 'Латвия'),
  republic(/^(?:кирги|kirgi|kyrgyz)/u, 'Kirghizia', 'Kirgiziia', 'Киргизия'),
  republic(/^(?:таджикистан|tadzhikistan|tajikistan)/u, 'Tajikistan', 'Tadzhikistan', 'Таджикистан'),
  republic(/^(?:армени|armeni)/u, 'Armenia', 'Armeniia', 'Армения'),
  republic(/^(?:туркмени|turkmeni|turkmenistan)/u, 'Turkmenia', 'Turkmeniia', 'Туркмения'),
  republic(/^(?:эстони|estoni)/u, 'Estonia', 'Estoniia', 'Эстония'),
];

/** The words that name the party, as one token (компартии, КП, КП(б)) or two (коммунистической партии, communist party of). */
const PARTY_WORD = /^(?:компарти\p{L}*|kompartii\p{L}*|кп(?:\(б\))?|kp(?:\(b\))?)$/u;
const PARTY_FIRST = /^(?:коммунистическ\p{L}*|kommunistichesk\p{L}*|communist)$/u;
const PARTY_SECOND = /^(?:парти\p{L}*|partii\p{L}*|party)$/u;

/** The party of a union republic named from the `at`th word on, and the word after its name: the party, then the
 * republic (Компартия Узбекистана, Communist Party of Armenia), or in English the republic first (Uzbekistan Communist
 * Party, Georgian Communist Party). */
export function republicPartyAt(words: readonly string[], at: number): { reading: PartsReading; next: number } | undefined {
  const lower = words.map(word => word.toLowerCase());
  const republicFirst = lower[at + 1] === 'communist' && PARTY_SECOND.test(lower[at + 2] ?? '');
  let nameAt = republicFirst ? at : PARTY_WORD.test(lower[at] ?? '') ? at + 1 : PARTY_FIRST.test(lower[at] ?? '') && PARTY_SECOND.test(lower[at + 1] ?? '') ? at + 2 : -1;
  if (nameAt < 0) return undefined;
  if (lower[nameAt] === 'of') nameAt++;
  const name = REPUBLICS.find(r => r.stem.test(lower[nameAt] ?? ''));
  if (!name) return undefined;
  const [first, last] = republicFirst ? [at + 1, at + 3] : [at, nameAt];
  const written = words.slice(at, republicFirst ? at + 3 : nameAt + 1).join(' ');
  return {
    next: republicFirst ? at + 3 : nameAt + 1,
    reading: {
      term: written,
      inferred: 'read by its parts',
      parts: [
        { written: words.slice(first, last).join(' '), word: 'Kommunisticheskaia partiia', cyrillic: 'Коммунистическая партия', english: 'Communist Party' },
        { written: words[nameAt], word: name.word, cyrillic: name.cyrillic, english: name.english },
      ],
      expansion: `Kommunisticheskaia partiia ${name.word}`,
      english: `Communist Party of ${name.english} (the republic's party within the VKP(b), later the CPSU)`,
    },
  };
}
