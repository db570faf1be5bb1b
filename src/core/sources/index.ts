// The register of archival files and printed works cited across a corpus.
export { SourceRegister, compareFiles } from './register';
export { sourceConflicts } from './conflicts';
export { FolioSet } from './folioSpans';
export type { CitingNote, SourceConflict, SourceFile, SourceWork } from './types';
export { bibliographyItems, gostLocation, type CslItem } from './csl';
