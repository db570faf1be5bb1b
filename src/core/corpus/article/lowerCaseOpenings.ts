// A paragraph never opens in lower case: one that does holds text read out of place (a column's blocks in the
// wrong order, a note's continuation left in the text). Each is reported with its page, since nothing else shows it.
import type { ArticleBlock, ImportWarning } from './model';

/** `firstPage`: the page the text starts on, before any page marker. */
export function reportLowerCaseOpenings(blocks: ArticleBlock[], warnings: ImportWarning[], firstPage?: string): void {
  let page = firstPage;
  for (const block of blocks) {
    if (block.kind === 'page') page = block.page;
    if (block.kind !== 'paragraph') continue;
    const first = block.inlines.find(i => i.kind !== 'page');
    const opening = block.inlines.slice(0, first ? block.inlines.indexOf(first) : 0);
    for (const inline of opening) if (inline.kind === 'page') page = inline.page;
    if (first?.kind === 'text' && /^\s*\p{Ll}/u.test(first.text)) {
      warnings.push({ page, message: `a paragraph opens in lower case («${first.text.trim().slice(0, 40)}…»): text may be out of place here (a column read out of order, or a note's continuation left in the text)` });
    }
    for (const inline of block.inlines) if (inline.kind === 'page') page = inline.page;
  }
}
