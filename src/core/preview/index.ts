// The Markdown preview's Opis layer: marks in rendered text, the cards they show, and the annotations' passages
// in the text as the reader sees it.
export { ANNOTATIONS_ATTRIBUTE, annotationCardHtml, previewAnnotations, previewAnnotationsHtml, type PreviewAnnotation, type SourceAnnotation } from './annotationLayer';
export { CardSet } from './cardSet';
export { markTextHtml } from './markTextHtml';
export { passageSource, postedPassage, type PassageSource } from './passageSource';
export { readingRange, readingText, READING_SPACE, sourceRange, type ReadingBlock, type ReadingText } from './readingText';
export { TextMarksCache, type MarkKinds, type TextMark } from './textMarks';
export { landmarks, lineAtOffset, offsetOfLine, type LineBlock } from './sourceLines';
