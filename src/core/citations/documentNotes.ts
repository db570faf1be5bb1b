// The citation analysis of a document's notes, computed once per document version and shared.
import type { DocumentIndex } from '../document/documentIndex';
import type { ArchivalOptions } from './archival';
import { resolveNotes, resolveNotesInTurns } from './resolve';
import { NotesAnalysis } from './sameFile';

const NO_GLOSSARY: ArchivalOptions = {};

/** Cached per index and options object: pass one long-lived options object per glossary. */
export function analyseDocumentNotes(index: DocumentIndex, options: ArchivalOptions = NO_GLOSSARY): NotesAnalysis {
  return index.memo(options, ix => new NotesAnalysis(resolveNotes(ix.notes(), options)));
}

/** The analysis if it has been made for this index and options, without making it. */
export function analysedDocumentNotes(index: DocumentIndex, options: ArchivalOptions = NO_GLOSSARY): NotesAnalysis | undefined {
  return index.memoized<NotesAnalysis>(options);
}

/** The memo key of the analysis in turns, one per options object. */
const inTurns = new WeakMap<ArchivalOptions, object>();

/**
 * The same analysis for the host, its notes resolved with a turn for the host every few milliseconds; once done it
 * is the one analyseDocumentNotes answers with.
 */
export function analyseDocumentNotesInTurns(index: DocumentIndex, options: ArchivalOptions = NO_GLOSSARY): Promise<NotesAnalysis> {
  let key = inTurns.get(options);
  if (!key) inTurns.set(options, (key = {}));
  return index.memo(key, async ix => {
    const notes = await resolveNotesInTurns(ix.notes(), options);
    return ix.memo(options, () => new NotesAnalysis(notes));
  });
}
