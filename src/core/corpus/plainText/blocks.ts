// Body lines → paragraphs, headings and block quotes. Where empty lines part paragraphs (pandoc), they decide;
// where lines run on as printed (pdftotext), a paragraph ends at a line that ends a sentence and leaves room for the
// next line's first word (which would have been set there had the paragraph gone on: a short line followed by a
// long word did not end its paragraph, ragged or justified), and `-layout` output adds what indentation tells (a
// first-line indent, an indented quotation).
import type { ArticleBlock } from '../article/model';
import { textWidth } from '../glyphWidth';
import { Flow, lineJoint } from '../joinLines';
import { lastIndexesBefore } from './lastIndex';
import { mostCommon } from './mostCommon';
import { INITIALS_END, type TextLine } from './lines';
import { printedMeasure } from './measure';
import { pageEnd, pageStart, printedWidth, tokenInlines, withoutTokens } from './markers';

export type LineBreaks = 'printed' | 'indented' | 'paragraphs';

/**
 * Room for the next line's first word and a space beyond this many ems ends a paragraph: the widths are estimated
 * glyph by glyph from a Times-like face, each line's to within about a space (0.25 em; an eighth of an em to a
 * space read the same paragraphs in the typeset articles of the tests).
 */
const FIT_SLACK = textWidth(' ');
/** A heading is a short line standing above the text, with no sentence punctuation at its end. */
const HEADING_WIDTH = 0.75;
/** An indentation of this many spaces or more, kept over lines, sets off a quotation (pandoc indents by 2). */
const QUOTE_INDENT: Record<LineBreaks, number> = { printed: Infinity, indented: 4, paragraphs: 2 };
/**
 * A quotation set in by less (a narrow indent, two spaces in `-layout`) is told from a first line's indent by its
 * run: two lines or more set in alike.
 */
const RUN_INDENT = 2;
const SENTENCE_END = /(?:[.?!:;]["”’»)\]]*|\uE001)$/;
/** A line this close to the measure is one of text set to it, not a heading. */
const FULL_MEASURE = 0.95;
/** Words that open a sentence and never go on one from the line above. */
const SENTENCE_OPENER = /^(?:The|A|An|In|On|At|By|For|From|After|Before|During|When|While|This|These|Those|It|There|Such|Since|Although|However|Yet|But|Most|Many|Some|Few|All|Both|Each)\s/;
/** A line ending in a word like these goes on in the next: no heading ends so (a wrapped one's first line may). */
const OPEN_END = /\b(?:the|a|an|of|and|or|to|in|on|at|by|for|from|with|as|that|which|who|whose|his|her|its|their)$/i;

interface Draft {
  kind: 'paragraph' | 'quote';
  lines: string[];
}

const width = (line: TextLine) => printedWidth(line.text);

export function buildBlocks(all: TextLine[], breaks: LineBreaks): ArticleBlock[] {
  const written = all.filter(l => l.text !== '');
  const margin = mostCommon(written.map(l => l.indent));
  const quoteIndent = QUOTE_INDENT[breaks];
  const measure = measures(written, l => l.column);
  // pdftotext without -layout parts the blocks of a column (its foot, the other column's top) by an empty line: a
  // line of text that stops inside a sentence goes on after it.
  const lines = breaks === 'printed' ? all.filter((l, i) => !(l.text === '' && stopsInside(all[i - 1], measure))) : all;
  const setIn = (line: TextLine | undefined) => !!line && line.text !== '' && line.indent - margin >= RUN_INDENT;
  // Set in alike: a heading centred over two lines sets each in by its own length.
  const alike = (line: TextLine, other: TextLine | undefined) => setIn(other) && Math.abs((other?.indent ?? 0) - line.indent) <= 1;
  const inRun = new Set(breaks === 'indented' ? lines.filter((l, i) => setIn(l) && (alike(l, lines[i - 1]) || alike(l, lines[i + 1]))) : []);
  const quoteLine = (line: TextLine) => line.indent - margin >= quoteIndent || inRun.has(line);
  // An indented quotation is set to a measure of its own.
  const fitMeasure = measures(written, l => (quoteLine(l) ? `quote ${l.column}` : l.column));
  const blocks: ArticleBlock[] = [];
  let draft: Draft | undefined;
  const wrapped = new Set<TextLine>();
  // A line holding only a page's marker (a page without text: a title page's, a figure's) stands for none.
  const shown = lastIndexesBefore(lines, l => l.text === '' || withoutTokens(l.text) !== '');
  const close = () => {
    if (draft) blocks.push({ kind: draft.kind, inlines: tokenInlines(joinParagraph(draft.lines)) });
    draft = undefined;
  };
  lines.forEach((line, i) => {
    // An empty line, or a rule of dashes or asterisks, parts blocks.
    if (line.text === '' || /^[-–—*_\s]{3,}$/.test(line.text)) return close();
    const previous = lines[shown[i]];
    const next = lines[i + 1];
    // A page's or a column's first line follows a break when the text before it ended a sentence: a heading may
    // open a page or a column.
    const opensColumn = previous?.page !== line.page || previous?.region !== line.region;
    const afterBreak = !previous || previous.text === '' || (opensColumn && SENTENCE_END.test(withoutTokens(previous.text)));
    const indent = line.indent - margin;
    if (wrapped.has(line)) return;
    // A heading too long for a narrow column wraps: a second short line without end punctuation goes with it.
    // Two such lines make a heading even without an empty line above, after a sentence ends.
    const rest = breaks !== 'paragraphs' && next && lines[i + 2] !== undefined && isHeadingLine(next, measure(next)) && !OPEN_END.test(withoutTokens(next.text)) ? next : undefined;
    const afterSentence = rest !== undefined && !!previous && SENTENCE_END.test(withoutTokens(previous.text));
    // A line followed by one opening in lower case is a sentence going on, unless a heading wraps onto it.
    const runsOn = !rest && /^\p{Ll}/u.test(withoutTokens(next?.text ?? ''));
    // A line set in like a quotation is none.
    const heading = isHeading(line, next, measure(line), breaks) || (afterBreak && !runsOn && isWideHeading(line, next, measure(line), breaks));
    // A line set in like the lines around it (a quotation's) is no heading; one centred alone may be.
    if ((afterBreak || afterSentence) && !runsOn && (indent < quoteIndent || (breaks === 'indented' && !inRun.has(line))) && heading) {
      close();
      // The page a heading opens keeps its marker, before the heading.
      for (const inline of tokenInlines(rest ? `${line.text} ${rest.text}` : line.text)) if (inline.kind === 'page') blocks.push(inline);
      if (rest) wrapped.add(rest);
      blocks.push({ kind: 'heading', text: withoutTokens(rest ? joinParagraph([line.text, rest.text]) : line.text) });
      return;
    }
    // A quotation's last line is indented like the lines above it, whatever follows.
    // After a break a line set in alone is a quotation of one line, unless text at the margin follows it (a first
    // line's indent, at a page's top).
    const alone = afterBreak && !(breaks === 'indented' && next !== undefined && next.text !== '' && next.page === line.page);
    // A quotation's lines are all set in: a line whose sentence goes on at the margin below opens a paragraph, though
    // set in as deep as the quotation above it.
    const opensParagraph = breaks === 'indented' && !setIn(next) && next?.text !== '' && next?.page === line.page && !SENTENCE_END.test(withoutTokens(line.text));
    const quoted =
      !opensParagraph &&
      (inRun.has(line) || (indent >= quoteIndent && (breaks === 'paragraphs' || (next?.indent ?? 0) - margin >= quoteIndent || alone || draft?.kind === 'quote')));
    const kind = quoted ? 'quote' : 'paragraph';
    const startsParagraph =
      !draft ||
      draft.kind !== kind ||
      (breaks === 'indented' && !quoted && indent > 0) ||
      (breaks !== 'paragraphs' && previous !== undefined && endsParagraph(previous, line, fitMeasure(previous)));
    if (startsParagraph) {
      close();
      draft = { kind, lines: [] };
    }
    draft?.lines.push(line.text);
  });
  close();
  return blocks;
}

/**
 * Lines join as if the tokens of the pages starting between them were not there (a word hyphenated over the page
 * break is one word); the tokens stay between them. A page without text of its own leaves its token to the next join.
 * The joined text grows in one pass, read only at its last word and the tokens that end it.
 */
function joinParagraph(lines: string[]): string {
  const flow = new Flow();
  // The tokens of the pages that start at the end of the text joined so far.
  let ended = '';
  lines.forEach((line, i) => {
    const { pages, text } = i === 0 ? { pages: '', text: line } : pageStart(line);
    if (i > 0 && text === '') {
      ended += line;
      return;
    }
    let separator = '';
    if (i > 0 && flow.lastWord.endsWith('\u00ad')) flow.dropLast();
    else if (i > 0) {
      const joint = lineJoint(flow.lastWord, text);
      if (joint.dropHyphen) flow.dropLast();
      separator = joint.separator;
    }
    const end = pageEnd(text);
    flow.append(separator + ended + pages + end.text);
    ended = end.pages;
  });
  return flow.toString() + ended;
}

/**
 * The measure lines are set to: the width of the longest lines (all but the longest tenth) of each group `group`
 * names (a column of a page set in columns of unequal widths, indented quotations); lines of no group (a title or
 * a heading across a page set in columns) are measured against all lines'.
 */
function measures(written: TextLine[], group: (line: TextLine) => string | number | undefined): (line: TextLine) => number {
  const byGroup = new Map<string | number | undefined, number[]>();
  for (const line of written) {
    const widths = byGroup.get(group(line)) ?? [];
    widths.push(width(line));
    byGroup.set(group(line), widths);
  }
  const all = written.map(width).sort((a, b) => a - b);
  const top = (widths: number[]) => printedMeasure(widths) ?? 0;
  const measure = new Map([...byGroup].map(([key, widths]) => [key, top(widths.sort((a, b) => a - b))]));
  measure.set(undefined, top(all));
  return line => measure.get(group(line)) ?? 0;
}

/** A line of text, not a heading's, that ends no sentence. */
function stopsInside(line: TextLine | undefined, measure: (line: TextLine) => number): boolean {
  return !!line && line.text !== '' && !endsSentence(line.text) && !isHeadingLine(line, measure(line));
}

/** Punctuation ends the sentence unless it is a name's initials'. */
const endsSentence = (text: string) => SENTENCE_END.test(text) && !INITIALS_END.test(withoutTokens(text));

/** Sentence punctuation, perhaps a note's marker after it. */
const PUNCTUATED_END = /[.?!:;]["”’»)\]]*(?:\uE000\d+\uE001)*$/;

function endsParagraph(line: TextLine, next: TextLine, measure: number): boolean {
  if (line.text === '' || !endsSentence(line.text)) return false;
  // A marker after a word (`majority1`) ends a paragraph only on a line left short (a signature: `Andrei Sakharov34`).
  if (!PUNCTUATED_END.test(line.text) && width(line) > measure * HEADING_WIDTH) return false;
  // After a semicolon or a colon, a line opening in lower case goes on with the clause (no paragraph opens so).
  if (/[;:]$/.test(withoutTokens(line.text)) && /^\p{Ll}/u.test(withoutTokens(next.text))) return false;
  const nextWord = ' ' + withoutTokens(next.text).split(' ')[0];
  return measure - width(line) - textWidth(nextWord) > FIT_SLACK;
}

/**
 * A short line with no sentence punctuation at its end and no note marker; a colon or a word broken at a hyphen may
 * end the first line of a heading that wraps after it (`“On the Basis of Humaneness”:` / `Sakharov’s Human Rights
 * Appeals…`; `ChK/GPU and the local “opposi-` / `tions”`).
 */
function isHeadingLine(line: TextLine, measure: number, wraps = false): boolean {
  const end = wraps ? /(?:[.,;]|(?<!\p{L})[\u00ad-])$/u : /[.,;:\u00ad-]$/;
  return !end.test(withoutTokens(line.text)) && !/\uE000/.test(line.text) && width(line) < measure * HEADING_WIDTH;
}

function isHeading(line: TextLine, next: TextLine | undefined, measure: number, breaks: LineBreaks): boolean {
  const wraps = breaks !== 'paragraphs' && !!next && isHeadingLine(next, measure) && !OPEN_END.test(withoutTokens(next.text));
  if (!/^[\p{Lu}\p{N}“"«‘(]/u.test(withoutTokens(line.text)) || !isHeadingLine(line, measure, wraps)) return false;
  // A heading of one line (or its wrapped line's first) ends in no word a phrase goes on from; a wrapped one may.
  if (OPEN_END.test(withoutTokens(line.text)) && !(next && isHeadingLine(next, measure) && !OPEN_END.test(withoutTokens(next.text)))) return false;
  // In pandoc's text a heading is a paragraph of one line; in printed text it stands above the next line.
  return breaks === 'paragraphs' ? next === undefined || next.text === '' : next !== undefined && next.text !== '';
}

/**
 * A heading set in larger type spans as much of a narrow column as a line of text: after a break, a line short of
 * the measure that ends neither a sentence nor in a word a phrase goes on from, above a line that opens a sentence
 * with a word a sentence opens with (no sentence goes on so from a line of its own).
 */
function isWideHeading(line: TextLine, next: TextLine | undefined, measure: number, breaks: LineBreaks): boolean {
  const text = withoutTokens(line.text);
  if (breaks === 'paragraphs' || !next || !/^\p{Lu}/u.test(text) || /[.,;:\u00ad–—-]$/.test(text) || /\uE000/.test(line.text) || width(line) > measure * FULL_MEASURE) return false;
  return !OPEN_END.test(text) && SENTENCE_OPENER.test(withoutTokens(next.text));
}
