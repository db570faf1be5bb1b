// A page that starts inside a word (one hyphenated over the page break, `top-` / `level`) is marked after the
// word, as a reader expects, not between its halves; a reference set close to the word stays with it.
import type { Inline } from './model';

type PageStart = Extract<Inline, { kind: 'page' }>;

export function pagesAfterWords(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  let held: PageStart[] = [];
  for (const inline of list) {
    const before = out.at(-1);
    if (inline.kind === 'page') {
      const inWord = held.length > 0 || before?.kind === 'ref' || (before?.kind === 'text' && before.text !== '' && !/\s$/.test(before.text));
      if (inWord) held.push(inline);
      else out.push(inline);
      continue;
    }
    const space = held.length > 0 && inline.kind === 'text' ? inline.text.search(/\s/) : -1;
    if (inline.kind !== 'text' || space < 0) {
      out.push(inline);
      continue;
    }
    if (space > 0) out.push({ ...inline, text: inline.text.slice(0, space) });
    out.push(...held, { ...inline, text: inline.text.slice(space) });
    held = [];
  }
  return [...out, ...held];
}
