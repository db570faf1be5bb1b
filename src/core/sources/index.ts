// The register of archival files and printed works cited across a corpus.
export { SourceRegister, citesFile, compareFiles } from './register';
export { sourceConflicts } from './conflicts';
export { FolioSet } from './folioSpans';
export type { CitingNote, SourceConflict, SourceFile, SourceWork } from './types';
export { bibliographyItems, gostLocation, type CslItem } from './csl';
export { isFileSources, isSpan, sourcesOfFile, sourcesOfIndex, type FileSources, type SourceNote, type Span } from './fileSources';
export { archiveGroups, authorGroups, type ArchiveGroup, type AuthorGroup, type FondGroup, type OpisGroup } from './groups';
export { sourceFilter, type SourceFilter } from './filter';
export { fileReference, foliosReference } from './fileReference';
