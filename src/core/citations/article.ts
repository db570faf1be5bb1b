// An article in a newspaper or journal, cited with its own title: `A. Ivanov, “Title of article,” Pravda, 12 March
// 1937, p. 3`, `"Title", Pravda, …`, `R. W. Davies, “Title,” Slavic Review 60, no. 4 (2001): 730`, and the Russian
// way `Иванов А. Название // Правда. 1937. 12 марта.` The article's title is `articleTitle`, the periodical's name
// `title` (as for an issue cited alone), its issue `date` and `issue`.
import { parsePeriodical } from './periodical';
import { tidyText, trimEnd } from './tidy';
import type { Citation } from './types';

/** How the printed parser reads an author and a title from the words before the periodical. */
export type AuthorAndTitle = (text: string) => { author?: string; title?: string };

/** A closing quote (a comma or full stop inside or after it), the space before the periodical's name, and `in`. */
const CLOSING = /[,.]?[”"»’'][,.]? (?:in )?/gu;
/** The opening quote of the article's title, at the start or after a space. */
const OPENING = /(?:^|[\s,])[“"«‘']/u;
/** The Russian separator between an article and the periodical it is in. */
const IN_PERIODICAL = / ?\/\/ ?/u;
const OPEN_QUOTES = '“"«‘\'';
const CLOSE_QUOTES = '”"»’\'';
/** Words before the reference that say where to look (a title's subtitle after a colon is no lead). */
const LEAD = /^(?:(?:[Сс]м|[Сс]р|[Пп]одробнее см)\.|[Цц]ит\. по|[Ss]ee|[Cc]f\.)(?: также| also)?:? /u;

/** The reference as an article in a periodical, or undefined when it is not one. */
export function parseArticle(raw: string, body: string, authorAndTitle: AuthorAndTitle): Citation | undefined {
  const text = body.replace(/\s+/gu, ' ').trim().replace(LEAD, '');
  const slash = IN_PERIODICAL.exec(text);
  if (slash) return article(raw, text.slice(0, slash.index), text.slice(slash.index + slash[0].length), authorAndTitle);
  for (const close of text.matchAll(CLOSING)) {
    // The title ends before its closing quote, which a soft sign (’) may stand right before.
    const head = text.slice(0, close.index);
    if (!OPENING.test(head)) continue;
    const found = article(raw, head, text.slice((close.index ?? 0) + close[0].length), authorAndTitle);
    if (found) return found;
  }
  return undefined;
}

function article(raw: string, head: string, rest: string, authorAndTitle: AuthorAndTitle): Citation | undefined {
  const issue = parsePeriodical(raw, rest);
  if (!issue) return undefined;
  const { author, title } = authorAndTitle(trimEnd(head, ' ,'));
  const articleTitle = title && tidyText(unquote(title));
  return articleTitle ? { ...issue, author, articleTitle } : undefined;
}

/** A title without its opening quote, and its closing one when that cannot be a soft sign (`«…»`, `“…”`). */
function unquote(title: string): string {
  const open = OPEN_QUOTES.indexOf(title[0]);
  if (open < 0) return title;
  return title.slice(1, title.endsWith(CLOSE_QUOTES[open]) && !'’\''.includes(CLOSE_QUOTES[open]) ? -1 : undefined);
}
