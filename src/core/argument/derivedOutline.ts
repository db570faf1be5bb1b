// The outline of any article without a curated argument: its headings, each paragraph's topic sentence and
// the notes cited in that paragraph, with block quotations marked as such, and the question and thesis its
// introduction states (proposed, see questionThesis).
import type { DocumentIndex } from '../document/documentIndex';
import type { Paragraph } from '../document/types';
import { articleSegments, type Segment } from './articleSegments';
import { bylineFront, frontLines, IN_CAPITALS, isImage, isSiteName, manuscriptHeadings, runOnLines, SITE_LINE, tagLines } from './manuscriptLines';
import { outlineParagraphs } from './outlineParagraphs';
import type { Outline, OutlineClaim, OutlineSection } from './outline';
import { plainToSource } from '../text/plainAlignment';
import { runSteps, runStepsInTurns, type Steps } from '../text/steps';
import { questionAndThesis } from './questionThesis';
import { topicSentenceLength } from './topicSentence';

/** `Introduction`, `1. Introduction`, `I. Introduction`, `Введение`. */
const INTRODUCTION = /^(?:[\dIVX.]+\s+)?(?:introduction|preface|foreword|введение|вступление|предисловие)\b/iu;

/** A sentence's end after a word (a contents' leaders `Preface.....3` and a title page's lines have none). */
const SENTENCE = /\p{L}[.!?…][”"’')»]*(?:\s|$)/u;

/** `Chapter Five`, `Chapter 5`, `Глава 2`, `Глава первая`: a chapter's label, not its title. */
const CHAPTER_LABEL = /^(?:chapter|глава)\s+(?:\d{1,2}|[IVXL]{1,6}|\p{L}+)\.?$/iu;
/** A journal's issue as a PDF's first page heads it (`Vol. 58, No. 4, June 2006, 625 633`, `2018. № 56`). */
const ISSUE = /^(?=.*\b(?:1[89]|20)\d{2}\b)(?=.*(?:(?<!\p{L})(?:vol|no|volume|issue|т|вып)\.?\s*\d|№\s*\d))/iu;

/** A PDF's page as a document site marks it in the text (`Page 1: In the shadow of the Gulag…`): no part of the title. */
const PAGE_MARK = /^page \d+:?\s*/i;
/** A site's dateline (`03.11.2022 | Церковь и мир`, `Опубликовано 26.03.2018 в рубрике …`, a blog post's `Saturday,
 * June 28, 2014`) or a host's status line with its time stamp (`… Render date: 2024-11-23T17:15:00.219Z …`): no title. */
const DATELINE =
  /\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}-\d{2}-\d{2}(?!\d)|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}$/iu;
/** The ISBNs an e-book site gives after a title (`Stalin's Peasants : … 019506982X, 0195104595, 9780195104592`). */
const ISBNS = /(?:,?\s+(?:97[89])?\d{9}[\dX])+$/u;
/** A work's genre alone over the line that names it (`Реферат` over `Реферат Коллективизация …`, `Thesis`): no title. */
const GENRE = /^(?:реферат|курсовая работа|дипломная работа|автореферат|диссертация|thesis|dissertation)$/iu;
/** An issue line that does not name its journal (`Vol. 58, …`) has the journal's name on the line above. */
const UNNAMED_ISSUE = /^(?:vol|no|volume|issue|т|вып)\.?\s*\d|^№|^\d/iu;

/** The title among the front lines: not a page's mark, a line without a letter or with a date, a site's own line or
 * name, a genre's name, a journal's issue nor the journal's name above it, nor a chapter's label (`Chapter Five`) when
 * the title follows. */
function frontTitle(front: readonly string[]): string | undefined {
  const lines = front
    .map(line => line.replace(PAGE_MARK, '').replace(ISBNS, ''))
    .filter((line, i, all) => /\p{L}/u.test(line) && !DATELINE.test(line) && !line.split('\n').every(l => SITE_LINE.test(l.trim())) && !isSiteName(line, all[i - 1]) && !GENRE.test(line));
  const issue = lines.findIndex(line => ISSUE.test(line));
  const journal = issue > 0 && UNNAMED_ISSUE.test(lines[issue]) ? issue - 1 : -1;
  const rest = lines.filter((_, i) => i !== issue && i !== journal);
  return rest.length > 1 && CHAPTER_LABEL.test(rest[0]) ? rest[1] : rest[0];
}

/** The title among front lines run on without a blank line, when it is in capitals or the next line repeats it (a
 * page's title over its heading); a journal's name, an issue or a page's mark before it are passed over as above. */
function runOnTitle(lines: readonly string[]): string | undefined {
  const title = frontTitle(lines);
  return title && (IN_CAPITALS.test(title) || lines[lines.indexOf(title) + 1] === title) ? title : undefined;
}

export function derivedOutline(index: DocumentIndex): Outline {
  return runSteps(derivingOutline(index));
}

/** The same outline, giving the host a turn every few milliseconds (thousands of paragraphs take a good part of a
 * second). */
export function derivedOutlineInTurns(index: DocumentIndex): Promise<Outline> {
  return runStepsInTurns(derivingOutline(index));
}

/** The derived outline, a step for each paragraph. */
function* derivingOutline(index: DocumentIndex): Steps<Outline> {
  const bold = yield* manuscriptHeadings(index);
  const { title, segments } = articleSegments(index.lines, [...index.sections, ...bold], bodyEnd(index));
  const headings = [...bold, ...index.sections.filter(s => s.level > 1)];
  const front = frontLines(index, headings);
  yield;
  // A site's own prose above the article: the article's title, author and byline under it are no claims.
  const byline = title === null && frontMatterTitle(index.text) === undefined ? bylineFront(index, headings) : undefined;
  const skipped = new Set([...front, ...(byline?.lines ?? [])].map(p => p.start).concat(bold.map(h => h.start)));
  const prose: Paragraph[] = [];
  for (const p of outlineParagraphs(index)) {
    // A template tag over a paragraph's first sentence leaves the lines under it.
    const rest = linesFrom(index, p, tagLines(index, p));
    if (rest.text.trim() !== '' && !skipped.has(p.start) && !isImage(index, p)) prose.push(rest);
    yield;
  }
  const sections: OutlineSection[] = [];
  for (const segment of segments) {
    const claims: OutlineClaim[] = [];
    for (const p of prose) {
      if (!within(p, segment)) continue;
      claims.push(topicClaim(index, p));
      yield;
    }
    // The stretch of a manuscript's title and author lines above its first heading is no section.
    if (segment.title !== null || claims.length > 0) sections.push({ title: segment.title, range: segment.range, claims });
  }
  // The introduction is the first stretch of prose, untitled or headed as one; the author’s prose only.
  // A title page's lines, a contents' entries end no sentence: the introduction is where sentences start.
  const opening = segments.find(segment => prose.some(p => within(p, segment) && SENTENCE.test(p.text)));
  const introduction = opening && (opening.title === null || INTRODUCTION.test(opening.title)) ? prose.filter(p => within(p, opening) && !isQuotation(index, p)) : [];
  const { question, thesis } = yield* questionAndThesis(index, introduction);
  // Without a Markdown title, the front matter's, else the line over an author's line below a site's own prose, else a
  // manuscript's first front line (the others are author and affiliation), else the first of lines run on.
  const manuscriptTitle = title ?? frontMatterTitle(index.text) ?? byline?.title ?? frontTitle(front.map(p => p.text.trim())) ?? runOnTitle(runOnLines(index)) ?? null;
  return { kind: 'derived', title: manuscriptTitle, question, thesis, periods: [], sections, unanchored: [] };
}

/** The `title:` of YAML front matter at the top of the text (`title: "Early Soviet Historiography"`). */
function frontMatterTitle(text: string): string | undefined {
  const matter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/.exec(text)?.[1];
  const title = matter && /^title:(.*)$/m.exec(matter)?.[1].trim();
  return title ? title.replace(/^(["'])(.*)\1$/, '$2') || undefined : undefined;
}

/** Where the body ends: before the notes when they are all gathered after the last paragraph of prose
 * (the index lists no paragraph inside a note). */
export function bodyEnd(index: DocumentIndex): number {
  const notesStart = index.definitions.reduce((min, d) => Math.min(min, d.start), index.text.length);
  return index.paragraphs.some(p => p.start > notesStart) ? index.text.length : notesStart;
}

/** A paragraph from its `skip`th line on (the plain text keeps the source's line breaks). */
function linesFrom(index: DocumentIndex, p: Paragraph, skip: number): Paragraph {
  if (skip === 0) return p;
  const start = index.lines.offsetAt({ line: p.range.start.line + skip, character: 0 });
  return { ...p, start, range: index.lines.rangeOf(start, p.end), text: p.text.split('\n').slice(skip).join('\n') };
}

function within(p: Paragraph, segment: Segment): boolean {
  return p.start >= segment.start && p.start < segment.end;
}

/**
 * A claim is at most this long: a first sentence that runs on (a paragraph of thousands of note references and no
 * full stop) is cut at a word and ends with an ellipsis, and only the start of a paragraph is read for it.
 */
const CLAIM_CHARS = 1000;

function topicClaim(index: DocumentIndex, p: Paragraph): OutlineClaim {
  let length = topicSentenceLength(p.text.slice(0, 2 * CLAIM_CHARS));
  const cut = length > CLAIM_CHARS;
  if (cut) length = Math.max(p.text.lastIndexOf(' ', CLAIM_CHARS), CLAIM_CHARS / 2);
  const end = p.start + plainToSource(index.text.slice(p.start, p.end), p.text, length);
  return {
    text: p.text.slice(0, length).replace(/\s+/g, ' ').trimEnd() + (cut ? ' …' : ''),
    range: index.lines.rangeOf(p.start, end),
    footnotes: [...new Set(p.footnotes)],
    quotation: isQuotation(index, p),
  };
}

function isQuotation(index: DocumentIndex, p: Paragraph): boolean {
  return /^\s*>/.test(index.lines.lineText(p.range.start.line));
}
