// JSON.parse of a data file in steps. The bundled glossary (700 KB, 900 entries) held the extension host's thread
// 16-24 ms in one JSON.parse at start, and it grows. A file whose root object holds one array (the glossary's
// entries) is scanned, then parsed a group of items at a time, with a pause between steps. Any other shape, and
// any error, is parsed whole by parseJson, whose message says where the JSON breaks: the result is always that of
// parseJson.
import { parseJson, type JsonParse } from './jsonData';
import type { Steps } from '../text/steps';

/** Characters scanned between pauses, and the least length of a group of items parsed in one step. */
const SCAN = 64 * 1024;
const GROUP = 32 * 1024;

/** A string (skipped whole by the regular expression engine) or a mark of structure. */
const TOKEN = /"(?:[^"\\]|\\.)*"|[[\]{},]/g;

/** Where the one array of the root object lies, and the commas between its items where groups are cut. */
interface Layout {
  start: number;
  end: number;
  cuts: number[];
}

/** The same result as parseJson(text); `group` (tests) sets how many characters a group holds at least. */
export function* parseJsonInSteps(text: string, group = GROUP): Steps<JsonParse> {
  const layout = yield* scan(text, group);
  if (!layout) return parseJson(text);
  const skeleton = parseJson(text.slice(0, layout.start + 1) + text.slice(layout.end));
  if (!skeleton.ok || typeof skeleton.value !== 'object' || skeleton.value === null) return parseJson(text);
  const root = skeleton.value as Record<string, unknown>;
  const key = Object.keys(root).find(k => Array.isArray(root[k]));
  if (key === undefined) return parseJson(text);
  const items: unknown[] = [];
  const bounds = [layout.start, ...layout.cuts, layout.end];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const piece = text.slice(bounds[g] + 1, bounds[g + 1]);
    // an empty group would hide a comma with nothing before or after it, which JSON forbids
    if (bounds.length > 2 && piece.trim() === '') return parseJson(text);
    try {
      items.push(...(JSON.parse(`[${piece}]`) as unknown[]));
    } catch {
      return parseJson(text);
    }
    yield;
  }
  root[key] = items;
  return { ok: true, value: root };
}

/** The layout of a root object holding exactly one array, or undefined for any other text. */
function* scan(text: string, group: number): Steps<Layout | undefined> {
  let depth = 0;
  let arrays = 0;
  let start = -1;
  let end = -1;
  let lastCut = 0;
  let nextPause = SCAN;
  const cuts: number[] = [];
  TOKEN.lastIndex = 0;
  // test() leaves the token's end in lastIndex and builds no match: a string ends in its quote, a mark is itself
  while (TOKEN.test(text)) {
    const i = TOKEN.lastIndex - 1;
    const mark = text[i];
    if (mark === '"') continue;
    if (i >= nextPause) {
      nextPause = i + SCAN;
      yield;
    }
    if (mark === '{' || mark === '[') {
      if (depth === 0 && mark !== '{') return undefined;
      if (depth === 1 && mark === '[' && ++arrays === 1) start = lastCut = i;
      depth++;
    } else if (mark === '}' || mark === ']') {
      depth--;
      if (depth === 1 && mark === ']' && arrays === 1 && end < 0) end = i;
    } else if (mark === ',' && depth === 2 && arrays === 1 && end < 0 && i - lastCut >= group) {
      cuts.push((lastCut = i));
    }
  }
  return arrays === 1 && end > start ? { start, end, cuts } : undefined;
}
