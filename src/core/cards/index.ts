// Cards: one model of what a note, glossary term, official or romanized word card says, rendered as Markdown
// for the editor and as HTML for the preview.
export type { CitationCard, CitationHeading, GlossaryCard, NoteCard, OfficialCard, RomanizedCard } from './model';
export { glossaryCard, noteCard, officialCard } from './buildCards';
export { glossaryCardMarkdown, missingNoteMarkdown, noteCardMarkdown } from './cardMarkdown';
export { escapeHtml, glossaryCardHtml, noteCardHtml, officialCardHtml, romanizedCardHtml } from './cardHtml';
