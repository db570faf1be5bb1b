// Between annotations (code points, as stored) and anchoring (UTF-16, as editors and JavaScript count).
import { anchorQuote, quoteAt, type AnchorResult, type AnchorTarget } from '../anchoring';
import { CodePointIndex } from './codePoints';
import type { Annotation } from './model';

/** The quote and position to store for text[start, end) (UTF-16 offsets). */
export function selectorsAt(text: string, start: number, end: number, index = new CodePointIndex(text)): Pick<Annotation, 'quote' | 'position'> {
  const { exact, prefix, suffix } = quoteAt(text, start, end);
  return { quote: { exact, prefix, suffix }, position: { start: index.toCodePoint(start), end: index.toCodePoint(end) } };
}

/** The annotation as an anchoring target in the UTF-16 offsets of `text`. */
export function anchorTargetOf(annotation: Annotation, index: CodePointIndex): AnchorTarget {
  const { start, end } = annotation.position;
  return { ...annotation.quote, start: start < 0 ? -1 : index.toUtf16(start), end: end < 0 ? -1 : index.toUtf16(end) };
}

/** Finds the annotation's passage in `text` (UTF-16 offsets in the result). */
export function anchorAnnotation(text: string, annotation: Annotation, index = new CodePointIndex(text)): AnchorResult {
  return anchorQuote(text, anchorTargetOf(annotation, index));
}
