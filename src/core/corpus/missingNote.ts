// The definition written for a note whose marker survives but whose text the source lost. The importer
// writes it; the linter recognises it and warns, so the gap is visible and never papered over.
export const MISSING_NOTE_TEXT = 'The text of this note is missing from the source.';
