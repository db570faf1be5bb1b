// Annotations: the W3C store in the workspace, conversion to and from the W3C model, exports and imports.
export { AnnotationStore, type AnnotationEdit, type NewAnnotation, type StoreOptions, type StoreStatus } from './annotationStore';
export { CodePointIndex } from './codePoints';
export { citedFootnotes, exportMarkdown } from './exportMarkdown';
export { importHypothesis, type HypothesisImport } from './importHypothesis';
export { mergeSets } from './merge';
export { CATEGORIES, DEFAULT_CATEGORY, type Annotation, type AnnotationSet, type CodePointRange, type Reply } from './model';
export { anchorAnnotation, anchorTargetOf, selectorsAt } from './selectors';
// The store is already a W3C AnnotationCollection: exporting it is writing it in canonical form.
export { parseStore, serializeStore, serializeStore as exportW3c, STORE_PATH, type ParseResult } from './storeFile';
export { nodeStoreFileSystem, type StoreFileSystem } from './storeFileSystem';
export { W3C_CONTEXT } from './w3c';
