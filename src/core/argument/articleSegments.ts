// Divides an article into the stretches an outline lists: one per heading, plus untitled ones — the text
// before the first heading (an introduction) and the text after a thematic break (a conclusion set off by
// `* * *`). A lone level-1 heading at the top is the article's title, not a section; front matter is skipped.
import type { Section } from '../document/types';
import type { LineIndex, Range } from '../text/range';
import { frontMatterLength } from '../corpus/frontMatter';

export interface Segment {
  /** Heading text; null for an untitled stretch. */
  title: string | null;
  range: Range;
  /** UTF-16 offsets of the range. */
  start: number;
  end: number;
}

export interface ArticleSegments {
  title: string | null;
  segments: Segment[];
}

/** A thematic break: three or more `*`, `-` or `_` alone on a line (spaces allowed). */
const BREAK = /^ {0,3}([-*_])(?: *\1){2,} *$/;

/** `bodyEnd` (an offset) cuts the last stretch short of what follows the body, such as the notes. */
export function articleSegments(lines: LineIndex, sections: readonly Section[], bodyEnd = lines.text.length): ArticleSegments {
  const frontMatter = lines.positionAt(frontMatterLength(lines.text)).line;
  const headings = [...sections]
    .sort((a, b) => a.headingRange.start.line - b.headingRange.start.line);
  const first = headings[0];
  const isTitle = first !== undefined && first.level === 1 && headings.filter(h => h.level === 1).length === 1;
  const title = isTitle ? first.title : null;
  const bodyStartLine = isTitle ? first.headingRange.end.line + 1 : frontMatter;
  const headingLines = new Set(headings.flatMap(h => lineSpan(h.headingRange)));

  // Each boundary opens a stretch that runs to the next boundary.
  const boundaries: { line: number; title: string | null }[] = [{ line: bodyStartLine, title: null }];
  for (const h of headings) if (!(isTitle && h === first)) boundaries.push({ line: h.headingRange.start.line, title: h.title });
  const lastLine = lines.positionAt(bodyEnd).line;
  for (let line = bodyStartLine + 1; line < lastLine; line++) {
    if (!headingLines.has(line) && BREAK.test(lines.lineText(line)) && lines.lineText(line - 1).trim() === '') {
      boundaries.push({ line, title: null });
    }
  }
  boundaries.sort((a, b) => a.line - b.line);
  const body = boundaries.filter(b => lines.offsetAt({ line: b.line, character: 0 }) < bodyEnd);

  const segments: Segment[] = [];
  body.forEach((b, i) => {
    const next = body[i + 1];
    const end = next ? lines.offsetAt({ line: next.line, character: 0 }) : bodyEnd;
    // An untitled stretch starts at its first line of prose; one with none (only a break) is no section.
    const first = b.title === null ? firstProseLine(lines, b.line, end) : b.line;
    if (first === undefined) return;
    const start = lines.offsetAt({ line: first, character: 0 });
    if (start < end) segments.push({ title: b.title, range: lines.rangeOf(start, end), start, end });
  });
  return { title, segments };
}

/** First line from `from` that holds prose and starts before offset `end`. */
function firstProseLine(lines: LineIndex, from: number, end: number): number | undefined {
  for (let line = from; line < lines.lineCount && lines.offsetAt({ line, character: 0 }) < end; line++) {
    const text = lines.lineText(line);
    if (text.trim() !== '' && !BREAK.test(text)) return line;
  }
  return undefined;
}

function lineSpan(range: Range): number[] {
  const out: number[] = [];
  for (let l = range.start.line; l <= range.end.line; l++) out.push(l);
  return out;
}
