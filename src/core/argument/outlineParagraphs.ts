// The paragraphs a derived outline reads, where they differ from Markdown's: indented blocks read as prose, a PDF's
// lines run on without a blank line divided at a part's name, its lines made paragraphs each joined again, and a
// heading run in at a paragraph's start (or after a title run on with it) made a paragraph of its own.
import type { DocumentIndex } from '../document/documentIndex';
import type { Paragraph } from '../document/types';
import { plainToSource } from '../text/plainAlignment';
import { indentedProse } from './indentedProse';

/** Prose ends a sentence (a closing quote or bracket, note references and a parenthesised citation may follow:
 * `… my vision of history.” (Braudel, 450)`). */
export const SENTENCE_END = /[.!?…][”"’')\]]*(?:\[\^?\w+\])*(?:\s+\([^()\n]{1,80}\)\.?)?$/u;
/** The names of the apparatus after the body, a heading wherever they stand alone after the prose. */
export const BACK_MATTER = /^(?:bibliography|references|notes|endnotes|footnotes|sources|works cited|further reading|select bibliography|примечания|библиография|литература|список литературы|источники)$/iu;
/** The parts of an article named alike everywhere: a heading wherever such a name stands alone on a line (`Annotation`
 * and `Keywords` as Russian journals' English pages label their abstract and keywords). */
export const PART_NAME =
  /^(?:abstract|annotation|summary|key\s?words|preface|foreword|introduction|background|conclusions?|epilogue|acknowledge?ments|аннотация|ключевые слова|резюме|предисловие|введение|заключение|выводы|послесловие)$/iu;

/** A contents label alone on a line, a colon after it or none: its entries run on under it. */
const CONTENTS_LINE = /^(?:contents|table of contents|содержание|оглавление)\s*:?$/iu;

const pieces = new WeakMap<DocumentIndex, readonly Paragraph[]>();
/** A line of prose under a part's name is at least this long (a PDF's lines run to 60-100 characters). */
const PROSE_LINE = 40;

/**
 * The paragraphs an outline reads: the document's and the indented blocks read as prose (see indentedProse), with a
 * paragraph whose lines run on without a blank line (a PDF's text) divided at a line that is only a part's name
 * (`Abstract`, `Введение`, `Notes`), which becomes a paragraph of its own between the lines above and below it, a PDF's
 * lines made paragraphs each joined again, and a heading run in at a paragraph's start (or after a title run on with
 * it) made a paragraph of its own. The plain text keeps the source's line breaks.
 */
export function outlineParagraphs(index: DocumentIndex): readonly Paragraph[] {
  let list = pieces.get(index);
  if (!list) {
    const indented = indentedProse(index);
    const paragraphs =
      indented.paragraphs.length === 0 ? index.paragraphs : [...index.paragraphs.filter(p => !indented.joined.has(p)), ...indented.paragraphs].sort((a, b) => a.start - b.start);
    list = joinedLines(index, paragraphs.flatMap((p, i) => divided(index, p, paragraphs[i + 1]))).flatMap((p, i, all) => runIn(index, p, all[i - 1]));
    pieces.set(index, list);
  }
  return list;
}

function divided(index: DocumentIndex, p: Paragraph, next: Paragraph | undefined): Paragraph[] {
  const lines = p.text.split('\n');
  if (lines.length < 2) return [p];
  const cuts = new Set([0]);
  let listed = false;
  lines.forEach((line, k) => {
    // Capitalised, as a name is (a wrapped sentence may leave a word alone on a line: `sources`), and over a line of
    // prose (a metadata table's `Аннотация` heads a short label).
    const name = line.trim();
    if (!/^\p{Lu}/u.test(name)) return;
    // A contents label over two lines or more: its entries (`Table of contents :` over `Cover`, `Acknowledgments`, …),
    // among which the book's own `Contents` is one.
    const contents = !listed && CONTENTS_LINE.test(name) && k + 2 < lines.length;
    listed ||= contents;
    // The last line may be a part's name over the next paragraph's prose (`Введение` under a contents' last entry),
    // unless the lines above hold it too (a metadata table's field under the record's label of that name).
    const last = k === lines.length - 1 && !lines.slice(0, k).some(line => line.trim() === name);
    const under = last ? next?.text.trimStart().split('\n')[0] : lines[k + 1];
    if (!contents && ((!PART_NAME.test(name) && !BACK_MATTER.test(name)) || (under ?? '').trim().length < PROSE_LINE)) return;
    cuts.add(k);
    if (k + 1 < lines.length) cuts.add(k + 1);
  });
  if (cuts.size === 1) return [p];
  const starts = [...cuts].sort((a, b) => a - b);
  const first = p.range.start.line;
  return starts.map((from, n) => {
    const to = (starts[n + 1] ?? lines.length) - 1;
    const start = from === 0 ? p.start : index.lines.offsetAt({ line: first + from, character: 0 });
    const end = to === lines.length - 1 ? p.end : index.lines.offsetAt({ line: first + to, character: index.lines.lineText(first + to).length });
    const footnotes = index.references.filter(r => r.start >= start && r.end <= end).map(r => r.identifier);
    return { start, end, range: index.lines.rangeOf(start, end), text: lines.slice(from, to + 1).join('\n'), footnotes };
  });
}

/**
 * A PDF's text that makes each of its lines a paragraph joined again: a line of prose's length that ends no sentence,
 * and the lines under it that go on with a small letter (`… Why did Stalin elect to` / `pursue such policy …`).
 */
/** A line going on with a word in small letters (`pursue such policy`, `mid-1930s, when`), not an address (`http://…`). */
const CONTINUES = /^\p{Ll}[\p{L}\d'’-]*(?:[\s,;.?!…)]|$)/u;

function joinedLines(index: DocumentIndex, paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  // Plain text only: a list item, a quotation or emphasis (a bold heading) is Markdown's own paragraph.
  const asWritten = (offset: number, text: string) => index.lines.lineText(index.lines.positionAt(offset).line).trim() === text;
  const joined: Paragraph[] = [];
  for (const p of paragraphs) {
    const last = joined.at(-1);
    const lastLine = last?.text.split('\n').at(-1)?.trim() ?? '';
    const line = p.text.trim();
    const goesOn = lastLine.length >= PROSE_LINE && !SENTENCE_END.test(lastLine) && !line.includes('\n') && CONTINUES.test(line);
    if (last && goesOn && last.footnotes.length === 0 && asWritten(last.end, lastLine) && asWritten(p.start, line)) {
      joined[joined.length - 1] = { ...last, end: p.end, range: index.lines.rangeOf(last.start, p.end), text: `${last.text}\n${p.text}`, footnotes: p.footnotes };
    } else joined.push(p);
  }
  return joined;
}

/** A part's name run in at the start of its first paragraph, as a PDF's text gives a heading set in the margin or in
 * capitals (`BACKGROUND In 1933 millions …`, `Background The tragic decade …`): a name, then a capitalised word. */
const RUN_IN = /^(\p{Lu}\p{L}+)[ \t]+(?=\p{Lu})/u;
/** A contents heading run together with its first entry, leaders and page number after it, as a PDF's text may give a
 * contents page (`ContentsPreface.......3Lenin’s strokes.......4`). */
const CONTENTS_RUN_IN = /^(?:Table of Contents|Contents|CONTENTS|Содержание|СОДЕРЖАНИЕ|Оглавление|ОГЛАВЛЕНИЕ)(?=\s*\p{Lu}[^\n]*?\.{4,}\s*\d)/u;
/** An abstract's label after a title and authors run on in one line with it, as a PDF's first page may be extracted
 * (`TheKazakhFamine… SarahCameron UniversityofMaryland Abstract: Although …`): no sentence ends before it. */
const ABSTRACT_AFTER_FRONT = /^[^\n.!?]{10,300}?\s(Abstract|ABSTRACT|Summary|Аннотация|АННОТАЦИЯ|Резюме):\s+(?=\p{Lu})/u;

/** Where a heading runs in inside a paragraph's plain text, and where the text after it starts. */
function runInHeading(text: string): { from: number; to: number; rest: number } | undefined {
  const contents = CONTENTS_RUN_IN.exec(text);
  if (contents) return { from: 0, to: contents[0].length, rest: contents[0].length };
  const part = RUN_IN.exec(text);
  if (part && (PART_NAME.test(part[1]) || BACK_MATTER.test(part[1]))) return { from: 0, to: part[1].length, rest: part[0].length };
  const abstract = ABSTRACT_AFTER_FRONT.exec(text);
  if (!abstract) return undefined;
  const from = abstract[0].lastIndexOf(abstract[1]);
  return { from, to: from + abstract[1].length, rest: abstract[0].length };
}

/** A paragraph divided where a heading runs in: the lines before it (a title and authors), the heading, the prose. The
 * name repeated at the start of the paragraph it heads (`Abstract` over `Abstract Laboratories of Terror explores …`)
 * is that heading again: only the prose is left. */
function runIn(index: DocumentIndex, p: Paragraph, previous: Paragraph | undefined): Paragraph[] {
  const heading = runInHeading(p.text);
  if (!heading || p.text.length - heading.rest < PROSE_LINE) return [p];
  const repeated = heading.from === 0 && previous?.text.trim().toLowerCase() === p.text.slice(0, heading.to).toLowerCase();
  const source = index.text.slice(p.start, p.end);
  const at = (n: number) => p.start + plainToSource(source, p.text, n);
  const piece = (from: number, to: number, footnotes: string[]): Paragraph => {
    const start = from === 0 ? p.start : at(from);
    const end = to === p.text.length ? p.end : at(to);
    return { start, end, range: index.lines.rangeOf(start, end), text: p.text.slice(from, to), footnotes };
  };
  if (repeated) return [piece(heading.rest, p.text.length, p.footnotes)];
  const before = p.text.slice(0, heading.from).trimEnd().length;
  return [
    ...(before > 0 ? [piece(0, before, [])] : []),
    piece(heading.from, heading.to, []),
    piece(heading.rest, p.text.length, p.footnotes),
  ];
}
