// A manuscript typed without paragraph styles sets its title block and quotations by direct formatting: the title
// and the author centred at the head of the document, a quotation indented on the left. Those paragraphs are given
// the style names the reader knows (Title, Author, Block Text), so they are read as the styled ones are. A
// paragraph that has a style of its own keeps it.

/** What a paragraph shows of its formatting (indents in twentieths of a point, as Word writes them). */
export interface ManuscriptParagraph {
  text: string;
  styleName?: string | null;
  alignment?: string | null;
  indentStart?: number;
  indentFirstLine?: number;
  indentHanging?: number;
  inList?: boolean;
}

/** A quotation is set in by at least this much on the left (a third of an inch). */
const QUOTE_INDENT = 480;
/** An author's line names a few people: no longer than this many words. */
const AUTHOR_WORDS = 8;

/** The style name each paragraph is read with (its own, a title block's, a quotation's, or none). */
export function manuscriptStyles(paragraphs: ManuscriptParagraph[]): (string | undefined)[] {
  const styled = paragraphs.some(p => /^(?:Title|Author)$/.test(p.styleName ?? ''));
  const written = paragraphs.map((p, i) => (p.text.trim() === '' ? -1 : i)).filter(i => i >= 0);
  const head = written.slice(0, written.findIndex(i => paragraphs[i].alignment !== 'center'));
  const names: (string | undefined)[] = paragraphs.map(p => p.styleName ?? undefined);
  // The centred paragraphs opening the document, before its first one set otherwise: the title, then its author.
  if (!styled && head.length >= 2 && head.length <= 3 && head.every(i => !paragraphs[i].styleName)) {
    const [title, author] = head;
    if (paragraphs[author].text.trim().split(/\s+/).length <= AUTHOR_WORDS) {
      names[title] = 'Title';
      names[author] = 'Author';
    }
  }
  paragraphs.forEach((p, i) => {
    const setIn = (p.indentStart ?? 0) >= QUOTE_INDENT && (p.indentFirstLine ?? 0) === 0 && (p.indentHanging ?? 0) === 0;
    if (!p.styleName && !p.inList && setIn && p.alignment !== 'center' && names[i] === undefined) names[i] = 'Block Text';
  });
  return names;
}
