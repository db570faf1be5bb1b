// What the index cache keeps of a file's sources: each note as one array, and each citation without the words it
// was read from when the text at its place gives them back, which a start reads anyway. A file's sources otherwise
// weigh about as much as its text (the largest part of the persisted index); packed, about two thirds.
import type { ResolvedCitation } from '../citations';
import type { FileSources, SourceNote, Span } from './fileSources';

/** [label, marker start, end, reference start, end (-1 without one), citations, their places as start, end pairs]. */
type PackedNote = [string, number, number, number, number, Partial<ResolvedCitation>[], number[]];

export function packSources(sources: FileSources, text: string): PackedNote[] {
  return sources.notes.map(note => {
    const at = note.at.flat();
    const resolved = note.resolved.map((citation, i) => {
      if (text.slice(at[2 * i], at[2 * i + 1]) !== citation.raw) return citation;
      const { raw: _, ...rest } = citation;
      return rest;
    });
    const [referenceStart, referenceEnd] = note.reference ?? [-1, -1];
    return [note.label, ...note.marker, referenceStart, referenceEnd, resolved, at] as PackedNote;
  });
}

/** The sources again from what `packSources` kept and the file's text; undefined when the kept form is damaged. */
export function unpackSources(kept: unknown, text: string): FileSources | undefined {
  if (!Array.isArray(kept)) return undefined;
  const inText = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= text.length;
  const span = (start: number, end: number): Span | undefined => (start <= end ? [start, end] : undefined);
  const notes: SourceNote[] = [];
  for (const item of kept) {
    const [label, markerStart, markerEnd, referenceStart, referenceEnd, resolved, at] = Array.isArray(item) ? item : [];
    if (typeof label !== 'string' || !inText(markerStart) || !inText(markerEnd) || !Array.isArray(resolved) || !Array.isArray(at)) return undefined;
    if (at.length !== 2 * resolved.length || !at.every(inText) || !(referenceStart === -1 || (inText(referenceStart) && inText(referenceEnd)))) return undefined;
    const marker = span(markerStart, markerEnd);
    const reference = referenceStart === -1 ? undefined : span(referenceStart, referenceEnd);
    const places = Array.from({ length: resolved.length }, (_, i) => span(at[2 * i], at[2 * i + 1]));
    if (!marker || (referenceStart !== -1 && !reference) || !places.every(p => p !== undefined)) return undefined;
    const citations: ResolvedCitation[] = [];
    for (const [i, citation] of resolved.entries()) {
      if (typeof citation !== 'object' || citation === null) return undefined;
      citations.push({ ...citation, raw: typeof citation.raw === 'string' ? citation.raw : text.slice(at[2 * i], at[2 * i + 1]) } as ResolvedCitation);
    }
    notes.push({ label, marker, ...(reference && { reference }), resolved: citations, at: places as Span[] });
  }
  return { notes };
}
