// The formats a bibliography is written in, apart from the writer (citation-js), which each bundle loads only when a
// bibliography is written.
export const BIBLIOGRAPHY_FORMATS = ['csl-json', 'bibtex', 'ris'] as const;
export type BibliographyFormat = (typeof BIBLIOGRAPHY_FORMATS)[number];
