// Citations in footnotes: splitting, archival and printed parsing, Ibid./op. cit. resolution.
export { parseArchival, type ArchivalOptions } from './archival';
export { folioWords, parseFolios, type FolioRange } from './folios';
export { citationFacts, formatCandidate, formatReference, titleFacts, type CitationFact } from './format';
export { parseNote, type ParsedCitation } from './parseNote';
export { inherit, resolveNotes, resolveNotesInTurns, type NoteSource } from './resolve';
export { fileKey, NotesAnalysis } from './sameFile';
export { splitNote } from './splitNote';
export { analyseDocumentNotes, analyseDocumentNotesInTurns, analysedDocumentNotes } from './documentNotes';
export type { Citation, CitationKind, NoteCitations, ResolvedCitation, WorkCandidate } from './types';
export { archivalOptions } from './glossaryOptions';
export { labelValue, noteJson, type NoteJson } from './noteJson';
export { noteFindings, type NoteFinding } from './noteFindings';
export { fileNoteFindings, indexNoteFindings, isNoteFindings } from './fileFindings';
export { warmCitationReaderInTurns } from './warmUp';
