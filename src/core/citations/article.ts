// An article in a newspaper or journal, cited with its own title: `A. Ivanov, “Title of article,” Pravda, 12 March
// 1937, p. 3`, `"Title", Pravda, …`, `R. W. Davies, “Title,” Slavic Review 60, no. 4 (2001): 730`, and the Russian
// way `Иванов А. Название // Правда. 1937. 12 марта.` The article's title is `articleTitle`, the periodical's name
// `title` (as for an issue cited alone), its issue `date` and `issue`.
import { HAS_YEAR, parsePeriodical } from './periodical';
import { tidyText, trimEnd } from './tidy';
import type { Citation } from './types';

/** How the printed parser reads names: an author and a title before a periodical, and whether words are a name. */
export interface NameReading {
  authorAndTitle(text: string): { author?: string; title?: string };
  isPersonName(text: string): boolean;
}

/**
 * A closing quote (a comma or full stop inside or after it), the space before the periodical's name, and `in`. The
 * quote's kind tells which opening quote the title starts with.
 */
const CLOSING = /[,.]?([”"»’'])[,.]? (?:in )?/gu;
const OPENING_OF: Record<string, string> = { '”': '“', '"': '"', '»': '«', '’': '‘', "'": "'" };
/** A closing quote before a space, or the Russian separator. */
const MAY_BE_ARTICLE = /[”"»’'][,.]?\s|\/\//u;
/** What a periodical's name starts with: a capital, perhaps after a quote or an emphasis mark. */
const NAME_START = /^[«"“‘*_]?\p{Lu}/u;
/** The Russian separator between an article and the periodical it is in (not the `//` of an address). */
const IN_PERIODICAL = / ?(?<!:)\/\/ ?/u;
/** Words before the reference that say where to look (a title's subtitle after a colon is no lead). */
const LEAD = /^(?:(?:[Сс]м|[Сс]р|[Пп]одробнее см)\.|[Цц]ит\. по|[Ss]ee|[Cc]f\.)(?: также| also)?:? /u;
/**
 * How far from the end of the reference an article's title may close: the periodical, its issue and the remarks after
 * them take a few words, and trying every quote of a long text would take time in its length for each.
 */
const PERIODICAL_LENGTH = 300;
/** The author after words that say what the article is: `Memoirs by Vladimir Skorodumov`, `discussed in F. Hirsch`. */
const AFTER_WORDS = /(?:^|\s)(?:by|in) ([^,]+)$/u;

/** The reference as an article in a periodical, or undefined when it is not one. */
export function parseArticle(raw: string, body: string, names: NameReading): Citation | undefined {
  // Every issue names its year, and an article's title closes with a quote or a `//`: most references are read no further.
  if (!HAS_YEAR.test(body) || !MAY_BE_ARTICLE.test(body)) return undefined;
  const text = body.replace(/\s+/gu, ' ').trim().replace(LEAD, '');
  const slash = IN_PERIODICAL.exec(text);
  if (slash) {
    const issue = parsePeriodical(raw, text.slice(slash.index + slash[0].length));
    const { author, title } = names.authorAndTitle(text.slice(0, slash.index));
    return issue && article(issue, author, title && unquote(title));
  }
  for (const close of text.matchAll(CLOSING)) {
    const rest = text.slice((close.index ?? 0) + close[0].length);
    if (rest.length > PERIODICAL_LENGTH || !NAME_START.test(rest)) continue;
    // The title opens with the quote that pairs with its closing one, at the start of a word: `‘Rytsar’ GB,’`.
    const head = text.slice(0, close.index);
    const open = openingAt(head, OPENING_OF[close[1]]);
    if (open < 0) continue;
    const issue = parsePeriodical(raw, rest);
    if (issue) return article(issue, authorOf(trimEnd(head.slice(0, open), ' ,'), names), head.slice(open + 1));
  }
  return undefined;
}

/** The last opening quote in the text that starts a word, or -1. */
function openingAt(text: string, quote: string): number {
  for (let at = text.lastIndexOf(quote); at >= 0; at = at > 0 ? text.lastIndexOf(quote, at - 1) : -1) {
    if (at === 0 || text[at - 1] === ' ') return at;
  }
  return -1;
}

/** The author the words before the title name, if they are a name (`V. Lerner, Y. Finkelstein, and E. Witztum`). */
function authorOf(text: string, names: NameReading): string | undefined {
  if (text && names.isPersonName(text)) return text;
  const after = AFTER_WORDS.exec(text);
  return after && names.isPersonName(after[1]) ? after[1] : undefined;
}

function article(issue: Citation, author: string | undefined, title: string | undefined): Citation | undefined {
  const articleTitle = title && tidyText(title);
  return articleTitle ? { ...issue, author, articleTitle } : undefined;
}

/** A title without the quotes around it, when both stand there (`«…»`, `“…”`). */
function unquote(title: string): string {
  const open = '“"«'.indexOf(title[0]);
  return open >= 0 && title.endsWith('”"»'[open]) ? title.slice(1, -1) : title;
}
