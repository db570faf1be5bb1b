// Corpus diagnostics for a Markdown article: footnote references and definitions that do not match,
// numbering that skips or repeats, empty or missing note texts, residue of the raw extraction, and
// emphasis markers that open or close nothing.
import { SKIP, visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { FootnoteDefinition } from 'mdast';
import { LineIndex, type Range } from '../text/range';
import { frontMatterLength } from './frontMatter';
import { consumeChunks, consumeChunksAsync, definedLabels, parseChunk, type Chunk, type ChunkConsumer } from '../document/chunks';
import { LONG_BLOCK_REASON } from '../document/longBlocks';
import { plainText } from '../document/plainText';
import { MISSING_NOTE_TEXT } from './missingNote';
import { decodeQuadrupled, quadrupledRuns } from './quadrupled';
import { runSteps, runStepsInTurns, type Steps } from '../text/steps';

export type Severity = 'error' | 'warning';

export type LintCode =
  | 'undefined-reference'
  | 'unused-definition'
  | 'duplicate-definition'
  | 'duplicate-reference'
  | 'non-consecutive-numbering'
  | 'empty-note'
  | 'missing-note-text'
  | 'residue-replacement-char'
  | 'residue-quadrupled'
  | 'residue-bare-number'
  | 'unbalanced-emphasis'
  | 'long-block';

export interface CorpusDiagnostic {
  code: LintCode;
  severity: Severity;
  message: string;
  range: Range;
  /** The footnote label concerned, or the text a residue should read as; used by quick fixes. */
  data?: { label?: string; replacement?: string };
}

interface Occurrence {
  label: string;
  start: number;
  end: number;
}

const UNRESOLVED_REFERENCE = /\[\^([^\]\s]+)\]/g;
const STRAY_EMPHASIS = /(?<!\\)(?:\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}]))/gu;
const BARE_NUMBER_LINE = /^[ \t]*\d+[ \t]*$/gm;

/** Lints the text in pieces (see document/chunks): the pieces' findings, then the checks across the whole text,
 * which it gives as steps (see text/steps). */
class LintCollector implements ChunkConsumer<Steps<CorpusDiagnostic[]>> {
  private readonly lines: LineIndex;
  private readonly defined: Set<string>;
  private readonly diagnostics: CorpusDiagnostic[] = [];
  private readonly references: Occurrence[] = [];
  private readonly definitions: (Occurrence & { node: FootnoteDefinition })[] = [];
  private readonly codeSpans: [number, number][] = [];
  private lastLongBlock: number | undefined;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
    this.defined = definedLabels(text);
  }

  private readonly report: Report = (code, severity, message, start, end, data) =>
    this.diagnostics.push({ code, severity, message, range: this.lines.rangeOf(start, end), ...(data ? { data } : {}) });

  addChunk(chunk: Chunk): void {
    const { tree, from, to } = parseChunk(this.text, chunk, this.defined);
    const continued = chunk.continues;
    if (continued && continued.kind !== 'table' && continued.blockStart !== this.lastLongBlock) {
      this.lastLongBlock = continued.blockStart;
      const what = continued.kind === 'note' ? 'note' : 'paragraph';
      this.report('long-block', 'warning', `${what} ${LONG_BLOCK_REASON}: read in pieces, so emphasis or a link across pieces may be missed`, continued.blockStart, continued.blockStart);
    }
    visit(tree, (node: Node) => {
      const offset = node.position?.start.offset ?? 0;
      // past the piece (the stubs), or wholly before it (a cut table's header, parsed again with each piece)
      if (offset >= to || (offset < from && (node.position?.end.offset ?? offset) <= from)) return SKIP;
      const start = chunk.start + Math.max(offset, from) - from;
      const end = chunk.start + Math.min(node.position?.end.offset ?? offset, to) - from;
      if (node.type === 'footnoteReference') this.references.push({ label: (node as unknown as { label: string }).label, start, end });
      else if (node.type === 'footnoteDefinition' && continued?.kind === 'note' && offset === 0) return undefined;
      else if (node.type === 'footnoteDefinition') {
        const definition = node as FootnoteDefinition;
        this.definitions.push({ label: definition.label ?? definition.identifier, start, end: start + `[^${definition.label}]:`.length, node: definition });
      } else if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') this.codeSpans.push([start, end]);
      else if (node.type === 'text') this.checkText(start, end);
      return undefined;
    });
  }

  /** Footnote references GFM left as text (their label is defined nowhere), and emphasis markers left over. */
  private checkText(start: number, end: number): void {
    const source = this.text.slice(start, end);
    for (const match of source.matchAll(UNRESOLVED_REFERENCE)) {
      const at = start + match.index;
      this.report('undefined-reference', 'error', `footnote reference [^${match[1]}] has no definition`, at, at + match[0].length, { label: match[1] });
      this.references.push({ label: match[1], start: at, end: at + match[0].length });
    }
    for (const match of source.replace(UNRESOLVED_REFERENCE, m => ' '.repeat(m.length)).matchAll(STRAY_EMPHASIS)) {
      const at = start + match.index;
      this.report('unbalanced-emphasis', 'warning', `'${match[0]}' opens or closes no emphasis`, at, at + match[0].length);
    }
  }

  *finish(): Steps<CorpusDiagnostic[]> {
    yield* checkDefinitions(this.definitions, this.references, this.report);
    yield* checkReferences(this.references, this.report);
    yield* checkResidue(this.text, this.codeSpans, this.report);
    yield;
    return this.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
}

/** `pieceSize` (characters) is for tests: the text is parsed in pieces of about this size. */
export function lintMarkdown(text: string, pieceSize?: number): CorpusDiagnostic[] {
  return runSteps(consumeChunks(text, new LintCollector(text), pieceSize));
}

/** Same findings as lintMarkdown without blocking the event loop; undefined once `cancelled()` holds. */
export async function lintMarkdownAsync(text: string, cancelled?: () => boolean): Promise<CorpusDiagnostic[] | undefined> {
  const checks = await consumeChunksAsync(text, new LintCollector(text), cancelled);
  return checks && runStepsInTurns(checks);
}

type Report = (code: LintCode, severity: Severity, message: string, start: number, end: number, data?: CorpusDiagnostic['data']) => void;

function* checkDefinitions(definitions: (Occurrence & { node: FootnoteDefinition })[], references: Occurrence[], report: Report): Steps<void> {
  const referenced = new Set(references.map(r => r.label.toLowerCase()));
  const seen = new Set<string>();
  for (const definition of definitions) {
    yield;
    const key = definition.label.toLowerCase();
    const { start, end, label } = definition;
    if (seen.has(key)) {
      report('duplicate-definition', 'error', `footnote [^${label}] is defined more than once`, start, end, { label });
      continue;
    }
    seen.add(key);
    if (!referenced.has(key)) report('unused-definition', 'warning', `footnote definition [^${label}] is never referenced`, start, end, { label });
    // a note holding only a page marker (`<!-- p. 21 -->`) shows a reader no text
    const body = plainText(definition.node).trim();
    if (body === '') report('empty-note', 'warning', `footnote [^${label}] has no text`, start, end, { label });
    else if (body === MISSING_NOTE_TEXT) report('missing-note-text', 'warning', `the text of note [^${label}] is missing from the source`, start, end, { label });
  }
}

/**
 * Numbered references should run 1, 2, 3… in reading order, each once. One stray number is reported alone,
 * not as a break of every reference after it: a number that fits neither the run before it nor the next
 * reference is out of sequence and the run goes on past it; any other break is a jump, reported once.
 */
function* checkReferences(references: Occurrence[], report: Report): Steps<void> {
  const ordered = [...references].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const numbered: (Occurrence & { n: number })[] = [];
  for (const ref of ordered) {
    yield;
    const { label, start, end } = ref;
    if (seen.has(label)) {
      report('duplicate-reference', 'warning', `footnote [^${label}] is referenced more than once`, start, end, { label });
      continue;
    }
    seen.add(label);
    if (/^\d+$/.test(label)) numbered.push({ ...ref, n: Number(label) });
  }
  let last = 0;
  for (const [i, { label, start, end, n }] of numbered.entries()) {
    yield;
    if (n === last + 1) {
      last = n;
      continue;
    }
    const next = numbered[i + 1]?.n;
    if (next === last + 1) {
      report('non-consecutive-numbering', 'warning', `footnote [^${n}] is out of sequence between [^${last}] and [^${next}]`, start, end, { label });
      continue;
    }
    const expected = last + 1;
    report('non-consecutive-numbering', 'warning', `footnote [^${n}] follows [^${last}]: expected [^${expected}]`, start, end, { label });
    last = n;
  }
}

function* checkResidue(text: string, codeSpans: [number, number][], report: Report): Steps<void> {
  const bodyStart = frontMatterLength(text);
  const inCode = (offset: number) => offset < bodyStart || insideSpan(codeSpans, offset);
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    yield;
    if (!inCode(at)) report('residue-replacement-char', 'error', 'U+FFFD replacement character left by the extraction (a broken space)', at, at + 1, { replacement: ' ' });
  }
  const reportedLines = new Set<number>();
  for (const [runStart, runEnd] of quadrupledRuns(text)) {
    yield;
    const lineStart = text.lastIndexOf('\n', runStart) + 1;
    if (inCode(runStart) || reportedLines.has(lineStart)) continue;
    reportedLines.add(lineStart);
    const lineEnd = text.indexOf('\n', runStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const decoded = decodeQuadrupled(line.replace(/^#+\s*/, ''));
    const [start, end, replacement] = decoded !== undefined
      ? [lineStart + line.length - line.replace(/^#+\s*/, '').length, lineStart + line.length, decoded]
      : [runStart, runEnd, undefined];
    report('residue-quadrupled', 'error', 'letters written four times: an undecoded heading of the extraction', start, end, replacement ? { replacement } : undefined);
  }
  for (const match of text.matchAll(BARE_NUMBER_LINE)) {
    yield;
    if (!inCode(match.index)) report('residue-bare-number', 'warning', 'a line that is only a number: a stray note marker or page number?', match.index, match.index + match[0].length);
  }
}

/** Whether offset lies in one of the spans, which are sorted and do not overlap (binary search). */
function insideSpan(spans: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= offset) lo = mid + 1;
    else if (spans[mid][0] > offset) hi = mid - 1;
    else return true;
  }
  return false;
}
