// An article read from any source (plain text, PDF, Word) before it is written as corpus Markdown. Every reader
// fills this one model, so they all come out in the same Markdown.

export type Inline =
  | { kind: 'text'; text: string; italic: boolean }
  | { kind: 'ref'; n: number }
  /** The start of a printed page, inside a paragraph that runs over the page break. */
  | { kind: 'page'; page: string };

export type ArticleBlock =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | { kind: 'heading'; text: string }
  /** The start of a printed page, between blocks. */
  | { kind: 'page'; page: string };

export interface ArticleMeta {
  title?: string;
  author?: string;
  journal?: string;
  year?: string;
  pages?: string;
  /** As the article lists them, in one line. */
  keywords?: string;
}

/** A guess the reader made that may be wrong: shown in the summary, and visible to `opis lint` in the result. */
export interface ImportWarning {
  page?: string;
  message: string;
}

export interface ImportedArticle {
  meta: ArticleMeta;
  blocks: ArticleBlock[];
  /** Note texts by number; a number referenced but absent here is written as a missing note. */
  notes: Map<number, Inline[]>;
  warnings: ImportWarning[];
  /** Pages whose number was not printed on them but follows from the sequence: their markers say so. */
  inferredPages?: ReadonlySet<string>;
}

