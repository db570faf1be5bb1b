// Text from data files (annotations, officials, glossaries) rendered as Markdown in hovers, tooltips and
// comments. A data file may come from anyone: its text must not load anything (a remote image is a read-tracking
// pixel), link anywhere, run a command or bring its own HTML. Plain fields are escaped; notes keep their
// emphasis, lists, quotes and code, and lose images, links, raw HTML and autolinks.
import { escapeMarkdown } from '../document/escapeMarkdown';

/**
 * What opens a link, an image, a footnote, a link definition, raw HTML or an autolink in `<…>`, and what starts
 * the autolinks GFM renderers find without any markup: `https://…`, `ftp://…`, `www.…`, `name@host`.
 */
const NOTE_SPECIAL = /[[\]<@]|:(?=\/\/)|(?<=www)\./gi;

/** A plain field (tag, category, quote, file name) shown literally, on one line. */
export function plainMarkdown(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' '));
}

/** A plain field in a code span that it cannot leave: one line, fenced by more backticks than it holds. */
export function codeSpanMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const longest = (flat.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A note in Markdown, made safe to render: outside code spans, `[`, `]` and `<` are escaped (no link, image,
 * footnote or HTML can open) and so are the characters that start autolinks. A code span is only taken as one
 * when it closes on the same line without a `|` in between, where every Markdown renderer agrees it is one (a
 * table cell or a block boundary could otherwise end it early and let its content out); other backticks are
 * escaped. Linear in the length of the note.
 */
export function noteMarkdown(note: string): string {
  const closer = closingRuns(note);
  const out: string[] = [];
  let plainFrom = 0;
  const flushPlain = (to: number) => {
    out.push(note.slice(plainFrom, to).replace(NOTE_SPECIAL, ch => `\\${ch}`));
  };
  for (let i = 0; i < note.length; ) {
    const ch = note[i];
    if (ch === '\\' && /[!-/:-@[-`{-~]/.test(note[i + 1] ?? '')) {
      // An escaped character stays escaped (an escaped backtick opens no code span).
      flushPlain(i);
      out.push(note.slice(i, i + 2));
      plainFrom = i += 2;
      continue;
    }
    if (ch !== '`') {
      i++;
      continue;
    }
    flushPlain(i);
    const run = backtickRun(note, i);
    const close = closer(i + run, run);
    if (close === -1) {
      out.push('\\`'.repeat(run));
      plainFrom = i += run;
    } else {
      out.push(note.slice(i, close + run));
      plainFrom = i = close + run;
    }
  }
  flushPlain(note.length);
  return out.join('');
}

function backtickRun(text: string, from: number): number {
  let end = from;
  while (text[end] === '`') end++;
  return end - from;
}

/**
 * Answers, for positions that only grow, where the next run of exactly `length` backticks starts before the
 * line (or table cell) ends; -1 if there is none. Each run and each line end is passed over once.
 */
function closingRuns(text: string): (from: number, length: number) => number {
  const runs = new Map<number, number[]>();
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '`') {
      const run = backtickRun(text, i);
      const same = runs.get(run);
      if (same) same.push(i);
      else runs.set(run, [i]);
      i += run;
      continue;
    }
    if (text[i] === '\n' || text[i] === '\r' || text[i] === '|') ends.push(i);
    i++;
  }
  const next = new Map<number, number>();
  let end = 0;
  return (from, length) => {
    while (end < ends.length && ends[end] < from) end++;
    const limit = ends[end] ?? text.length;
    const starts = runs.get(length) ?? [];
    let k = next.get(length) ?? 0;
    while (k < starts.length && starts[k] < from) k++;
    next.set(length, k);
    return k < starts.length && starts[k] < limit ? starts[k] : -1;
  };
}
