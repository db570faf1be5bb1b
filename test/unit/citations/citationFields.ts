// The citations a one-note text yields, each with every field but `raw`, as the table tests compare them.
import { resolveNotes, type ArchivalOptions, type Citation } from '../../../src/core/citations';

export function citationsOf(text: string, options?: ArchivalOptions): Partial<Citation>[] {
  return resolveNotes([{ label: '1', text }], options)[0].citations.map(c => {
    const copy: Partial<Citation> = { ...c };
    delete copy.raw;
    return copy;
  });
}
