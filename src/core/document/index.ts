// The document index: sections, paragraphs, footnote references and definitions of a Markdown text.
export { buildDocumentIndex, buildDocumentIndexAsync } from './buildIndex';
export { DocumentIndex } from './documentIndex';
export { DocumentIndexCache, sharedDocumentIndexCache } from './cache';
export { normalizeLabel } from './chunks';
export { escapeMarkdown } from './escapeMarkdown';
export type { FootnoteDefinition, FootnoteReference, LongBlock, MarkupSpan, Paragraph, Section } from './types';
