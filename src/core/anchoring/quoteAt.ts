// Describes a passage of a text so it can be found again: the quote and its surrounding context.
import type { AnchorTarget } from './types';

/** Characters of context kept on each side of a quote (the W3C TextQuoteSelector convention). */
export const CONTEXT_LENGTH = 32;

/** The anchor target for text[start, end) (UTF-16 offsets), never splitting a surrogate pair in the context. */
export function quoteAt(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): AnchorTarget {
  let prefixStart = Math.max(0, start - contextLength);
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0) prefixStart--;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd < text.length) suffixEnd++;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
