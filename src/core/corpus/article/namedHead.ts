// A running head names the article: its journal, its author or the start of its title. Where the pages are too few
// for a head to recur at one height, a page's first line naming the article is still its head.
import type { ArticleMeta } from './model';
import { sameText } from './sameText';

export function namesArticle(text: string, meta: ArticleMeta): boolean {
  const names = [meta.journal, meta.author].filter((name): name is string => !!name);
  const titleHead = /\s\S+\s/.test(text) && (meta.title ?? '').toLowerCase().startsWith(text.toLowerCase());
  return titleHead || names.some(name => sameText(name, text));
}
