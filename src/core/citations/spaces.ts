// Runs of spaces and line breaks in a note become one space before parsing, with the emphasis spans moved to
// match: every later pattern then sees at most one space where the note had many, so none can rescan a run.
import type { MarkupSpan } from '../document/types';

export function collapseSpaces(text: string, emphasis: readonly MarkupSpan[]): { text: string; emphasis: MarkupSpan[] } {
  const runs = [...text.matchAll(/\s+/g)].filter(m => m[0] !== ' ');
  if (!runs.length) return { text, emphasis: [...emphasis] };
  /** Where an offset of the written text lands once every run before it is one space. */
  const moved = (offset: number) => {
    let removed = 0;
    for (const run of runs) {
      const start = run.index ?? 0;
      if (start >= offset) break;
      removed += Math.min(offset - start, run[0].length) - 1;
    }
    return offset - Math.max(0, removed);
  };
  return { text: text.replace(/\s+/g, ' '), emphasis: emphasis.map(s => ({ start: moved(s.start), end: moved(s.end) })) };
}
