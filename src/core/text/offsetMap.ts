// A text rewritten piece by piece (composed to NFC, invisible characters dropped, runs of spaces made one) and
// the map between its offsets and the original's, so that what is found in the rewritten text is shown where it
// is written. Only the rewritten pieces are stored: a lookup is a binary search over them.

interface Span {
  from: number;
  to: number;
}

/** A stretch of the original that the rewrite changed, and what it became. */
interface Piece {
  original: Span;
  rewritten: Span;
}

type Side = keyof Piece;

/** Which edge of a span an offset is: a start moves past dropped characters, an end stays before them. */
export type Edge = 'start' | 'end';

export class OffsetMap {
  static readonly identity = new OffsetMap([]);

  /** `pieces` in text order, none overlapping, each changed by the rewrite. */
  private constructor(private readonly pieces: readonly Piece[]) {}

  static of(pieces: readonly Piece[]): OffsetMap {
    return pieces.length ? new OffsetMap(pieces) : OffsetMap.identity;
  }

  get isIdentity(): boolean {
    return this.pieces.length === 0;
  }

  /**
   * The offset of the original text at rewritten offset `at`. Inside a rewritten piece (between a letter and its
   * composed accent) a start goes to the piece's start and an end to its end, so a span covers whole characters.
   */
  toOriginal(at: number, edge: Edge = 'start'): number {
    return mapOffset(this.pieces, at, edge, 'rewritten', 'original');
  }

  /** The offset of the rewritten text at original offset `at`; inside a rewritten piece, its start or its end. */
  toRewritten(at: number, edge: Edge = 'start'): number {
    return mapOffset(this.pieces, at, edge, 'original', 'rewritten');
  }

  /** A span found in the rewritten text, moved to where it is written. */
  spanToOriginal<T extends { start: number; end: number }>(span: T): T {
    if (this.isIdentity) return span;
    const start = this.toOriginal(span.start, 'start');
    return { ...span, start, end: Math.max(start, this.toOriginal(span.end, 'end')) };
  }

  /** A span of the original, moved into the rewritten text. */
  spanToRewritten<T extends { start: number; end: number }>(span: T): T {
    if (this.isIdentity) return span;
    const start = this.toRewritten(span.start, 'start');
    return { ...span, start, end: Math.max(start, this.toRewritten(span.end, 'end')) };
  }
}

/** Offset `at` of one side moved to the other: unchanged stretches shift, pieces map edge to edge. */
function mapOffset(pieces: readonly Piece[], at: number, edge: Edge, from: Side, to: Side): number {
  const i = firstIndex(pieces, piece => piece[from].to >= at);
  const piece = pieces[i];
  if (!piece || at < piece[from].from) {
    const before = pieces[i - 1];
    return before ? before[to].to + (at - before[from].to) : at;
  }
  const { from: start, to: end } = piece[from];
  if (at > start && at < end) return edge === 'start' ? piece[to].from : piece[to].to;
  if (edge === 'end') return at === start ? piece[to].from : piece[to].to;
  // A start steps over every piece that is empty here (characters the rewrite dropped).
  let mapped = at === start ? piece[to].from : piece[to].to;
  for (let j = at === start ? i : i + 1; j < pieces.length && pieces[j][from].from === at && pieces[j][from].to === at && pieces[j][to].from === mapped; j++) {
    mapped = pieces[j][to].to;
  }
  return mapped;
}

/** The index of the first piece for which `holds` (which, once true, stays true); `pieces.length` if none. */
function firstIndex(pieces: readonly Piece[], holds: (piece: Piece) => boolean): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(pieces[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface RewrittenText {
  text: string;
  map: OffsetMap;
}

/** Replaces every match of `pattern` (a global RegExp) by `replace(match)`; a match left as it is costs no piece. */
export function rewriteText(text: string, pattern: RegExp, replace: (match: string) => string): RewrittenText {
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let copied = 0;
  let shift = 0;
  for (const match of text.matchAll(pattern)) {
    const written = match[0];
    const rewritten = replace(written);
    if (rewritten === written) continue;
    const from = match.index;
    const to = from + written.length;
    parts.push(text.slice(copied, from), rewritten);
    pieces.push({ original: { from, to }, rewritten: { from: from + shift, to: from + shift + rewritten.length } });
    shift += rewritten.length - written.length;
    copied = to;
  }
  if (!pieces.length) return { text, map: OffsetMap.identity };
  parts.push(text.slice(copied));
  return { text: parts.join(''), map: OffsetMap.of(pieces) };
}
