// Annotations: the W3C store in the workspace, conversion to and from the W3C model, exports and imports.
export { AnnotationStore, type AnnotationEdit, type KeptCopy, type NewAnnotation, type StoreOptions, type StoreStatus } from './annotationStore';
export { fileNameOf, FORMAT_VERSION, parseEntry, serializeEntry, STORE_FOLDER } from './annotationFile';
export { authorsOf, byAuthor } from './authors';
export { CodePointIndex } from './codePoints';
export { summarizeVersion, versionText, type VersionSummary } from './conflictVersions';
export { conflictOf, entryKey, mergeEntries, type Entry, type Json } from './entries';
export { citedFootnotes, exportMarkdown } from './exportMarkdown';
export { findQuote } from './findQuote';
export { FolderLayout } from './folderLayout';
export { importHypothesis, type HypothesisImport } from './importHypothesis';
export { mergeAnnotationFiles, type MergeInput } from './mergeFiles';
export { moveAnnotation, type MoveResult } from './moveAnnotation';
export { CATEGORIES, categoryStem, DEFAULT_CATEGORY, type Annotation, type AnnotationSet, type CodePointRange, type Reply } from './model';
export { anchorAnnotation, anchorTargetOf, selectorsAt } from './selectors';
export { SingleFileLayout } from './singleFileLayout';
// The store's collection form is a W3C AnnotationCollection: exporting is writing it in canonical form.
export { LEGACY_STORE_PATH, parseCollection, parseStore, serializeCollection, serializeStore, serializeStore as exportW3c } from './storeFile';
export { StoreWriteRefused, TEMP_MARKER, type StoreFileSystem } from './storeFileSystem';
export type { StoreLayout } from './storeLayout';
export { annotationToW3c, W3C_CONTEXT } from './w3c';
