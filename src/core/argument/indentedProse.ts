// A paragraph indented by four spaces or a tab, as text copied from a PDF or a word processor often is, is an
// indented code block to Markdown, which leaves it out of the document's paragraphs. In a text without code (no
// fenced block, no indented block with a program's characters) whose indented blocks hold sentences, each such block
// is read as a paragraph, joined to the unindented lines that run on from it (a first line indented, the rest not).
import { CodeAndComments } from '../document/codeAndComments';
import type { DocumentIndex } from '../document/documentIndex';
import type { Paragraph } from '../document/types';

/** Four columns of indentation or more (a tab stops at four), then text. */
const INDENTED = /^(?: {4}| {0,3}\t)[ \t]*\S/;
const ANY_INDENTED = new RegExp(INDENTED.source, 'm');
/** A line opening an indented code block: at the start, after a blank line or after an ATX heading. */
const OPENS_AFTER = /^\s*$|^ {0,3}#{1,6}(?:\s|$)/;
/** What a program has and prose lacks: braces, backticks, a backslash, an assignment, a tag, a statement's `;`, a
 * comment's or a shell's mark at a line's start. */
const CODE = /[{}`\\=<>]|;$|^(?:#|\/\/|\/\*|\$ )/;
/** Sentences: six words at least and a sentence's end after a word, a year or a bracket (`… the plan.`, `… (March
 * 1938).`), not an initial's stop alone. */
const SENTENCE = /(?:\p{L}{2}|\d|[)”"’'»])[.!?…][”"’')»]*(?:\s|$)/u;
const isProse = (text: string) => SENTENCE.test(text) && text.split(/\s+/).length >= 6;

interface Block {
  first: number;
  last: number;
}

/** The lines that are in no paragraph, note or heading of the index (an indented line in one is no code). */
function coveredLines(index: DocumentIndex): Set<number> {
  const covered = new Set<number>();
  for (const { range } of [...index.paragraphs, ...index.definitions, ...index.sections.map(s => ({ range: s.headingRange }))]) {
    for (let n = range.start.line; n <= range.end.line; n++) covered.add(n);
  }
  return covered;
}

/** The indented code blocks of the text, each run of lines between blank lines apart, and whether it has a fence. */
function indentedBlocks(index: DocumentIndex): { blocks: Block[]; fenced: boolean } {
  const covered = coveredLines(index);
  const blocks: Block[] = [];
  const code = new CodeAndComments();
  let open: Block | undefined;
  for (let n = frontMatterEnd(index); n < index.lines.lineCount; n++) {
    const line = index.lines.lineText(n);
    const inBlock = code.open && !covered.has(n) && INDENTED.test(line) && (open !== undefined || n === 0 || OPENS_AFTER.test(index.lines.lineText(n - 1)));
    if (inBlock && open) open.last = n;
    else if (inBlock) blocks.push((open = { first: n, last: n }));
    else open = undefined;
    if (!inBlock && !covered.has(n)) code.advance(line);
  }
  return { blocks, fenced: code.fenced };
}

/** The line after YAML front matter (its keys may be indented), else 0. */
function frontMatterEnd(index: DocumentIndex): number {
  if (index.lines.lineCount === 0 || !/^\uFEFF?---\s*$/.test(index.lines.lineText(0))) return 0;
  for (let n = 1; n < index.lines.lineCount; n++) if (/^(?:---|\.\.\.)\s*$/.test(index.lines.lineText(n))) return n + 1;
  return 0;
}

/**
 * The indented blocks read as prose, as paragraphs (none when the text has code), and the document's paragraphs
 * that run on from one of them and are joined to it.
 */
export function indentedProse(index: DocumentIndex): { paragraphs: Paragraph[]; joined: Set<Paragraph> } {
  const none = { paragraphs: [], joined: new Set<Paragraph>() };
  if (!ANY_INDENTED.test(index.text)) return none;
  const { blocks, fenced } = indentedBlocks(index);
  const byLine = new Map(index.paragraphs.map(p => [p.range.start.line, p]));
  const read = blocks.map(block => {
    const lines = Array.from({ length: block.last - block.first + 1 }, (_, k) => index.lines.lineText(block.first + k).trim());
    const runOn = byLine.get(block.last + 1);
    const start = index.lines.offsetAt({ line: block.first, character: index.lines.lineText(block.first).search(/\S/) });
    const end = runOn?.end ?? index.lines.offsetAt({ line: block.last, character: index.lines.lineText(block.last).trimEnd().length });
    const text = [...lines, ...(runOn ? [runOn.text] : [])].join('\n');
    return { code: lines.some(line => CODE.test(line)), runOn, paragraph: { start, end, range: index.lines.rangeOf(start, end), text, footnotes: runOn?.footnotes ?? [] } };
  });
  if (fenced || read.some(r => r.code) || !read.some(r => isProse(r.paragraph.text))) return none;
  // Beside prose, an indented line with letters is the text's too (a heading indented as its paragraphs are).
  const prose = read.filter(r => /\p{L}/u.test(r.paragraph.text));
  return { paragraphs: prose.map(r => r.paragraph), joined: new Set(prose.flatMap(r => (r.runOn ? [r.runOn] : []))) };
}
