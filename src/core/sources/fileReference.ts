// An archival file as a reader cites it: `RGASPI, f. 17, op. 3, d. 677`, the written archive name first with its
// current one after it, and the tom when there is one.
import type { SourceFile } from './types';

export function fileReference(f: SourceFile): string {
  const archive = f.archiveCurrent ? `${f.archive} (${f.archiveCurrent})` : f.archive;
  return [archive, `f. ${f.fond}`, f.opis && `op. ${f.opis}`, `d. ${f.delo}`, f.tom && `t. ${f.tom}`].filter(Boolean).join(', ');
}

/** `l. 22`, `ll. 82-85, 133-138`: folios with the abbreviation a reference gives them. */
export function foliosReference(folios: string): string {
  return `${/[-,]/.test(folios) ? 'll.' : 'l.'} ${folios}`;
}
