// Block quotes and lists nested thousands deep cost the parser time with the square of the depth, and overflow its
// stack: 50,000 `>` on one line took 40 s and failed, a list nested a thousand deep by indentation (1 MB) 43 s. No
// article nests a hundred deep: past that depth a no-break space (no indentation to the parser) takes the place of
// the next character, so the rest of the line is text, and a line indented by more than MAX_INDENT opens with one,
// so it is read as text at the margin would be. Each is one character for one, so every position is kept.

export const MAX_NESTING = 100;
export const MAX_INDENT = 200;
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_INDENT + 1}}`, 'gm');

/** A line opening with more than MAX_NESTING quote or list markers (a cheap test before the exact count). */
const DEEP_LINE = new RegExp(String.raw`^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))){${MAX_NESTING + 1}}`, 'gm');
const MARKER = /[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/**
 * `text` with the line's rest read as text past MAX_NESTING quote and list markers, and lines indented past
 * MAX_INDENT read as text; the same text when there are none.
 */
export function shallowContainers(text: string): string {
  return shallowIndents(shallowMarkers(text));
}

function shallowIndents(text: string): string {
  DEEP_INDENT.lastIndex = 0;
  if (!DEEP_INDENT.test(text)) return text;
  return text.replace(DEEP_INDENT, indent => `\u00a0${indent.slice(1)}`);
}

function shallowMarkers(text: string): string {
  DEEP_LINE.lastIndex = 0;
  if (!DEEP_LINE.test(text)) return text;
  DEEP_LINE.lastIndex = 0;
  let out = '';
  let copied = 0;
  for (const line of text.matchAll(DEEP_LINE)) {
    // where the marker past MAX_NESTING starts: from there on, the line is text
    MARKER.lastIndex = line.index;
    for (let depth = 0; depth < MAX_NESTING; depth++) MARKER.exec(text);
    const from = MARKER.lastIndex;
    out += `${text.slice(copied, from)}\u00a0`;
    copied = from + 1;
  }
  return out + text.slice(copied);
}
