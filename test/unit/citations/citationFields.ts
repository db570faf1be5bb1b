// The citations a one-note text yields, each with every field but `raw`, as the table tests compare them; and the
// resolved citations of a run of notes, each with the number of its note.
import { resolveNotes, type ArchivalOptions, type Citation, type ResolvedCitation } from '../../../src/core/citations';

export function citationsOf(text: string, options?: ArchivalOptions): Partial<Citation>[] {
  return resolveNotes([{ label: '1', text }], options)[0].citations.map(c => {
    const copy: Partial<Citation> = { ...c };
    delete copy.raw;
    return copy;
  });
}

export type ReadNote = Partial<ResolvedCitation> & { note: number };

/** The resolved citations of notes labelled 1, 2, …, each with every field but `raw` and its note's number. */
export function readNotes(texts: string[]): ReadNote[] {
  return resolveNotes(texts.map((text, i) => ({ label: String(i + 1), text }))).flatMap((n, i) =>
    n.resolved.map(r => {
      const copy: ReadNote = { note: i + 1, ...r };
      delete copy.raw;
      return copy;
    }),
  );
}
