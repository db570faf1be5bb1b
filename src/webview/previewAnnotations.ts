// In VS Code's Markdown preview: highlights the annotated passages whenever the preview shows new content. The
// preview's scripts load in no fixed order and it replaces its content in place, so an observer of the page
// starts each highlighting, one per frame at most, and ignores the changes the highlighting makes itself.
import { embeddedAnnotations, highlight } from './annotationMarks';

const root = () => document.querySelector('.markdown-body');
let scheduled = false;

const observer = new MutationObserver(records => {
  const body = root();
  if (body && records.some(r => body.contains(r.target) || [...r.addedNodes].some(n => n.contains(body)))) schedule();
});

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    const body = root();
    observer.disconnect();
    if (body) highlight(body, embeddedAnnotations(body));
    observer.takeRecords();
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

schedule();
