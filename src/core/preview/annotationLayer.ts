// The annotations of the previewed document as the preview's script needs them: each passage described in the
// reading text (quote, context and position, as W3C selectors), the stem of its category's colour and the id of
// its card. The list goes as escaped JSON in a hidden element at the end of the document; the script finds each
// passage in the page and wraps it in <mark> elements (src/webview/annotationMarks.ts).
import { quoteAt, type AnchorTarget } from '../anchoring';
import { categoryStem, type Annotation } from '../annotations';
import { escapeHtml } from '../cards';
import type { CardSet } from './cardSet';
import { readingRange, type ReadingText } from './readingText';

/** An annotation with its passage in the source (UTF-16 offsets of the document as rendered). */
export interface SourceAnnotation {
  annotation: Annotation;
  start: number;
  end: number;
}

export interface PreviewAnnotation {
  id: string;
  /** `opis.annotation.<colour>Background` is its highlight. */
  colour: string;
  /** Id of its card among the preview's cards. */
  card: string;
  /** The passage in the reading text. */
  target: AnchorTarget;
}

export const ANNOTATIONS_ATTRIBUTE = 'data-opis-annotations';

/**
 * The annotations whose passage the reader sees, in the order of their passages. `passages` is this version's
 * reading text, or, while it is being made, the passages found in an earlier version by annotation id: the page's
 * script finds a passage by its quote and context, so an edit elsewhere does not lose it.
 */
export function previewAnnotations(passages: ReadingText | ReadonlyMap<string, AnchorTarget>, placed: readonly SourceAnnotation[], cards: CardSet): PreviewAnnotation[] {
  const out: PreviewAnnotation[] = [];
  for (const { annotation, start, end } of placed) {
    const target = 'blocks' in passages ? passageIn(passages, start, end) : passages.get(annotation.id);
    if (!target) continue;
    out.push({
      id: annotation.id,
      colour: categoryStem(annotation.category),
      card: cards.idOf(`annotation:${annotation.id}`, () => annotationCardHtml(annotation)),
      target,
    });
  }
  return out.sort((a, b) => a.target.start - b.target.start);
}

function passageIn(reading: ReadingText, start: number, end: number): AnchorTarget | undefined {
  const range = readingRange(reading, start, end);
  return range && quoteAt(reading.text, range.start, range.end);
}

/** Category, tags, author, the note as text (never markup) and the number of replies. */
export function annotationCardHtml(annotation: Annotation): string {
  const tags = annotation.tags.map(t => ` <code>${escapeHtml(t)}</code>`).join('');
  const author = annotation.creator ? ` · ${escapeHtml(annotation.creator)}` : '';
  const note = annotation.note ? `<p class="opis-annotation-note">${escapeHtml(annotation.note)}</p>` : '<p><em>No note.</em></p>';
  const count = annotation.replies.length;
  const replies = count ? `<p><em>${count} repl${count === 1 ? 'y' : 'ies'}</em></p>` : '';
  return `<p><strong>${escapeHtml(annotation.category)}</strong>${tags ? ` ·${tags}` : ''}${author}</p>${note}${replies}`;
}

/** The list as a hidden element, its JSON escaped into an attribute. */
export function previewAnnotationsHtml(list: readonly PreviewAnnotation[]): string {
  return list.length ? `<div class="opis-annotations" hidden ${ANNOTATIONS_ATTRIBUTE}="${escapeHtml(JSON.stringify(list))}"></div>` : '';
}
