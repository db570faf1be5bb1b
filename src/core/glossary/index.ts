// The glossary of archive sigla, citation abbreviations and Soviet terms.
export { Glossary, mergeGlossaryEntries } from './glossary';
export { parseGlossary, type ParsedGlossary } from './parseGlossary';
export { GLOSSARY_FILE, WORKSPACE_GLOSSARY, glossaryEntriesInTurns, glossaryFromSources, type GlossarySource, type LoadedGlossary } from './glossarySources';
export type { GlossaryEntry, GlossaryKind, GlossaryMatch } from './types';
export { explainTerm, wordGloss, wordGlossBefore, wordReading, type Explanation } from './explain';
export { isReading, type PartsReading, type WordPart } from './readByParts';
