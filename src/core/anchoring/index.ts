// Text anchoring: find a quoted passage again after its text changed, and follow it through live edits.
export type { AnchorMethod, AnchorResult, AnchorTarget, OffsetRange, TextChange, TextQuote } from './types';
export { anchorQuote, MIN_QUOTE_SIMILARITY, MIN_SCORE } from './anchor';
export { approximateSearch, type ApproximateMatch } from './approximateSearch';
export { applyChange, applyChanges } from './rangeTracker';
export { CONTEXT_LENGTH, quoteAt } from './quoteAt';
export { editDistance, similarity } from './similarity';
