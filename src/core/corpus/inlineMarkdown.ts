// Writes a run of text and note references as Markdown: `*…*` for italics (never opening or closing inside
// a word: an italic run cut mid-word by the extraction takes the rest of the word), `[^n]` for references.
import type { Segment } from './layout';

type Text = Extract<Segment, { kind: 'text' }>;

const WORD_TAIL = /^[\p{L}\p{M}’'-]+/u;
const WORD_HEAD = /[\p{L}\p{M}’'-]+$/u;

export function inlineMarkdown(segments: Segment[]): string {
  const runs = mergeRuns(segments);
  runs.forEach((run, i) => {
    if (run.kind === 'text' && run.italic) settleItalic(runs, i);
  });
  let out = '';
  for (const run of runs) {
    if (run.kind === 'ref') out = out.trimEnd() + `[^${run.n}]`;
    // Italic punctuation alone looks as roman does, and `*,*` after a word is no emphasis in Markdown.
    else if (run.italic && /[\p{L}\p{N}]/u.test(run.text)) out += `*${escapeMarkdown(run.text)}*`;
    else out += escapeMarkdown(run.text);
  }
  return out.replace(/[ \t\u00a0]{2,}/g, ' ').trim();
}

/** Merges runs of one style and puts a roman run (maybe empty) around every italic run and reference. */
function mergeRuns(segments: Segment[]): Segment[] {
  const runs: Segment[] = [{ kind: 'text', text: '', italic: false }];
  for (const segment of segments) {
    const last = runs.at(-1);
    if (segment.kind === 'text' && last?.kind === 'text' && last.italic === segment.italic) {
      last.text += segment.text;
      continue;
    }
    if (!(segment.kind === 'text' && !segment.italic) && !(last?.kind === 'text' && !last.italic)) {
      runs.push({ kind: 'text', text: '', italic: false });
    }
    runs.push({ ...segment });
  }
  if (!(runs.at(-1)?.kind === 'text' && !(runs.at(-1) as Text).italic)) runs.push({ kind: 'text', text: '', italic: false });
  return runs;
}

/** Moves spaces out of an italic run, and the rest of a split word into it. Its neighbours are roman. */
function settleItalic(runs: Segment[], i: number): void {
  const run = runs[i] as Text;
  const before = runs[i - 1] as Text;
  const after = runs[i + 1] as Text;
  const lead = /^\s*/.exec(run.text)?.[0] ?? '';
  const trail = /\s*$/.exec(run.text)?.[0] ?? '';
  let text = run.text.trim();
  if (text !== '' && lead === '' && /^[\p{L}\p{M}]/u.test(text)) {
    const head = WORD_HEAD.exec(before.text)?.[0] ?? '';
    before.text = before.text.slice(0, before.text.length - head.length);
    text = head + text;
  }
  if (text !== '' && trail === '' && /[\p{L}\p{M}]$/u.test(text)) {
    const tail = WORD_TAIL.exec(after.text)?.[0] ?? '';
    after.text = after.text.slice(tail.length);
    text += tail;
  }
  before.text += lead;
  after.text = trail + after.text;
  run.text = text;
}

/** Escapes characters that would otherwise be read as Markdown syntax inside running text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_`~<]|\[(?=\^)/g, ch => '\\' + ch);
}

/** Escapes what would make the start of a paragraph a list item, heading or quotation. */
export function escapeBlockStart(line: string): string {
  return line.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+#>]|\*(?=\s))/, '\\$1');
}
