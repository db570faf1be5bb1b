// What `opis explain` answers for a term as a reader copies it out of a text, in either script and in the form the
// sentence gives it: the entry of that form; else of its romanization (Политбюро → Politbiuro, колхоза → kolkhoza);
// else of the word without a case ending or an English plural (kolkhoznika → kolkhoznik, Otkhodniks → otkhodnik);
// else the entry a spelled-out name in another case expands (машинно-тракторные станции → MTS); else each entry
// the phrase holds (ЦК ВКП(б) → TsK, VKP(b)).
import { romanize } from '../translit/romanize';
import { caseStems } from '../translit/lexicon';
import type { Glossary } from './glossary';
import type { GlossaryEntry } from './types';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ONE_WORD = /^[\p{L}’'-]+$/u;

/** The term as written, then (for Cyrillic) its Library of Congress romanization, which the glossary's terms use. */
function spellings(term: string): string[] {
  return CYRILLIC.test(term) ? [term, romanize(term, 'lc')] : [term];
}

/** A single word's forms without a Russian case ending or an English plural, longest first. */
function baseForms(word: string): string[] {
  if (!ONE_WORD.test(word)) return [];
  const lower = word.toLowerCase();
  const plural = /[^s]s$/.test(lower) ? [lower.slice(0, -1)] : [];
  return [...plural, ...caseStems(lower)];
}

/** Lower case, ё as е (Russian commonly prints е for it). */
const words = (text: string) => text.toLowerCase().replace(/ё/g, 'е').split(/\s+/).filter(Boolean);

/** Two forms of one word: the same, or differing at most in an ending of three letters after a common start of four. */
function inflected(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 4 && Math.max(a.length, b.length) - common <= 3;
}

/** The entry whose expansion (Latin or Cyrillic) the phrase spells out word by word, in any case. */
function byExpansion(glossary: Glossary, phrase: string): GlossaryEntry | undefined {
  const want = words(phrase);
  if (want.length < 2) return undefined;
  return glossary.entries.find(entry =>
    [entry.expansion, entry.cyrillicExpansion].some(expansion => {
      const have = expansion ? words(expansion) : [];
      return have.length === want.length && have.every((word, i) => inflected(word, want[i]));
    }),
  );
}

/** The entries that explain a term: one for a term the glossary holds in some form, each part's for a phrase. */
export function explainTerm(glossary: Glossary, written: string): GlossaryEntry[] {
  const term = written.trim();
  if (!term) return [];
  const forms = spellings(term);
  for (const form of forms) {
    const entry = glossary.lookup(form) ?? baseForms(form).map(base => glossary.lookup(base)).find(e => e !== undefined);
    if (entry) return [entry];
  }
  const spelledOut = byExpansion(glossary, term);
  if (spelledOut) return [spelledOut];
  for (const form of forms) {
    const parts = [...new Set(glossary.findAll(form).map(m => m.entry))];
    if (parts.length) return parts;
  }
  return [];
}
