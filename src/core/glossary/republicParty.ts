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
  /** The letters its party's siglum ends with after КП(б), KP(b) (КП(б)Уз, KPUz), where they name it alone. */
  letters: readonly string[];
}

const republic = (stem: RegExp, english: string, word: string, cyrillic: string, letters: readonly string[] = []): Republic => ({ stem, english, word, cyrillic, letters });

/** The fifteen union republics, by the names their parties took and the letters of their parties' sigla (not А, Л or
 * Т alone, which two republics begin with). */
const REPUBLICS: readonly Republic[] = [
  republic(/^(?:украин|ukrain)/u, 'Ukraine', 'Ukraina', 'Украина', ['у', 'u']),
  republic(/^(?:белорусс?и|belorussi|byelorussi|belarus)/u, 'Belorussia', 'Belorussiia', 'Белоруссия', ['б', 'b']),
  republic(/^(?:узбекистан|uzbekistan)/u, 'Uzbekistan', 'Uzbekistan', 'Узбекистан', ['уз', 'uz']),
  republic(/^(?:казахстан|kazakhstan)/u, 'Kazakhstan', 'Kazakhstan', 'Казахстан', ['к', 'k', 'каз', 'kaz']),
  republic(/^(?:грузи|gruzi|georgia)/u, 'Georgia', 'Gruziia', 'Грузия', ['г', 'g', 'груз', 'gruz']),
  republic(/^(?:азербайджан|azerbaidzhan|azerbaijan)/u, 'Azerbaijan', 'Azerbaidzhan', 'Азербайджан', ['аз', 'az']),
  republic(/^(?:литв|litv|lithuania)/u, 'Lithuania', 'Litva', 'Литва', ['лит', 'lit']),
  republic(/^(?:молдави|moldavi|moldova)/u, 'Moldavia', 'Moldaviia', 'Молдавия', ['м', 'm', 'молд', 'mold']),
  republic(/^(?:латви|latvi)/u, 'Latvia', 'Latviia', 'Латвия', ['латв', 'latv']),
  republic(/^(?:кирги|kirgi|kyrgyz)/u, 'Kirghizia', 'Kirgiziia', 'Киргизия', ['кирг', 'kirg']),
  republic(/^(?:таджикистан|tadzhikistan|tajikistan)/u, 'Tajikistan', 'Tadzhikistan', 'Таджикистан', ['тадж', 'tadzh']),
  republic(/^(?:армени|armeni)/u, 'Armenia', 'Armeniia', 'Армения', ['арм', 'arm']),
  republic(/^(?:туркмени|turkmeni|turkmenistan)/u, 'Turkmenia', 'Turkmeniia', 'Туркмения', ['туркм', 'turkm']),
  republic(/^(?:эстони|estoni)/u, 'Estonia', 'Estoniia', 'Эстония', ['э', 'e', 'эст', 'est']),
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
  return { next: republicFirst ? at + 3 : nameAt + 1, reading: partyReading(written, words.slice(first, last).join(' '), words[nameAt], name) };
}

/** The party's siglum with the letters of a republic (КП(б)Уз, KP(b)Gruz, KPUz). */
const PARTY_SIGLUM = /^(?:кп|kp)(\((?:б|b)\))?(\p{L}{1,5})$/u;

/** A union republic's party written as its siglum (КП(б)Уз: Communist Party (Bolsheviks) of Uzbekistan), read by its
 * parts where no entry holds it. */
export function readRepublicPartySiglum(word: string): PartsReading | undefined {
  const [, bolsheviks, letters] = PARTY_SIGLUM.exec(word.toLowerCase()) ?? [];
  const name = letters ? REPUBLICS.find(r => r.letters.includes(letters)) : undefined;
  if (!name || !/^\p{Lu}{2}/u.test(word)) return undefined;
  const party = word.slice(0, word.length - letters.length);
  return partyReading(word, party, word.slice(party.length), name, bolsheviks !== undefined);
}

function partyReading(term: string, party: string, republicWritten: string, name: Republic, bolsheviks = false): PartsReading {
  const [word, cyrillic, english] = bolsheviks
    ? ['Kommunisticheskaia partiia (bol’shevikov)', 'Коммунистическая партия (большевиков)', 'Communist Party (Bolsheviks)']
    : ['Kommunisticheskaia partiia', 'Коммунистическая партия', 'Communist Party'];
  return {
    term,
    inferred: 'read by its parts',
    parts: [
      { written: party, word, cyrillic, english },
      { written: republicWritten, word: name.word, cyrillic: name.cyrillic, english: name.english },
    ],
    expansion: `${word} ${name.word}`,
    english: `${english} of ${name.english} (the republic's party within the VKP(b), later the CPSU)`,
  };
}
