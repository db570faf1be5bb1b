// The JSON form of a note for scripts (`opis notes|note --json`): label as a number when it is one, the line
// of its definition (0-based), its citations as written and as resolved.
import type { DocumentIndex } from '../document/documentIndex';
import type { NotesAnalysis } from './sameFile';
import type { Citation, ResolvedCitation } from './types';

export interface NoteJson {
  n: number | string;
  text: string;
  line: number;
  citations: Citation[];
  resolvesTo: number | string | null;
  resolved: ResolvedCitation[];
}

export function labelValue(label: string): number | string {
  return /^\d+$/.test(label) ? Number(label) : label;
}

export function noteJson(index: DocumentIndex, analysis: NotesAnalysis, label: string): NoteJson | undefined {
  const definition = index.definition(label);
  const note = definition && analysis.note(definition.label);
  if (!definition || !note) return undefined;
  return {
    n: labelValue(note.label),
    text: note.text,
    line: definition.range.start.line,
    citations: note.citations,
    resolvesTo: note.resolvesTo === null ? null : labelValue(note.resolvesTo),
    resolved: note.resolved,
  };
}
