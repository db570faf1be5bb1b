// The argument outline of an article: curated (from an argument file beside it) or derived (from its
// headings and paragraphs), with the lookups the editor needs.
import type { DocumentIndex } from '../document/documentIndex';
import type { CuratedArgument } from './curatedArgument';
import { curatedOutline } from './curatedOutline';
import { derivedOutline, derivedOutlineInTurns } from './derivedOutline';
import type { Outline } from './outline';

export type { CuratedArgument, CuratedClaim, CuratedPeriod, CuratedSection, CuratedStatement, Quote } from './curatedArgument';
export type { Outline, OutlineClaim, OutlinePeriod, OutlineSection, OutlineStatement, UnanchoredQuote } from './outline';
export { argumentFileNames, findArgument, SHARED_ARGUMENT_FILE, type FoundArgument, type ReadText } from './argumentFile';
export { parseArgument, formatProblem, fieldName, type ArgumentLoad, type ArgumentProblem } from './loadArgument';
export { curatedOutline, derivedOutline, derivedOutlineInTurns };
export { OutlineLocator, type OutlineLocation } from './outlineLocator';
export { jsonPathRange } from './jsonPathRange';
export { outlineJson, type OutlineJson } from './outlineJson';
export { topicSentence } from './topicSentence';

/** The curated outline when an argument is given, else the derived one. */
export function buildOutline(index: DocumentIndex, argument?: CuratedArgument): Outline {
  return argument ? curatedOutline(index, argument) : derivedOutline(index);
}

/** The same outline without holding the host's thread for long: the derived one is built in turns. */
export function buildOutlineInTurns(index: DocumentIndex, argument?: CuratedArgument): Promise<Outline> {
  return argument ? Promise.resolve(curatedOutline(index, argument)) : derivedOutlineInTurns(index);
}
