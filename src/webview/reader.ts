// The Opis Reader's page: the article as the Markdown preview renders it, its annotated passages highlighted, and
// an Annotate button beside a selection, which sends the host the passage (quote, context and position in the
// text as the reader sees it) to annotate in the source. The host sends new content after each change.
import { quoteAt } from '../core/anchoring/quoteAt';
import { embeddedAnnotations, highlight } from './annotationMarks';
import { pageText, rawOffsetOf, textNodes, unitAt } from './pageText';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.querySelector('.markdown-body') as HTMLElement;
const canAnnotate = document.body.dataset.opisAnnotate === 'true';
let selected: Range | undefined;

function refresh(): void {
  highlight(root, embeddedAnnotations(root));
}

window.addEventListener('message', (event: MessageEvent<{ type?: string; html?: unknown }>) => {
  if (event.data?.type !== 'update' || typeof event.data.html !== 'string') return;
  // The page's policy admits only this page's own scripts: corpus markup cannot run or load anything.
  root.innerHTML = event.data.html;
  refresh();
});

const button = document.createElement('button');
button.className = 'opis-annotate-button';
button.type = 'button';
button.textContent = 'Annotate';
button.title = 'Annotate the selected passage in its source';
button.hidden = true;
document.body.appendChild(button);

/** The passage of a range in the text as the reader sees it, as W3C selectors. */
function passageOf(range: Range) {
  const page = pageText(root);
  const nodes = textNodes(root);
  let start = unitAt(page, rawOffsetOf(nodes, range.startContainer, range.startOffset));
  let end = unitAt(page, rawOffsetOf(nodes, range.endContainer, range.endOffset));
  while (start < end && page.text[start] === ' ') start++;
  while (end > start && page.text[end - 1] === ' ') end--;
  return end > start ? quoteAt(page.text, start, end) : undefined;
}

document.addEventListener('selectionchange', () => {
  const selection = document.getSelection();
  const range = selection && selection.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
  if (!canAnnotate || !range || !root.contains(range.commonAncestorContainer)) {
    selected = undefined;
    button.hidden = true;
    return;
  }
  selected = range.cloneRange();
  const box = range.getBoundingClientRect();
  button.hidden = false;
  const left = Math.max(4, Math.min(box.right - button.offsetWidth, document.documentElement.clientWidth - button.offsetWidth - 4));
  button.style.left = `${left + window.scrollX}px`;
  button.style.top = `${box.bottom + window.scrollY + 6}px`;
});

// Pressing the button must not clear the selection it acts on.
button.addEventListener('mousedown', event => event.preventDefault());
button.addEventListener('click', () => {
  const passage = selected && passageOf(selected);
  if (!passage) return;
  button.hidden = true;
  vscode.postMessage({ type: 'annotate', passage });
});

refresh();
