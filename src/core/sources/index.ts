// The register of archival files and printed works cited across a corpus.
export { SourceRegister, citesFile, compareFiles, isSourceCitation } from './register';
export { sourceConflicts } from './conflicts';
export { FolioSet } from './folioSpans';
export type { CitingNote, SourceConflict, SourceFile, SourceWork } from './types';
export { bibliographyItems, gostLocation, type CslItem } from './csl';
export { citationPlace, citedWords, isFileSources, markerOf, referenceOf, sourcesOfFile, sourcesOfIndex, type FileSources, type SourceCitation, type SourceNote, type Span } from './fileSources';
export { archiveGroups, authorGroups, type ArchiveGroup, type AuthorGroup, type FondGroup, type OpisGroup } from './groups';
export { sourceFilter, type SourceFilter } from './filter';
export { fileReference, foliosReference } from './fileReference';
export { issueLabel, workLabel, workPlace } from './workLabels';
