// Transliteration: Cyrillic ↔ the romanizations of English-language scholarship, the spelling-blind name key,
// and the detector of romanized Russian in English text.
export type { System } from './system';
export { SYSTEMS } from './system';
export { romanize } from './romanize';
export { prepareGivenNamesInTurns } from './givenNames';
export { ambiguousWords, toCyrillic, type AmbiguousWord } from './toCyrillic';
export { skeleton } from './skeleton';
export { detectRomanized, readWords, type RomanizedWord, type DetectOptions, type WordReading } from './detect';
export { Lexicon, caseStems, type LexiconEntry } from './lexicon';
export { ambiguousInText, convertText, isTarget, TARGETS, type Target } from './convert';
export { CorpusSpellings, findInconsistencies, inconsistenciesAmong, spellingsOf, type Inconsistency, type Spellings } from './consistency';
export { isSpellingsRecord, spellingsFromRecord, spellingsToRecord, type SpellingsRecord } from './spellingsRecord';
export { highlights, mostSpecific, HIGHLIGHT_KINDS, type Highlight, type HighlightKind, type Span } from './highlights';
export { analyseText, analyseTextAsync, type TextAnalysis, type TextSources } from './textAnalysis';
export { quotedContext, type QuotedContext } from './quotedSpelling';
