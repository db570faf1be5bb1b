// The title block at the head of the first page: the title's lines, the author's name, and a line citing the
// journal (`Journal, Vol. 12, No. 3 (1996), pp. 211-224`). Only what the page gives is taken.
import type { ArticleMeta } from '../article/model';
import { joinLines } from '../joinLines';
import type { TextLine } from './lines';

/** A name: two to five capitalised words or initials, nothing else. */
const NAME = /^(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,4}\p{Lu}[\p{L}’'-]+$/u;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const PAGES = /\bpp?\.\s*(\d+\s*[-–]\s*\d+)/;
/** Lines a title block may take before the text begins. */
const MAX_LINES = 8;

export interface TitleBlock {
  meta: ArticleMeta;
  /** Lines the block used, from the start of the text. */
  used: number;
}

export function readTitleBlock(lines: TextLine[]): TitleBlock {
  const written = lines.map((line, index) => ({ line, index })).filter(x => x.line.text !== '').slice(0, MAX_LINES);
  const author = written.findIndex(x => NAME.test(x.line.text));
  if (author <= 0) return { meta: {}, used: 0 };
  const meta: ArticleMeta = {
    title: written.slice(0, author).map(x => x.line.text).reduce(joinLines).replace(/\s+/g, ' '),
    author: written[author].line.text,
  };
  let last = author;
  const citation: string[] = [];
  for (const x of written.slice(author + 1, author + 3)) {
    citation.push(x.line.text);
    if (PAGES.test(citation.join(' '))) {
      last = written.indexOf(x);
      Object.assign(meta, journalOf(citation.join(' ')));
      break;
    }
  }
  return { meta, used: written[last].index + 1 };
}

function journalOf(line: string): ArticleMeta {
  const journal = /^(.*?)(?:,?\s+(?:Vol\.|vol\.|no\.|No\.|\(|\d))/.exec(line)?.[1]?.trim();
  return {
    ...(journal ? { journal } : {}),
    ...(YEAR.test(line) ? { year: YEAR.exec(line)?.[1] } : {}),
    pages: PAGES.exec(line)?.[1].replace(/\s+/g, '').replace('–', '-'),
  };
}
