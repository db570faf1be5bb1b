// Finds a stored passage in a (possibly edited) text. In order: the stored position if the quote is still
// there; the exact quote, preferring the occurrence whose context matches and which lies nearest the old
// position; otherwise approximate matches of the quote, scored on quote, prefix, suffix and position.
// A weak or ambiguous best match makes the passage an orphan: a wrong anchor is worse than none.
import { approximateSearch } from './approximateSearch';
import { similarity } from './similarity';
import type { AnchorResult, AnchorTarget } from './types';

/** Lowest similarity of the found text to the stored quote (so at most a quarter of it may differ). */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** Lowest overall score of an accepted match. */
export const MIN_SCORE = 0.75;
/** Context this similar confirms a candidate (unrelated 32-character contexts score about 0.1–0.3). */
const CONFIRMING_CONTEXT = 0.5;
/**
 * Quotes shorter than this occur by chance, so they are accepted only where their context confirms them; a
 * quote at least this long that occurs exactly once is accepted even where its context changed (a moved
 * passage, or edits right beside it).
 */
const DISTINCTIVE_QUOTE = 20;
/** A match near the old position scoring this well is taken without searching the whole text. */
const CONFIDENT_SCORE = 0.9;
/** Units searched on each side of the old position before the whole text. */
const NEAR_WINDOW = 4096;
/** Bounds the work for very common short quotes. */
const MAX_OCCURRENCES = 1000;
const WEIGHT = { quote: 0.6, context: 0.3, position: 0.1 };

interface Candidate {
  start: number;
  end: number;
  quote: number;
  /** Undefined when the stored quote has no context to compare. */
  context: number | undefined;
  score: number;
}

export function anchorQuote(text: string, target: AnchorTarget): AnchorResult {
  const { exact } = target;
  if (!exact) return { status: 'orphaned', reason: 'the stored quote is empty' };
  if (target.start >= 0 && text.startsWith(exact, target.start)) {
    return { status: 'anchored', start: target.start, end: target.start + exact.length, method: 'position', score: 1 };
  }

  // After an edit elsewhere the passage has usually moved a little: the nearest occurrence whose context
  // confirms it is then the answer, without scanning the whole text.
  const nearby = best(occurrences(text, exact, target.start - NEAR_WINDOW, target.start + exact.length + NEAR_WINDOW).map(start => scoreCandidate(text, target, start, start + exact.length, 0)));
  if (nearby && (nearby.context ?? 0) >= CONFIRMING_CONTEXT) return anchored(nearby, 'exact');

  const exactMatches = occurrences(text, exact).map(start => scoreCandidate(text, target, start, start + exact.length, 0));
  const bestExact = best(exactMatches);
  if (bestExact && (bestExact.context ?? 0) >= CONFIRMING_CONTEXT) return anchored(bestExact, 'exact');

  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  const near = acceptable(best([...exactMatches, ...approximate(text, target, maxErrors, true)]), exact.length);
  if (near && near.score >= CONFIDENT_SCORE) return anchored(near, near.quote === 1 ? 'exact' : 'approximate');
  const anywhere = acceptable(best([...exactMatches, ...approximate(text, target, maxErrors, false)]), exact.length);
  if (anywhere) return anchored(anywhere, anywhere.quote === 1 ? 'exact' : 'approximate');
  if (exactMatches.length === 1 && exact.length >= DISTINCTIVE_QUOTE) return anchored(exactMatches[0], 'exact');

  if (exactMatches.length > 1) return { status: 'orphaned', reason: `the quote occurs ${exactMatches.length} times and its context matches none of them` };
  if (exactMatches.length === 1) return { status: 'orphaned', reason: 'the quote occurs elsewhere, but too short to be sure and without its context' };
  return { status: 'orphaned', reason: 'no passage similar enough to the quote' };
}

function anchored(c: Candidate, method: 'exact' | 'approximate'): AnchorResult {
  return { status: 'anchored', start: c.start, end: c.end, method, score: round(c.score) };
}

function acceptable(c: Candidate | undefined, quoteLength: number): Candidate | undefined {
  if (!c || c.quote < MIN_QUOTE_SIMILARITY || c.score < MIN_SCORE) return undefined;
  if (quoteLength < DISTINCTIVE_QUOTE && (c.context ?? 0) < CONFIRMING_CONTEXT) return undefined;
  return c;
}

function best(candidates: Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

/** Starts of the quote within text[from, to), in order. */
function occurrences(text: string, exact: string, from = 0, to = text.length): number[] {
  const lo = Math.max(0, from);
  const region = lo === 0 && to >= text.length ? text : text.slice(lo, Math.min(text.length, to));
  const found: number[] = [];
  for (let i = region.indexOf(exact); i !== -1 && found.length < MAX_OCCURRENCES; i = region.indexOf(exact, i + 1)) found.push(lo + i);
  return found;
}

function approximate(text: string, target: AnchorTarget, maxErrors: number, nearOnly: boolean): Candidate[] {
  if (maxErrors === 0) return [];
  const from = nearOnly ? Math.max(0, target.start - NEAR_WINDOW) : 0;
  const to = nearOnly ? Math.min(text.length, target.start + target.exact.length + NEAR_WINDOW) : text.length;
  return approximateSearch(text, target.exact, maxErrors, from, to).map(m => scoreCandidate(text, target, m.start, m.end, m.errors));
}

function scoreCandidate(text: string, target: AnchorTarget, start: number, end: number, errors: number): Candidate {
  const quote = 1 - errors / target.exact.length;
  const context = contextSimilarity(text, target, start, end);
  const position = 1 - Math.min(1, Math.abs(start - target.start) / Math.max(1, text.length));
  const score =
    context === undefined
      ? (WEIGHT.quote * quote + WEIGHT.position * position) / (WEIGHT.quote + WEIGHT.position)
      : WEIGHT.quote * quote + WEIGHT.context * context + WEIGHT.position * position;
  return { start, end, quote, context, score };
}

/** Similarity of the stored prefix and suffix to the text around a candidate, weighted by their lengths. */
function contextSimilarity(text: string, target: AnchorTarget, start: number, end: number): number | undefined {
  const { prefix, suffix } = target;
  if (!prefix && !suffix) return undefined;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return (similarity(prefix, before) * prefix.length + similarity(suffix, after) * suffix.length) / (prefix.length + suffix.length);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
