// Runs of spaces and line breaks in a note become one space before parsing, with the emphasis spans moved to
// match: every later pattern then sees at most one space where the note had many, so none can rescan a run.
import type { MarkupSpan } from '../document/types';
import { rewriteText } from '../text/offsetMap';

export function collapseSpaces(text: string, emphasis: readonly MarkupSpan[]): { text: string; emphasis: MarkupSpan[] } {
  const collapsed = rewriteText(text, /\s+/g, () => ' ');
  return { text: collapsed.text, emphasis: emphasis.map(span => collapsed.map.spanToRewritten(span)) };
}
