// The spellings a reader may type for an official, generated from the Cyrillic by the transliteration engine
// (Library of Congress, BGN/PCGN, ISO 9, popular English) next to the article's own spelling and the few
// curated English forms of the data file.
import { romanize, SYSTEMS } from '../translit';
import { cyrillicSurname, givenNames, type Official } from './model';
import { russianReadings } from './russianReadings';

export interface Spellings {
  /** Surname spellings, the article's first. */
  surnames: string[];
  /** Given names and patronymics in every spelling. */
  given: string[];
  /** How Russian writes a surname the text gives no Cyrillic for (Roosevelt: ruzevelt, Рузвельт), found but never
   * shown as a spelling. */
  readings: string[];
}

export function spellingsOf(official: Official): Spellings {
  const cyrillicWords = official.cyrillic.trim().split(/\s+/);
  const cyrillicGiven = cyrillicWords.slice(0, -1).filter(word => !word.endsWith('.'));
  const surnames = [official.surname, ...(official.englishForms ?? []), ...romanizations(cyrillicSurname(official))];
  const given = [...givenNames(official), ...cyrillicGiven.flatMap(romanizations)];
  const readings = official.cyrillic.trim() ? [] : russianReadings(official.surname);
  return { surnames: unique(surnames), given: unique(given), readings };
}

// Rosters repeat names (given names above all), and romanizing is the bulk of building a search index.
const romanized = new Map<string, string[]>();

function romanizations(cyrillic: string): string[] {
  let forms = romanized.get(cyrillic);
  if (!forms) {
    forms = SYSTEMS.map(system => romanize(cyrillic, system));
    romanized.set(cyrillic, forms);
  }
  return forms;
}

function unique(words: string[]): string[] {
  return [...new Set(words.filter(word => word.length > 0))];
}
