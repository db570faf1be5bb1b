// What the semantic highlighting of a text marks: romanized-Russian words, glossary terms and officials' names,
// as single-line spans in document order. Where two overlap the more specific wins (an official's name over a
// glossary term over a merely romanized word), so one word never gets two colours.
import { LineIndex } from '../text/range';

export type HighlightKind = 'officialName' | 'glossaryTerm' | 'romanizedRussian';

/** Most specific first: the order in which overlapping spans are kept. */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['officialName', 'glossaryTerm', 'romanizedRussian'];

export interface Span {
  /** UTF-16 offsets; end exclusive. */
  start: number;
  end: number;
}

export interface Highlight {
  line: number;
  character: number;
  length: number;
  kind: HighlightKind;
}

/** The spans kept where kinds overlap (the more specific wins), in text order, each with its kind. */
export function mostSpecific<S extends Span>(spans: Partial<Record<HighlightKind, readonly S[]>>): Array<S & { kind: HighlightKind }> {
  const kept: Array<S & { kind: HighlightKind }> = [];
  const taken: Span[] = []; // sorted by start, non-overlapping
  for (const kind of HIGHLIGHT_KINDS) {
    for (const span of spans[kind] ?? []) {
      if (span.end <= span.start || overlaps(taken, span)) continue;
      insertSorted(taken, span);
      kept.push({ ...span, kind });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function highlights(text: string, spans: Partial<Record<HighlightKind, readonly Span[]>>): Highlight[] {
  const kept = mostSpecific(spans);
  const lines = new LineIndex(text);
  const out: Highlight[] = [];
  for (const span of kept) {
    const start = lines.positionAt(span.start);
    const end = lines.positionAt(span.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : lines.lineText(line).length;
      if (to > from) out.push({ line, character: from, length: to - from, kind: span.kind });
    }
  }
  return out;
}

/** Binary search for a taken span that intersects `span`. */
function overlaps(taken: readonly Span[], span: Span): boolean {
  const i = firstEndingAfter(taken, span.start);
  return i < taken.length && taken[i].start < span.end;
}

function insertSorted(taken: Span[], span: Span): void {
  taken.splice(firstEndingAfter(taken, span.start), 0, span);
}

/** Index of the first span whose end is after `offset` (spans are disjoint, so ends are sorted too). */
function firstEndingAfter(taken: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
