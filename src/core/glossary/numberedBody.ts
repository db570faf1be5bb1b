// Bodies a text names with a number or with a republic's siglum where the glossary holds the kind or the union's
// body: a body's number after its name (КБ-11, лагерь № 7, Lag No. 7), a closed town known by a city's name and a
// number (Челябинск-40, Arzamas-16: the ZATO entry's post-box names), and a union body's siglum with a republic's
// for the Union's (АН УССР: the АН СССР's siglum). The last two are inferences and say so.
import { romanize } from '../translit/romanize';
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

/** A city's name, capitalised, and a number of one to three digits after a hyphen: no siglum (КБ-11), no model (Ил-2). */
const CODE_NAME = /^(\p{Lu}\p{Ll}{3,})-(\d{1,3})$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A closed town by its code name, read as the ZATO entry says such towns were known: an inference. */
export function readClosedTown(written: string, zato: GlossaryEntry | undefined): PartsReading | undefined {
  const [, city, number] = CODE_NAME.exec(written) ?? [];
  if (!city || !number || !zato) return undefined;
  const latin = CYRILLIC.test(city) ? romanize(city, 'lc') : city;
  return {
    term: written,
    inferred: 'read by its parts',
    parts: [
      { written: city, word: latin, cyrillic: CYRILLIC.test(city) ? city : '—', english: `${latin} (a city’s name, untranslated)` },
      { written: number, word: zato.expansion, cyrillic: zato.cyrillicExpansion ?? zato.cyrillic, english: zato.english, entry: zato },
    ],
    expansion: `${latin}-${number}`,
    english: `a closed town (ZATO) known by a city’s name and a number: ${zato.english}`,
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
