// The text of the rendered article as the reader sees it, read from the page the way the host builds it from the
// source (src/core/preview/readingText.ts): note references, the notes' links back and Opis's hidden parts left
// out, each run of white space and each boundary between blocks one space. Each unit keeps its offset in the
// page's raw text (the text nodes read, end to end), which wrapping passages in <mark> elements does not change.
import { firstAtOrAfter } from '../core/text/sortedSearch';

const SKIPPED = '.footnote-ref, .footnote-backref, .opis-cards, .opis-annotations, script, style, template, [hidden]';
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
const SPACE = /\s/;

export interface PageText {
  text: string;
  /** Raw offset of each unit of `text`, ascending. */
  raw: number[];
}

/** The text nodes read, in order, with the raw offset each starts at. */
export interface TextNodes {
  nodes: Text[];
  starts: number[];
  length: number;
}

function walk(root: Node, onText: (node: Text) => void, onBlock: () => void): void {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      onText(child as Text);
    } else if (child instanceof Element && !child.matches(SKIPPED)) {
      const block = BLOCKS.has(child.tagName);
      if (block) onBlock();
      walk(child, onText, onBlock);
      if (block) onBlock();
    }
  }
}

export function pageText(root: Element): PageText {
  let text = '';
  const raw: number[] = [];
  let offset = 0;
  let space = false;
  walk(
    root,
    node => {
      const value = node.data;
      for (let i = 0; i < value.length; i++) {
        if (SPACE.test(value[i])) {
          space = true;
          continue;
        }
        if (space && text) {
          text += ' ';
          raw.push(offset + i);
        }
        space = false;
        text += value[i];
        raw.push(offset + i);
      }
      offset += value.length;
    },
    () => {
      space = true;
    },
  );
  return { text, raw };
}

export function textNodes(root: Element): TextNodes {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  walk(
    root,
    node => {
      nodes.push(node);
      starts.push(length);
      length += node.data.length;
    },
    () => undefined,
  );
  return { nodes, starts, length };
}

/** The text node holding raw offset `offset` (or ending at it, with `atEnd`) and the offset inside it. */
export function locate(found: TextNodes, offset: number, atEnd = false): { node: Text; offset: number } | undefined {
  let lo = 0;
  let hi = found.nodes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (found.starts[mid] < offset || (!atEnd && found.starts[mid] === offset)) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best < 0) return undefined;
  return { node: found.nodes[best], offset: offset - found.starts[best] };
}

/** The raw offset of a boundary point of a DOM range: the next text node read when the point is between nodes. */
export function rawOffsetOf(found: TextNodes, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const i = found.nodes.indexOf(container as Text);
    if (i >= 0) return found.starts[i] + Math.min(offset, (container as Text).data.length);
  }
  const point = document.createRange();
  point.setStart(container, offset);
  let lo = 0;
  let hi = found.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(found.nodes[mid], 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < found.nodes.length ? found.starts[lo] : found.length;
}

/** First unit of the text at or after raw offset `offset`. */
export function unitAt(page: PageText, offset: number): number {
  return firstAtOrAfter(page.raw, offset);
}
