// The Sources view's filter: a file or work matches when the words typed occur, in order, in its reference as cited
// (`RGASPI f. 17, op. 3` finds every delo of that opis'; the archive by either its current or its written name), in a
// title, an author, an imprint, a periodical's issue as its row shows it (`no. 11, 1989`) or the name of a citing
// article. Matching starts at a word and a number matches whole, so `op. 3` does not find `op. 34`; case and
// punctuation do not count.
import { words } from './register';
import { issueLabel, workLabel } from './workLabels';
import type { SourceFile, SourceWork } from './types';

export interface SourceFilter {
  query: string;
  file(f: SourceFile): boolean;
  work(w: SourceWork): boolean;
}

function reference(archive: string, f: SourceFile): string {
  return [archive, `f ${f.fond}`, f.opis && `op ${f.opis}`, `d ${f.delo}`, f.tom && `t ${f.tom}`].filter(Boolean).join(' ');
}

/** Undefined for a query of no words: nothing filtered. */
export function sourceFilter(query: string): SourceFilter | undefined {
  const wanted = words(query);
  if (!wanted) return undefined;
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:^| )${escaped}${/\p{N}$/u.test(wanted) ? '(?!\\p{N})' : ''}`, 'u');
  const matches = (texts: readonly (string | undefined)[]) => texts.some(t => t !== undefined && pattern.test(words(t)));
  return {
    query: query.trim(),
    file: f => matches([reference(f.archiveCurrent ?? f.archive, f), reference(f.archive, f), f.opisTitle, ...f.titles, ...f.articles]),
    work: w => matches([w.author, w.title, w.published, workLabel(w), issueLabel(w), ...w.articles]),
  };
}
