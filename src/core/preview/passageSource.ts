// Where a passage the reader selected in the rendered page lies in the Markdown source. The page describes it by
// its quote, context and position in the text as the reader sees it; anchoring finds it in the same text built
// from the source, each of whose units knows the source character it came from.
import { anchorQuote, type AnchorTarget } from '../anchoring';
import { sourceRange, type ReadingText } from './readingText';

export type PassageSource = { start: number; end: number } | { problem: string };

/** Longest quote, context or position a page may send (a whole long article, with room to spare). */
const MAX_LENGTH = 1_000_000;

export function passageSource(reading: ReadingText, target: AnchorTarget): PassageSource {
  const found = anchorQuote(reading.text, target);
  if (found.status === 'orphaned') return { problem: found.reason };
  return sourceRange(reading, found.start, found.end);
}

/** The passage a page posted, if the message holds one: a quote with its context and position. */
export function postedPassage(data: unknown): AnchorTarget | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { exact, prefix, suffix, start, end } = data as Record<string, unknown>;
  const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_LENGTH;
  const offset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -1 && v <= MAX_LENGTH;
  if (!text(exact) || !exact.trim() || !text(prefix) || !text(suffix) || !offset(start) || !offset(end)) return undefined;
  return { exact, prefix, suffix, start, end };
}
