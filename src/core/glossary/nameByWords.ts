// A name of several words the glossary lacks, in Cyrillic or romanized, every word of it a common word of Soviet bodies' and practices' names or
// of a state body's field (школы крестьянской молодежи, трудовая воспитательная колония): translated word by word and
// said to be, an inference like a reading by parts, never an entry.
import { romanize } from '../translit/romanize';
import { translateWords } from './fieldWords';
import type { PartsReading } from './readByParts';

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Words of letters, joined by a hyphen or not; no siglum, number or quotation. */
const WORDS_ONLY = /^\p{Ll}[\p{Ll}’'-]*(?:\s+[\p{L}][\p{Ll}’'-]*)+$/u;
/** A romanized Russian case ending no English word of such a name has (dobrovol’nykh, sportivnoi, obshchestvo). */
const RUSSIAN_ENDING = /(?:ykh|ikh|ogo|ego|oi|aia|iaia|ii|iia|iiu|uiu|ei|ov|ami|iami|akh|iakh|stvo|stva)$/u;

export function readNameByWords(written: string): PartsReading | undefined {
  const name = written.trim();
  if (!WORDS_ONLY.test(name.charAt(0).toLowerCase() + name.slice(1))) return undefined;
  // A Latin name must show a Russian ending: an English phrase is no romanized name, whatever stems its words begin with.
  const cyrillic = CYRILLIC.test(name);
  if (!cyrillic && !name.split(/\s+/u).some(word => RUSSIAN_ENDING.test(word.toLowerCase()))) return undefined;
  const latin = (cyrillic ? romanize(name, 'lc') : name).toLowerCase();
  const translated = translateWords(latin);
  if (!translated?.noun) return undefined;
  return {
    term: written,
    inferred: 'read by its parts',
    parts: [{ written: name, word: latin, cyrillic: cyrillic ? name : '—', english: translated.english }],
    expansion: latin,
    english: `${translated.english} (the name translated word by word, not a glossary entry)`,
  };
}
