// A glossary entry as stored in corpus/glossary.json (see corpus/schema/glossary.schema.json).

export type GlossaryKind = 'archive' | 'abbreviation' | 'term';

export interface GlossaryEntry {
  term: string;
  kind: GlossaryKind;
  expansion: string;
  english: string;
  cyrillic: string;
  cyrillicExpansion?: string;
  description?: string;
  aliases?: string[];
  /** For a former archive name, the term of the archive that holds its records now (TsGAOR → GARF). */
  now?: string;
  /** Where the entry was checked. */
  source?: string;
}

/** A glossary entry found in a text; offsets are UTF-16 indexes into that text. */
export interface GlossaryMatch {
  entry: GlossaryEntry;
  /** The form as written in the text. */
  text: string;
  start: number;
  end: number;
}
