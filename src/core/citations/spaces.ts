// Runs of spaces and line breaks in a note become one space before parsing, with the emphasis spans moved to
// match: every later pattern then sees at most one space where the note had many, so none can rescan a run.
import type { MarkupSpan } from '../document/types';

export function collapseSpaces(text: string, emphasis: readonly MarkupSpan[]): { text: string; emphasis: MarkupSpan[] } {
  const offsets = new Uint32Array(text.length + 1);
  let out = '';
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = out.length;
    const space = /\s/.test(text[i]);
    if (!(space && previousSpace)) out += space ? ' ' : text[i];
    previousSpace = space;
  }
  offsets[text.length] = out.length;
  return { text: out, emphasis: emphasis.map(s => ({ start: offsets[s.start], end: offsets[s.end] })) };
}
