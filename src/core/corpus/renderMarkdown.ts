// Turns the parsed article into the corpus Markdown: front matter, title, sections, paragraphs, block
// quotes, the thematic break before the conclusion, then every note as a GFM footnote definition.
import { stringify } from 'yaml';
import type { Atom, RawArticle } from './articleModel';
import { median } from './glyphWidth';
import { escapeBlockStart, inlineMarkdown } from './inlineMarkdown';
import { joinParagraph, paragraphs, printedLines, type PrintedLine } from './layout';
import { MISSING_NOTE_TEXT } from './missingNote';
import { nameCase, sentenceCase, spellingCensus } from './titleCase';

/** Widths of every printed line of one kind of text: the measure is their median. */
function measureOf(atomLists: Atom[][]): number {
  return median(atomLists.flatMap(atoms => printedLines(atoms).map(line => line.width)));
}

function paragraphText(lines: PrintedLine[]): string {
  return escapeBlockStart(inlineMarkdown(joinParagraph(lines)));
}

export function renderMarkdown(article: RawArticle): string {
  const flows = article.blocks.flatMap(b => (b.kind === 'flow' ? [b.atoms] : []));
  const quotes = article.blocks.flatMap(b => (b.kind === 'quote' ? [b.atoms] : []));
  const measures = {
    flow: measureOf(flows),
    quote: measureOf(quotes),
    note: measureOf(article.notes.map(n => n.atoms)),
  };

  const body: string[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'heading') body.push(`## ${block.text.trim()}`);
    else if (block.kind === 'break') body.push('* * *');
    else {
      const measure = measures[block.kind];
      const texts = paragraphs(printedLines(block.atoms, measure), measure).map(paragraphText);
      body.push(...(block.kind === 'quote' ? [texts.map(t => `> ${t}`).join('\n>\n')] : texts));
    }
  }

  const noteTexts = new Map(
    article.notes.map(note => [note.n, paragraphText(printedLines(note.atoms, measures.note))]),
  );
  const definitions = [...new Set([...article.refs, ...noteTexts.keys()])]
    .sort((a, b) => a - b)
    .map(n => `[^${n}]: ${noteTexts.get(n) || MISSING_NOTE_TEXT}`);

  const [author, ...titleLines] = article.titleLines;
  const census = spellingCensus(body.join('\n\n'));
  const title = sentenceCase(joinTitleLines(titleLines), census);
  const front: Record<string, string> = {};
  if (title) front.title = title;
  if (author) front.author = nameCase(author);
  const head = Object.keys(front).length > 0 ? [`---\n${stringify(front, { lineWidth: 0 }).trimEnd()}\n---`] : [];
  const heading = title ? [`# ${title}`] : [];
  return [...head, ...heading, ...body, ...definitions].join('\n\n') + '\n';
}

/** The title's printed lines as one line; a line holding only the years reads as `…, 1918-1953`. */
function joinTitleLines(lines: string[]): string {
  return lines.reduce((title, line) => {
    if (!title) return line;
    return /^[\d\s\u2013-]+$/.test(line) ? `${title}, ${line}` : `${title} ${line}`;
  }, '');
}
