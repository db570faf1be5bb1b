// In justified lines pdftotext may set a note marker apart from the word it follows (`a substantial majority 1 of
// political`, `trade unions. 7 In part`): the superscript stands closer to the word than a space, but the line's
// stretched spaces make the gap look like one. Such a number is glued back to its word when the numbers standing
// so read as the markers in sequence (1, 2, 3… through the text) and find more of them than glued numbers alone
// do (a trait of the whole extraction), and each page says which it read so. A number at a line's start (a note's
// own number), after another number (`op. 45 1949`) or after an abbreviation a number follows (`ll. 26`,
// `d. 385`) is not a marker.
import type { ImportWarning } from '../article/model';
import { findGluedMarker } from '../gluedMarkers';
import { NUMBER_FOLLOWS } from './notes';
import type { Page } from './pages';

/** A number alone between spaces, after a word of two letters or more and its closing punctuation, or after a
 * number ending a sentence (`in the autumn of 1926. 20 Was`). */
const SPACED = /(?<=\p{L}{2}[.,;:!?"”’»)\]]{0,3}|\d[.!?]["”’»)\]]{0,2}) (\d{1,4})(?= |$)/gu;

interface Hit {
  n: number;
  page: number;
  line: number;
  at: number;
  spaced: boolean;
}

export function glueSpacedMarkers(pages: Page[], warnings: ImportWarning[]): void {
  const glued = walk(pages, false);
  const both = walk(pages, true);
  const spaced = both.filter(hit => hit.spaced);
  if (both.length <= glued.length || spaced.length === 0) return;
  // Later hits first, so that offsets in a line stay valid.
  for (const hit of [...spaced].reverse()) {
    const line = pages[hit.page].lines[hit.line];
    line.text = line.text.slice(0, hit.at) + line.text.slice(hit.at + 1);
  }
  pages.forEach((page, index) => {
    const numbers = spaced.filter(hit => hit.page === index).map(hit => hit.n);
    if (numbers.length === 0) return;
    const which = numbers.length > 1 ? `the markers of notes ${numbers.join(', ')}` : `the marker of note ${numbers[0]}`;
    warnings.push({ page: page.number, message: `${which} stood apart from ${numbers.length > 1 ? 'their words' : 'its word'} (justified lines): read as ${numbers.length > 1 ? 'markers' : 'a marker'}, the numbers running in sequence` });
  });
}

/**
 * The markers read in sequence through the text: each number looked for after the last one found, or anywhere on
 * its page after it (pdftotext without -layout may write a page's columns in any order).
 */
function walk(pages: Page[], spaced: boolean): Hit[] {
  const lines = pages.flatMap((page, p) => page.lines.map((line, l) => ({ p, l, text: line.text })));
  const pageStart = (index: number) => index - lines[index].l;
  const hits: Hit[] = [];
  let from = { index: 0, offset: 0 };
  const total = lines.length;
  for (let n = 1; ; n++) {
    let found: { index: number; offset: number; hit: Hit } | undefined;
    const search = (first: number, offset: number, stop: number) => {
      for (let i = first; i < stop && !found; i++) {
        const hit = markerIn(lines[i].text, n, i === first ? offset : 0, spaced);
        if (hit) found = { index: i, offset: hit.end, hit: { n, page: lines[i].p, line: lines[i].l, at: hit.at, spaced: hit.spaced } };
      }
    };
    search(from.index, from.offset, total);
    if (n > 1 && (!found || found.hit.page !== hits[hits.length - 1].page)) {
      const after = found;
      found = undefined;
      search(pageStart(from.index), 0, from.index);
      found ??= after;
    }
    if (!found) return hits;
    hits.push(found.hit);
    from = found;
  }
}

/** Marker n in `text` at or after `start`: glued to its word, or (when `spaced`) standing apart after it. */
function markerIn(text: string, n: number, start: number, spaced: boolean): { at: number; end: number; spaced: boolean } | undefined {
  const rest = text.slice(start);
  const glued = findGluedMarker(rest, n);
  let apart = -1;
  if (spaced) {
    for (const m of rest.matchAll(SPACED)) {
      if (Number(m[1]) === n && !NUMBER_FOLLOWS.test(rest.slice(0, m.index))) {
        apart = m.index;
        break;
      }
    }
  }
  if (glued >= 0 && (apart < 0 || glued < apart)) return { at: start + glued, end: start + glued + String(n).length, spaced: false };
  if (apart >= 0) return { at: start + apart, end: start + apart + 1 + String(n).length, spaced: true };
  return undefined;
}
