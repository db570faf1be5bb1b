// The register's records: archival files and printed works with the notes that cite them. Fields a citation does
// not state are absent; strings are as the notes write them.

/** A note that cites a source: its article (as the caller names it), its label, and what it cites there. */
export interface CitingNote {
  article: string;
  note: string;
  /** Archival: the folios this note cites, as written. Printed: the pages. */
  folios?: string;
  pages?: string;
  volume?: string;
}

export interface SourceFile {
  /** The archive as the first citing note writes it. */
  archive: string;
  /** The archive's current name when the glossary gives one different from the written name. */
  archiveCurrent?: string;
  fond: string;
  opis?: string;
  /** The title of the opis' when a note gives it. */
  opisTitle?: string;
  delo: string;
  tom?: string;
  /** Every title the notes give the delo, as written, first seen first. */
  titles: string[];
  /** All folios cited, merged (`12ob.-14, 20`). */
  folios: string;
  notes: CitingNote[];
  /** The articles citing the file, in the order they were added. */
  articles: string[];
}

export interface SourceWork {
  author?: string;
  /** The title of an article in the newspaper or journal that `title` then names, or of a chapter in the book it names. */
  articleTitle?: string;
  /** Who the book a chapter is in is by, with the role the note gives (`Paul R. Gregory, ed.`). */
  editor?: string;
  title?: string;
  /** Place, publisher and year as the full reference gives them. */
  published?: string;
  /** A newspaper or journal issue's date (a journal's year), as the first citing note writes it. */
  date?: string;
  /** The issue's number (`11` for `no. 11`, `№ 11`). */
  issue?: string;
  notes: CitingNote[];
  articles: string[];
}

/** One delo cited under different opis' with the same title or folios: one of the references is likely wrong. */
export interface SourceConflict {
  archive: string;
  fond: string;
  delo: string;
  /** The files (two or more) that look like one. */
  files: SourceFile[];
  /** What they share: a title or a folio list. */
  shared: 'title' | 'folios';
}
