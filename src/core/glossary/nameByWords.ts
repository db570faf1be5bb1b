// A name of several words the glossary lacks, every word of it a common word of Soviet bodies' and practices' names or
// of a state body's field (школы крестьянской молодежи, трудовая воспитательная колония): translated word by word and
// said to be, an inference like a reading by parts, never an entry.
import { romanize } from '../translit/romanize';
import { translateWords } from './fieldWords';
import type { PartsReading } from './readByParts';

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Words of letters, joined by a hyphen or not; no siglum, number or quotation. */
const WORDS_ONLY = /^\p{Ll}[\p{Ll}-]*(?:\s+[\p{L}][\p{Ll}-]*)+$/u;

export function readNameByWords(written: string): PartsReading | undefined {
  const name = written.trim();
  // Cyrillic only: an English phrase is no romanized name, whatever stems its words begin with.
  if (!CYRILLIC.test(name) || !WORDS_ONLY.test(name.charAt(0).toLowerCase() + name.slice(1))) return undefined;
  const latin = romanize(name, 'lc').toLowerCase();
  const translated = translateWords(latin);
  if (!translated?.noun) return undefined;
  return {
    term: written,
    inferred: 'read by its parts',
    parts: [{ written: name, word: latin, cyrillic: name, english: translated.english }],
    expansion: latin,
    english: `${translated.english} (the name translated word by word, not a glossary entry)`,
  };
}
