// The citation analysis of a document's notes, computed once per document version and shared.
import type { DocumentIndex } from '../document/documentIndex';
import type { ArchivalOptions } from './archival';
import { resolveNotes } from './resolve';
import { NotesAnalysis } from './sameFile';

const NO_GLOSSARY: ArchivalOptions = {};

/** Cached per index and options object: pass one long-lived options object per glossary. */
export function analyseDocumentNotes(index: DocumentIndex, options: ArchivalOptions = NO_GLOSSARY): NotesAnalysis {
  return index.memo(options, ix => new NotesAnalysis(resolveNotes(ix.notes(), options)));
}
