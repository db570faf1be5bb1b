// The register as a tree for the Sources view: archival files by archive (its current name, the names the notes
// write folded in), fond and opis', and printed works by author (a newspaper's or journal's issues by its name),
// each level with its number of files and notes.
// Groups keep the register's order: each comes where its first record comes.
import { isPeriodical } from '../citations/periodical';
import { words } from './register';
import type { CitingNote, SourceFile, SourceWork } from './types';

export interface OpisGroup {
  opis?: string;
  /** The opis' title, when a note gives it. */
  title?: string;
  files: SourceFile[];
  notes: number;
}

export interface FondGroup {
  fond: string;
  opisi: OpisGroup[];
  files: number;
  notes: number;
}

export interface ArchiveGroup {
  /** The current name (the glossary's), else as the notes write it. */
  archive: string;
  /** Other names the notes write for it (TsPA, TsGAOR…). */
  writtenAs: string[];
  fonds: FondGroup[];
  files: number;
  notes: number;
}

export interface AuthorGroup {
  /** Undefined for works the notes give no author for. */
  author?: string;
  /** The newspaper or journal whose issues (works without an author, with a date or number) the group holds. */
  periodical?: string;
  works: SourceWork[];
  notes: number;
}

/** Items with the same key together, groups in the order of their first item. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** Distinct citing notes: a note citing two files of a fond counts once there. */
function noteCount(lists: readonly (readonly CitingNote[])[]): number {
  return new Set(lists.flatMap(list => list.map(n => `${n.article}\u0000${n.note}`))).size;
}

const currentName = (f: SourceFile) => f.archiveCurrent ?? f.archive;

export function archiveGroups(files: readonly SourceFile[]): ArchiveGroup[] {
  return groupBy(files, f => words(currentName(f))).map(archiveFiles => {
    const archive = currentName(archiveFiles[0]);
    const fonds = groupBy(archiveFiles, f => words(f.fond)).map(fondFiles => {
      const opisi = groupBy(fondFiles, f => words(f.opis ?? '')).map(opisFiles => {
        const title = opisFiles.find(f => f.opisTitle)?.opisTitle;
        return { ...(opisFiles[0].opis && { opis: opisFiles[0].opis }), ...(title && { title }), files: opisFiles, notes: noteCount(opisFiles.map(f => f.notes)) };
      });
      return { fond: fondFiles[0].fond, opisi, files: fondFiles.length, notes: noteCount(fondFiles.map(f => f.notes)) };
    });
    const writtenAs = [...new Set(archiveFiles.map(f => f.archive))].filter(name => name !== archive);
    return { archive, writtenAs, fonds, files: archiveFiles.length, notes: noteCount(archiveFiles.map(f => f.notes)) };
  });
}

/** A periodical's issue, or an unsigned article in it, listed under the periodical's name. */
const isIssue = (w: SourceWork) => !w.author && isPeriodical(w);

/**
 * Works by the author as the notes write them, in the register's order; then the issues of each newspaper or journal
 * under its name (as written: `Pravda` and `Правда` stay apart); works without an author last.
 */
export function authorGroups(works: readonly SourceWork[]): AuthorGroup[] {
  const group = (list: SourceWork[]) => ({ works: list, notes: noteCount(list.map(w => w.notes)) });
  const authors = groupBy(works.filter(w => w.author), w => words(w.author ?? '')).map(list => ({ author: list[0].author, ...group(list) }));
  const periodicals = groupBy(works.filter(isIssue), w => words(w.title ?? '')).map(list => ({ periodical: list[0].title, ...group(list) }));
  const anonymous = works.filter(w => !w.author && !isIssue(w));
  return [...authors, ...periodicals, ...(anonymous.length ? [group(anonymous)] : [])];
}
