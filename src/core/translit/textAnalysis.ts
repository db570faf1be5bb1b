// What transliteration-aware highlighting finds in a text: romanized-Russian words, glossary matches (not the
// bare citation abbreviations, which the grammar colours) and officials' mentions.
import type { Glossary, GlossaryMatch } from '../glossary';
import type { Mention, MentionFinder } from '../officials/mentions';
import { detectRomanized, type RomanizedWord } from './detect';
import type { Lexicon } from './lexicon';

export interface TextSources {
  lexicon: Lexicon;
  glossary: Glossary;
  /** Absent when the corpus has no officials file. */
  officials?: MentionFinder;
}

export interface TextAnalysis {
  romanized: RomanizedWord[];
  glossary: GlossaryMatch[];
  officials: Mention[];
}

export function analyseText(text: string, sources: TextSources): TextAnalysis {
  return {
    romanized: detectRomanized(text, { lexicon: sources.lexicon }),
    glossary: sources.glossary.findAll(text).filter(m => m.entry.kind !== 'abbreviation'),
    officials: sources.officials?.find(text) ?? [],
  };
}
