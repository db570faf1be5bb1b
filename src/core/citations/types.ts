// A citation as the parser reads it from a note. Fields a citation does not state are absent.

export type CitationKind = 'archival' | 'printed' | 'ibid' | 'op-cit' | 'other';

export interface Citation {
  kind: CitationKind;
  /** The citation as written in the note. */
  raw: string;
  /** The archive as the note writes it: a siglum (RGASPI, TsGAOR, ЦА ФСБ РФ) or a full name. */
  archive?: string;
  /** The glossary's name for that archive when it differs from the written one (`GA RF` → `GARF`). */
  archiveCurrent?: string;
  /** The archive's full name when the note gives it, e.g. before `(RGASPI)`. */
  archiveName?: string;
  fond?: string;
  fondName?: string;
  opis?: string;
  opisYear?: string;
  opisName?: string;
  delo?: string;
  deloTitle?: string;
  tom?: string;
  chast?: string;
  /** Folio list as written, spacing normalised: `82-85, 133-138`, `12ob.-14`, `12-14об.`. */
  folios?: string;
  /** What the parser could not read in an archival reference, as written (`no page number`). */
  unparsed?: string;
  /**
   * Why the fields were read by their place rather than by marks the note writes: four numbers after a siglum the
   * glossary does not know and the article never writes with `f.` (`GASPI 558, 11, 727, 38–57`).
   */
  inferredReading?: string;
  author?: string;
  /**
   * The title of an article in the newspaper or journal that `title` then names (`Pravda`), or of a chapter in the
   * book `title` names.
   */
  articleTitle?: string;
  /**
   * Who the book a chapter is in is by, as written with the role the note gives: `Paul R. Gregory, ed.`,
   * `ed. Peter H. Solomon`, `Stéphane Courtois et al.`, `под ред. А. Н. Яковлева`.
   */
  editor?: string;
  /** A book's title, or a newspaper's or journal's name when the citation is of its issue or of an article in it. */
  title?: string;
  volume?: string;
  /** Place, publisher and year of a book: `Cambridge, Mass., 1958`. */
  published?: string;
  /** Issue date of a newspaper: `September 30, 1928`, `5 марта 1937`; a journal's year. */
  date?: string;
  /** Number of a periodical's issue: `55` for `№ 55`, `64` for `no. 64`. */
  issue?: string;
  pages?: string;
}

/** A citation with what an `Ibid.`, `op. cit.` or a bare `d. 109` continuation inherits filled in. */
export interface ResolvedCitation extends Citation {
  /** For back-references: the label of the note the source was taken from. */
  from?: string;
  /** True when an `Ibid.` or `op. cit.` found nothing to refer to. */
  unresolved?: boolean;
  /** The fields a back-reference or a continuation took from the earlier citation rather than from its own text. */
  inferred?: (keyof Citation)[];
  /**
   * An `op. cit.` or a short title that fits more than one earlier work (two books of one author): the works it may
   * stand for, with the note of each, none of them taken.
   */
  candidates?: WorkCandidate[];
}

/** An earlier work an ambiguous back-reference may stand for. */
export interface WorkCandidate {
  from: string;
  author?: string;
  articleTitle?: string;
  editor?: string;
  title?: string;
  volume?: string;
  published?: string;
  date?: string;
}

export interface NoteCitations {
  /** The note's label (`28` for `[^28]`). */
  label: string;
  text: string;
  citations: Citation[];
  resolved: ResolvedCitation[];
  /** Label of the note the first back-reference of this note (`Ibid.`, `op. cit.`, a short title) refers to. */
  resolvesTo: string | null;
}
