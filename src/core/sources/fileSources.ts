// What one article gives the sources register: its notes that cite an archival file or a printed work, each with
// where it is (the definition's `[^label]` marker, its first reference) and where each of its citations is written.
// Plain data only (no class instances, no maps), so a host can keep it per file, keyed by the file's version, and
// store it as JSON. Places are offsets in the text, turned into lines and columns when one is shown: a library's
// notes would otherwise hold three objects per place.
import { analyseDocumentNotes, archivalOptions, type ResolvedCitation } from '../citations';
import { buildDocumentIndexAsync, type DocumentIndex } from '../document';
import type { Glossary } from '../glossary';

/** UTF-16 offsets [start, end) in the article's text. */
export type Span = [start: number, end: number];
import { isSourceCitation } from './register';

/**
 * A citation as the register keeps it: its words as written (`raw`) are read from the article at its place when
 * shown (see `citedWords`), so they are kept only where that place was not found, or where the register names a
 * work by them (a printed work without a title). A library's notes would otherwise hold their text twice.
 */
export type SourceCitation = Omit<ResolvedCitation, 'raw'> & { raw?: string };

export interface SourceNote {
  label: string;
  /** The note's citations of an archival file or a printed work, with Ibid. and op. cit. resolved. */
  resolved: SourceCitation[];
  /**
   * Offsets, as one array (a library has hundreds of thousands of notes: an array a place would be four arrays a
   * note): the start and end of the `[^label]` marker that opens the note's definition, of the note's first
   * reference in the text (-1, -1 when it has none), then of where each citation is written in the note (the marker
   * when its words cannot be found there). Read through markerOf, referenceOf and citationPlace.
   */
  places: number[];
}

export const markerOf = (note: SourceNote): Span => [note.places[0], note.places[1]];
export const referenceOf = (note: SourceNote): Span | undefined => (note.places[2] < 0 ? undefined : [note.places[2], note.places[3]]);
/** Where the note writes its citation `i` (of `resolved`). */
export const citationPlace = (note: SourceNote, i: number): Span => [note.places[4 + 2 * i], note.places[5 + 2 * i]];

export interface FileSources {
  notes: SourceNote[];
}

/** The words as written, with emphasis marks (`*`, `_`) allowed between letters and any spacing between words. */
function writtenPattern(raw: string): RegExp {
  const marks = '[*_]*';
  const word = (w: string) => [...w].map(ch => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(marks);
  return new RegExp(raw.trim().split(/\s+/).map(word).join(`${marks}\\s+${marks}`), 'gu');
}

/** The sources an indexed article cites (see `sourcesOfFile`). */
export function sourcesOfIndex(index: DocumentIndex, glossary?: Glossary): FileSources {
  const notes: SourceNote[] = [];
  for (const note of analyseDocumentNotes(index, glossary && archivalOptions(glossary)).notes) {
    const resolved = note.resolved.filter(isSourceCitation);
    const definition = index.definition(note.label);
    if (!resolved.length || !definition) continue;
    const source = index.text.slice(definition.start, definition.end);
    const marker: Span = [definition.start, index.lines.offsetAt(definition.labelRange.end)];
    let from = 0;
    const first = index.referencesTo(note.label)[0];
    const places = [...marker, first?.start ?? -1, first?.end ?? -1];
    const kept = resolved.map((c): SourceCitation => {
      const pattern = writtenPattern(c.raw);
      pattern.lastIndex = from;
      const hit = pattern.exec(source);
      if (!hit) {
        places.push(...marker);
        return c;
      }
      from = hit.index + hit[0].length;
      places.push(definition.start + hit.index, definition.start + from);
      const { raw: _raw, ...rest } = c;
      return c.kind === 'printed' && !c.title ? c : rest;
    });
    notes.push({ label: note.label, resolved: kept, places });
  }
  return { notes };
}

/**
 * The archival files and printed works an article's notes cite, from its Markdown text, read with the glossary's
 * archive names; parsed in pieces that yield to the event loop. Undefined when `cancelled` said to stop.
 */
export async function sourcesOfFile(text: string, glossary?: Glossary, cancelled: () => boolean = () => false): Promise<FileSources | undefined> {
  const index = await buildDocumentIndexAsync(text, cancelled);
  return index && sourcesOfIndex(index, glossary);
}

/** The words of each of the note's citations as the article writes them (without emphasis marks), from its text. */
export function citedWords(text: string, note: SourceNote): string[] {
  return note.resolved.map((c, i) => c.raw ?? text.slice(...citationPlace(note, i)).replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim());
}

/** Whether data read back from a cache has the shape of a file's sources. */
export function isFileSources(data: unknown): data is FileSources {
  const notes = (data as FileSources | null)?.notes;
  return Array.isArray(notes) && notes.every(isSourceNote);
}

function isSourceNote(n: SourceNote): boolean {
  return (
    typeof n === 'object' && n !== null && typeof n.label === 'string' &&
    Array.isArray(n.resolved) && n.resolved.every(c => typeof c === 'object' && c !== null && typeof c.kind === 'string' && (c.raw === undefined || typeof c.raw === 'string')) &&
    Array.isArray(n.places) && n.places.length === 4 + 2 * n.resolved.length && isSpan(markerOf(n)) &&
    (n.places[2] === -1 ? n.places[3] === -1 : isSpan(referenceOf(n))) && n.resolved.every((_, i) => isSpan(citationPlace(n, i)))
  );
}

function isSpan(span: unknown): span is Span {
  return Array.isArray(span) && span.length === 2 && Number.isInteger(span[0]) && Number.isInteger(span[1]) && 0 <= span[0] && span[0] <= span[1];
}
