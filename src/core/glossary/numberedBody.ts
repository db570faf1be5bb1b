// Bodies a text names with a number or with a republic's siglum where the glossary holds the kind or the union's
// body: a body's number after its name (КБ-11, лагерь № 7, Lag No. 7), a closed town of the nuclear industry known by a
// city's name and a number (Челябинск-40, Arzamas-16: the ZATO entry's post-box names), and a union body's siglum with a republic's
// for the Union's (АН УССР: the АН СССР's siglum). The last two are inferences and say so.
import { romanize } from '../translit/romanize';
import { SYSTEMS } from '../translit/system';
import type { PartsReading } from './readByParts';
import type { GlossaryEntry } from './types';

/** A name, then a number after a hyphen or a number sign (№, No., N, Nr.), with a letter after it or not. */
const NUMBERED = /^(.*\S)(?:\s*-\s*|\s+(?:№|No\.?|N|Nr\.?)\s*|\s*№\s*)\d+\p{L}?$/u;

/** The name of a body written with its number, without the number (КБ-11 → КБ, лагерь № 7 → лагерь); a letter alone is
 * no name (Т-34 is no т. volume). */
export function withoutNumber(written: string): string | undefined {
  const name = NUMBERED.exec(written)?.[1];
  return name && /\p{L}{2}/u.test(name) ? name : undefined;
}

/**
 * The closed towns of the nuclear industry by their code names, a city's name and a post-box number, with their names
 * today: Wikipedia, "Atomgrad" (the ten towns' Cold War names) and "Closed city" (Arzamas-75, Chelyabinsk-65). Only
 * these are read: a city's name and a number is as often a station (Москва-1), a spacecraft (Восток-1, Союз-11) or a
 * machine.
 */
const CLOSED_TOWNS: Record<string, string> = {
  'Арзамас-16': 'Саров',
  'Арзамас-75': 'Саров',
  'Свердловск-44': 'Новоуральск',
  'Свердловск-45': 'Лесной',
  'Челябинск-40': 'Озёрск',
  'Челябинск-65': 'Озёрск',
  'Челябинск-70': 'Снежинск',
  'Томск-7': 'Северск',
  'Красноярск-26': 'Железногорск',
  'Красноярск-45': 'Зеленогорск',
  'Златоуст-36': 'Трёхгорный',
  'Пенза-19': 'Заречный',
};

let codeNames: Map<string, string> | undefined;

/** The Cyrillic code name of a closed town written in Cyrillic or in any of the romanizations, lower-cased. */
function codeNameOf(written: string): string | undefined {
  codeNames ??= new Map(
    Object.keys(CLOSED_TOWNS).flatMap(name => [name, ...SYSTEMS.map(system => romanize(name, system))].map(form => [form.toLowerCase(), name] as const)),
  );
  return codeNames.get(written.replace(/\s*[-‑–]\s*/u, '-').toLowerCase());
}

/** A closed town by its code name, read as the ZATO entry says such towns were known, with its name today. */
export function readClosedTown(written: string, zato: GlossaryEntry | undefined): PartsReading | undefined {
  const name = codeNameOf(written);
  if (!name || !zato) return undefined;
  const [city, number] = name.split('-');
  const latin = romanize(city, 'lc');
  const today = romanize(CLOSED_TOWNS[name], 'lc');
  return {
    term: written,
    inferred: 'read by its parts',
    parts: [
      { written: written.slice(0, written.search(/\s*[-‑–]\s*\d/u)), word: latin, cyrillic: city, english: `${latin} (a city’s name, untranslated)` },
      { written: number, word: zato.expansion, cyrillic: zato.cyrillicExpansion ?? zato.cyrillic, english: zato.english, entry: zato },
    ],
    expansion: `${latin}-${number}`,
    english: `a closed town (ZATO) known by a city’s name and a number, today ${today} (${CLOSED_TOWNS[name]}): ${zato.english}`,
  };
}

/** The Union a union body's English name gives (Academy of Sciences (of the USSR), the Central Executive Committee of the USSR). */
const OF_THE_UNION = /\s*\(?(?:of the USSR|USSR)\)?/u;

/** A union body's siglum with a republic's siglum for the Union's (АН УССР, AN KazSSR): the body of that republic, read as
 * the union body's entry and the republic's. */
export function readRepublicBody(written: string, union: GlossaryEntry, republicWritten: string, republic: { expansion: string; english: string }): PartsReading {
  // The name only, without what the entry goes on to say of the Union's body.
  const body = union.english.split(/[,:;]/u)[0].replace(OF_THE_UNION, '');
  const republicName = republic.english.replace(/\s*\([^)]*\)$/u, '');
  const expansion = union.expansion.replace(/\s*(?:SSSR|СССР)$/u, '');
  return {
    term: `${written} ${republicWritten}`,
    inferred: 'read by its parts',
    parts: [
      { written, word: expansion, cyrillic: union.cyrillic.replace(/\s*СССР$/u, ''), english: body, entry: union },
      { written: republicWritten, word: republic.expansion, cyrillic: republicWritten, english: republicName },
    ],
    expansion: `${expansion} ${republic.expansion}`,
    english: `${body} of the ${republicName} (the union body’s name with the republic’s)`,
  };
}
