// Highlights the annotated passages in the page, as Hypothesis anchors in a DOM: each passage's quote, context
// and position (in the text as the reader sees it, sent by the host) are matched against the page's own text with
// the core's anchoring, and the text nodes of what is found are wrapped in <mark> elements that name the
// annotation's card, which the popover shows on hover.
import { anchorQuote, type AnchorTarget } from '../core/anchoring/index';
import { locate, pageText, textNodes } from './pageText';

export interface PageAnnotation {
  id: string;
  colour: string;
  card: string;
  target: AnchorTarget;
}

const MARK = 'opis-annotation';
/** Elements between which a white-space node separates blocks: highlighting it would colour the gap. */
const CONTAINERS = new Set(['BLOCKQUOTE', 'DIV', 'DL', 'OL', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL']);

/** The annotations the host embedded in the page (an escaped JSON attribute), or none when it holds none. */
export function embeddedAnnotations(root: ParentNode): PageAnnotation[] {
  const json = root.querySelector('.opis-annotations')?.getAttribute('data-opis-annotations');
  if (!json) return [];
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter(isPageAnnotation) : [];
  } catch {
    return [];
  }
}

function isPageAnnotation(a: unknown): a is PageAnnotation {
  const { id, colour, card, target } = (a ?? {}) as Partial<PageAnnotation>;
  return typeof id === 'string' && typeof colour === 'string' && /^[a-z]+$/.test(colour) && typeof card === 'string' && typeof target?.exact === 'string' && typeof target.prefix === 'string' && typeof target.suffix === 'string' && typeof target.start === 'number' && typeof target.end === 'number';
}

/** Takes out the marks of an earlier highlighting, joining the text they had split. */
export function clearHighlights(root: Element): void {
  for (const mark of root.querySelectorAll(`mark.${MARK}`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}

/** Highlights each annotation's passage; returns the ids of those not found in the page. */
export function highlight(root: Element, annotations: readonly PageAnnotation[]): string[] {
  clearHighlights(root);
  if (!annotations.length) return [];
  const page = pageText(root);
  const missing: string[] = [];
  for (const annotation of annotations) {
    const found = anchorQuote(page.text, annotation.target);
    if (found.status === 'orphaned' || found.end <= found.start) {
      missing.push(annotation.id);
      continue;
    }
    wrap(root, page.raw[found.start], page.raw[found.end - 1] + 1, annotation);
  }
  return missing;
}

/** Wraps the raw text [start, end) in marks, one per text node it covers. */
function wrap(root: Element, start: number, end: number, annotation: PageAnnotation): void {
  const nodes = textNodes(root);
  const first = locate(nodes, start);
  const last = locate(nodes, end, true);
  if (!first || !last) return;
  const from = nodes.nodes.indexOf(first.node);
  const to = nodes.nodes.indexOf(last.node);
  for (let i = from; i <= to; i++) {
    let node = nodes.nodes[i];
    const s = i === from ? first.offset : 0;
    const e = i === to ? last.offset : node.data.length;
    if (e <= s) continue;
    if (!node.data.slice(s, e).trim() && CONTAINERS.has(node.parentElement?.tagName ?? '')) continue;
    if (s > 0) node = node.splitText(s);
    if (e - s < node.data.length) node.splitText(e - s);
    const mark = document.createElement('mark');
    mark.className = `${MARK} ${MARK}-${annotation.colour}`;
    mark.dataset.opisAnnotation = annotation.id;
    mark.dataset.opisCard = annotation.card;
    node.replaceWith(mark);
    mark.appendChild(node);
  }
}
