// Which notes cite the same archival file (archive under its current name, fond, opis', delo), for "also cited in
// notes …".
import type { Citation, NoteCitations } from './types';

export function fileKey(c: Pick<Citation, 'kind' | 'archive' | 'archiveCurrent' | 'fond' | 'opis' | 'delo'>): string | undefined {
  if (c.kind !== 'archival' || !c.archive || !c.fond || !c.delo) return undefined;
  return [c.archiveCurrent ?? c.archive, c.fond, c.opis ?? '', c.delo].map(s => s.toLowerCase().replace(/\s+/g, '')).join('|');
}

export class NotesAnalysis {
  private readonly byLabel = new Map<string, NoteCitations>();
  private readonly notesByFile = new Map<string, string[]>();

  constructor(readonly notes: readonly NoteCitations[]) {
    for (const note of notes) {
      this.byLabel.set(note.label, note);
      for (const c of note.resolved) {
        const key = fileKey(c);
        if (!key) continue;
        const labels = this.notesByFile.get(key) ?? [];
        if (!labels.includes(note.label)) labels.push(note.label);
        this.notesByFile.set(key, labels);
      }
    }
  }

  note(label: string): NoteCitations | undefined {
    return this.byLabel.get(label);
  }

  /** The other notes that cite the same archival file as this (resolved) citation of note `label`. */
  alsoCitedIn(label: string, citation: Citation): string[] {
    const key = fileKey(citation);
    return key ? (this.notesByFile.get(key) ?? []).filter(l => l !== label) : [];
  }
}
