// The Opis Reader's page: the article as the Markdown preview renders it, its annotated passages highlighted, and
// an Annotate button beside a selection, which sends the host the passage (quote, context and position in the
// text as the reader sees it) to annotate in the source. The host sends new content after each change, and a
// source line to scroll to (where a restored page was left, a passage revealed); the page tells the host the
// source line at its top as it scrolls, and keeps the document and that line as its state, from which the Reader
// is restored after a reload.
import { quoteAt } from '../core/anchoring/quoteAt';
import { embeddedAnnotations, highlight } from './annotationMarks';
import { pageText, rawOffsetOf, textNodes, unitAt } from './pageText';
import { lineAtTop, scrollToLine } from './sourceScroll';

interface VsCodeApi {
  postMessage(message: unknown): void;
  setState(state: unknown): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.querySelector('.markdown-body') as HTMLElement;
const canAnnotate = document.body.dataset.opisAnnotate === 'true';
const documentUri = document.body.dataset.opisDocument;
let selected: Range | undefined;

function refresh(): void {
  highlight(root, embeddedAnnotations(root));
}

/** Tells the host, and the state kept for a restore, which source line is at the top of the page. */
function reportPlace(): void {
  const line = lineAtTop(root);
  if (line === undefined) return;
  vscode.setState({ uri: documentUri, line });
  vscode.postMessage({ type: 'scroll', line });
}

let reporting = false;
window.addEventListener('scroll', () => {
  if (reporting) return;
  reporting = true;
  requestAnimationFrame(() => {
    reporting = false;
    reportPlace();
  });
});

window.addEventListener('message', (event: MessageEvent<{ type?: string; html?: unknown; line?: unknown }>) => {
  const message = event.data;
  if (message?.type === 'update' && typeof message.html === 'string') {
    // The page's policy admits only this page's own scripts: corpus markup cannot run or load anything.
    root.innerHTML = message.html;
    refresh();
  } else if (message?.type === 'reveal' && typeof message.line === 'number' && Number.isFinite(message.line)) {
    goTo(message.line);
  }
});

/** A line to scroll to once the page is laid out (a hidden page is not). */
let pendingLine: number | undefined;

function goTo(line: number): void {
  pendingLine = lineAtTop(root) === undefined ? line : undefined;
  if (pendingLine !== undefined) return;
  scrollToLine(root, line);
  reportPlace();
}

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

/** The line to open at: where this page was left when it is loaded again, else the line written into it. */
function openingLine(): number {
  const kept = (vscode.getState() ?? {}) as { uri?: unknown; line?: unknown };
  if (kept.uri === documentUri && typeof kept.line === 'number' && Number.isFinite(kept.line)) return kept.line;
  const written = Number(document.body.dataset.opisLine);
  return Number.isFinite(written) ? written : 0;
}

refresh();
goTo(openingLine());
// laid out, content replaced or the panel resized: the line at the top may have changed
new ResizeObserver(() => (pendingLine === undefined ? reportPlace() : goTo(pendingLine))).observe(root);
vscode.postMessage({ type: 'ready' });
