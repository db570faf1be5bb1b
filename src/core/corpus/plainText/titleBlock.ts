// The title block at the head of the first page: the title's lines, the author's name (perhaps in a byline, `by J.
// Eugene Clay`), and a line citing the journal (`Journal, Vol. 12, No. 3 (1996), pp. 211-224`). Only what the page
// gives is taken.
import type { ArticleMeta } from '../article/model';
import { sameText } from '../article/sameText';
import { joinLines } from '../joinLines';
import { lastIndexWhere } from './lastIndex';
import type { TextLine } from './lines';

/** A name: two to five capitalised words or initials, nothing else but a generation's suffix (`John Witte, Jr.`). */
const NAME = /^(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,4}\p{Lu}[\p{L}’'-]+(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?$/u;
/** A byline's opening word. */
const BY = /^by\s+/i;
/** A line listing the article's keywords, below its title block. */
const KEYWORDS = /^Key\s?words?\s*[:.–—]\s*(\S.*)$/i;
/** A byline: `by` and a name. */
export const BYLINE = /^[Bb][Yy]\s+\p{Lu}/u;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const PAGES = /\bpp?\.\s*(\d+\s*[-–]\s*\d+)/;
/** A volume's number and its year, as a citation gives them before the pages or without them: `2 (2024)`. */
const VOLUME_YEAR = /\d\s*\((?:1[89]\d\d|20\d\d)\)/;
/** Lines a title block may take before the text begins. */
const MAX_LINES = 8;
/** Lines a masthead may take above the title. */
const MASTHEAD_LINES = 5;
/** A volume cited with its year and pages: `Volume 2 (2024): 124–138`, `Vol. 12 (1996), pp. 211-224`. */
const VOLUME = /\bVol(?:ume|\.)?\s*\d+[^()]{0,20}\((1[89]\d\d|20\d\d)\)[:,]?\s*(?:pp?\.\s*)?(\d+\s*[-–]\s*\d+)/;
const DOI = /(?:\bdoi:\s*|https?:\/\/doi\.org\/)?\b10\.\d{4,9}\/\S+/i;

export interface TitleBlock {
  meta: ArticleMeta;
  /** Lines the block used, from the start of the text. */
  used: number;
}

export function readTitleBlock(lines: TextLine[]): TitleBlock {
  const all = lines.map((line, index) => ({ line, index })).filter(x => x.line.text !== '');
  // A short title's line may read as a name (`Dissenting Views`): the author's is the first after the title's first.
  const authorIn = (from: number) => all.slice(from, from + MAX_LINES).findIndex((x, i) => i > 0 && NAME.test(x.line.text.replace(BY, '')));
  // A masthead stands above a title and its author; a citation below them is the title block's own.
  const found = mastheadOf(all.slice(0, MASTHEAD_LINES).map(x => x.line.text));
  const masthead = found.lines > 0 && authorIn(found.lines) > 0 ? found : { lines: 0, meta: {} };
  const written = all.slice(masthead.lines, masthead.lines + MAX_LINES);
  const author = authorIn(masthead.lines);
  if (author <= 0) return { meta: {}, used: 0 };
  const meta: ArticleMeta = {
    title: written.slice(0, author).map(x => x.line.text).reduce(joinLines).replace(/\s+/g, ' '),
    author: written[author].line.text.replace(BY, ''),
    ...masthead.meta,
  };
  let last = author;
  // A citation below the author, with its pages or its volume and year, may take two lines.
  const below = written.slice(author + 1, author + 3).map(x => x.line.text);
  const citedIn = (pattern: RegExp) => (pattern.test(below[0] ?? '') ? 1 : pattern.test(below.join(' ')) ? 2 : 0);
  const cited = citedIn(PAGES) || citedIn(VOLUME_YEAR);
  if (cited > 0) {
    last = author + cited;
    Object.assign(meta, journalOf(below.slice(0, cited).join(' ')));
  }
  const keywords = KEYWORDS.exec(written[last + 1]?.line.text ?? '');
  if (keywords) {
    meta.keywords = keywords[1];
    last++;
  }
  return { meta, used: written[last].index + 1 };
}

/**
 * A title page (the title and its author, perhaps keywords or an abstract) may come before the first page, which sets
 * the title block again under the journal's masthead: that block, found by the same author's name, is no text. The
 * masthead gives the journal, year and pages; a title line there that the title page lacks is its subtitle. Returns
 * the lines of `lines` the block used (none when the author is not the same), `meta` completed.
 */
export function readTitleSetAgain(meta: ArticleMeta, lines: TextLine[]): number {
  if (!meta.author || !meta.title) return 0;
  const again = readTitleBlock(lines);
  if (!again.meta.author || !sameText(again.meta.author, meta.author)) return 0;
  const { title, ...rest } = again.meta;
  for (const [field, value] of Object.entries(rest) as [keyof ArticleMeta, string][]) meta[field] ??= value;
  if (title && !sameText(title, meta.title) && !sameText(title.slice(0, meta.title.length), meta.title)) meta.title = `${meta.title}: ${title}`;
  else if (title && title.length > meta.title.length) meta.title = title;
  return again.used;
}

/**
 * A journal's masthead: its name and a line citing the volume with its year and pages (`Volume 2 (2024): 124–138`),
 * perhaps a DOI; the lines up to the last of these, when one cites the volume.
 */
function mastheadOf(texts: string[]): { lines: number; meta: ArticleMeta } {
  const last = lastIndexWhere(texts, t => VOLUME.test(t) || DOI.test(t));
  const volume = texts.slice(0, last + 1).map(t => VOLUME.exec(t)).find(m => m !== null);
  if (!volume) return { lines: 0, meta: {} };
  const name = texts.slice(0, last + 1).map(t => t.replace(VOLUME, ' ').replace(DOI, ' ').trim()).filter(t => t !== '').join(' ').replace(/\s+/g, ' ');
  return { lines: last + 1, meta: { ...(name ? { journal: name } : {}), year: volume[1], pages: volume[2].replace(/\s+/g, '').replace('–', '-') } };
}

function journalOf(line: string): ArticleMeta {
  const journal = /^(.*?)(?:,?\s+(?:Vol\.|vol\.|no\.|No\.|\(|\d))/.exec(line)?.[1]?.trim();
  return {
    ...(journal ? { journal } : {}),
    ...(YEAR.test(line) ? { year: YEAR.exec(line)?.[1] } : {}),
    ...(PAGES.test(line) ? { pages: PAGES.exec(line)?.[1].replace(/\s+/g, '').replace('–', '-') } : {}),
  };
}
