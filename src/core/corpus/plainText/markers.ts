// Note markers in the body: each note's number is looked for after the previous marker, no further than the page
// its text is on (a footnote) or the end of the body (an endnote), and replaced by a reference. Looking only for
// the expected number keeps real numbers (years, figures, folios) as they are.
import type { ImportWarning, Inline } from '../article/model';
import { findGluedMarker } from '../gluedMarkers';
import { superscriptWidth, textWidth } from '../glyphWidth';
import type { TextLine } from './lines';
import { lastIndexWhere } from './lastIndex';
import type { NoteNumbering } from './notes';

/** Stand for a reference and a page start inside line text until the text is split into inlines. */
const TOKEN = /\uE000(\d+)\uE001|\uE002([^\uE003]*)\uE003/g;
const refToken = (n: number) => `\uE000${n}\uE001`;

function find(text: string, n: number, numbering: NoteNumbering): { at: number; length: number } | undefined {
  if (numbering === 'bracketed') {
    const at = text.indexOf(`[${n}]`);
    return at < 0 ? undefined : { at, length: String(n).length + 2 };
  }
  const at = findGluedMarker(text, n);
  return at < 0 ? undefined : { at, length: String(n).length };
}

/**
 * Marks the references of notes `numbers` (in order) in `lines`; `lastPage(n)` is the page past which the marker
 * of note n is not looked for. Returns the numbers whose marker was not found.
 */
export function placeMarkers(
  lines: TextLine[],
  numbers: number[],
  lastPage: (n: number) => number,
  numbering: NoteNumbering,
  pageName: (page: number) => string | undefined,
  warnings: ImportWarning[],
): void {
  let line = 0;
  let offset = 0;
  for (const n of numbers) {
    let found = false;
    for (let i = line; i < lines.length && lines[i].page <= lastPage(n); i++) {
      const from = i === line ? offset : 0;
      // Tokens already in the line (a page number, an earlier reference) are not text to search.
      const hit = find(lines[i].text.replace(TOKEN, token => ' '.repeat(token.length)).slice(from), n, numbering);
      if (!hit) continue;
      const at = from + hit.at;
      const token = refToken(n);
      lines[i].text = lines[i].text.slice(0, at) + token + lines[i].text.slice(at + hit.length);
      line = i;
      offset = at + token.length;
      found = true;
      break;
    }
    if (!found) {
      const page = pageName(Math.min(lastPage(n), lines.at(-1)?.page ?? 0));
      warnings.push({ page, message: `the marker of note ${n} was not found in the text: the note is kept without a reference` });
    }
  }
}

/**
 * Reports a marker of the note after the last one read (`count + 1`) standing in the text after the last
 * reference: the notes from there on were missed, or read into the last one. Returns how many notes beyond those
 * read the text's markers go on to.
 */
export function reportMarkerBeyond(
  lines: TextLine[],
  count: number,
  numbering: NoteNumbering,
  pageName: (page: number) => string | undefined,
  warnings: ImportWarning[],
): number {
  const last = lastIndexWhere(lines, l => l.text.includes(refToken(count)));
  const after = lines.slice(Math.max(0, last)).map(line => ({ line, text: line.text.slice(line === lines[last] ? line.text.indexOf(refToken(count)) : 0).replace(TOKEN, token => ' '.repeat(token.length)) }));
  const first = after.find(x => find(x.text, count + 1, numbering));
  if (!first) return 0;
  warnings.push({ page: pageName(first.line.page), message: `a marker of note ${count + 1} seems to stand in the text, but only ${count} notes were read: the notes from there on were missed, or read into note ${count}` });
  // The markers of the notes after it (in any order: columns may be read out of it): how many notes the text
  // refers to beyond those read.
  const rest = after.slice(after.indexOf(first)).map(x => x.text).join(' ');
  let beyond = 0;
  while (find(rest, count + beyond + 1, numbering)) beyond++;
  return beyond;
}

/**
 * How many notes the text refers to: markers 1, 2, 3… each found somewhere in it, placed or not (columns read out of
 * order may put a marker before the one it follows).
 */
export function referredNotes(lines: TextLine[], numbering: NoteNumbering): number {
  const text = lines.map(l => l.text).join('\n');
  const plain = text.replace(TOKEN, token => ' '.repeat(token.length));
  let n = 0;
  while (text.includes(refToken(n + 1)) || find(plain, n + 1, numbering)) n++;
  return n;
}

/** Text with reference and page tokens as inlines. */
export function tokenInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index), italic: false });
    out.push(m[1] !== undefined ? { kind: 'ref', n: Number(m[1]) } : { kind: 'page', page: m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last), italic: false });
  return out;
}

/** Marks the start of a printed page inside line text. */
export const pageToken = (page: string) => `\uE002${page}\uE003`;

/** The tokens of the pages that start at the opening of a line's text, and the text after them. */
export function pageStart(line: string): { pages: string; text: string } {
  const pages = /^(?:\uE002[^\uE003]*\uE003)*/.exec(line)?.[0] ?? '';
  return { pages, text: line.slice(pages.length) };
}

/** The tokens of the pages that start at the end of a text (pages without text of their own), and the text before them. */
export function pageEnd(text: string): { text: string; pages: string } {
  const pages = /(?:\uE002[^\uE003]*\uE003)*$/.exec(text)?.[0] ?? '';
  return { text: text.slice(0, text.length - pages.length), pages };
}

/** Width of a line as printed, without tokens. */
export const withoutTokens = (text: string) => text.replace(TOKEN, '');

/** The printed width of line text: its words, and its references as superscript numbers. */
export function printedWidth(text: string): number {
  let refs = 0;
  for (const m of text.matchAll(TOKEN)) if (m[1] !== undefined) refs += superscriptWidth(m[1]);
  return textWidth(withoutTokens(text)) + refs;
}
