// Problems in a document's notes that only the citation analysis can see: an `Ibid.` or `op. cit.` with
// nothing earlier to refer to, an `op. cit.` or a named Ibid. that fits several earlier works, and an archive siglum
// no glossary explains. Ranges point into the note.
import type { DocumentIndex } from '../document/documentIndex';
import type { Range } from '../text/range';
import type { NotesAnalysis } from './sameFile';
import type { Citation, WorkCandidate } from './types';

export interface NoteFinding {
  code: 'ibid-unresolved' | 'op-cit-unresolved' | 'op-cit-ambiguous' | 'unknown-archive';
  severity: 'warning' | 'information';
  message: string;
  range: Range;
  label: string;
}

export function noteFindings(index: DocumentIndex, analysis: NotesAnalysis, knownArchive: (siglum: string) => boolean): NoteFinding[] {
  const findings: NoteFinding[] = [];
  for (const note of analysis.notes) {
    const definition = index.definition(note.label);
    if (!definition) continue;
    const source = index.text.slice(definition.start, definition.end);
    /** The n-th occurrence of a pattern in the note's source, else the note's marker. */
    const locate = (pattern: RegExp, nth: number, length?: number): Range => {
      const hits = [...source.matchAll(pattern)];
      const hit = hits[Math.min(nth, hits.length - 1)];
      if (!hit) return definition.labelRange;
      const start = definition.start + (hit.index ?? 0);
      return index.lines.rangeOf(start, start + (length ?? hit[0].length));
    };
    let ibids = 0;
    let opCits = 0;
    const unknown = new Set<string>();
    /** A back-reference that fits several works (`Conquest, op. cit.`, `Deutscher, Ibid` after three of his books). */
    const ambiguous = (c: Citation, candidates: readonly WorkCandidate[], written: string, range: Range) => {
      const from = [...new Set(candidates.map(w => w.from))];
      findings.push({
        code: 'op-cit-ambiguous',
        severity: 'information',
        message: `"${written}" in note ${note.label}: earlier notes cite ${candidates.length} works of ${c.author ?? c.title ?? 'this author'} (${from.length > 1 ? 'notes' : 'note'} ${from.join(', ')}); which one is meant is not said.`,
        range,
        label: note.label,
      });
    };
    note.citations.forEach((c, i) => {
      const r = note.resolved[i];
      if (c.kind === 'ibid') {
        if (r.candidates) ambiguous(c, r.candidates, 'Ibid.', locate(/ibid\b\.?|там же/giu, ibids));
        else if (r.unresolved) {
          findings.push({
            code: 'ibid-unresolved',
            severity: 'warning',
            message: `"Ibid." in note ${note.label} has no earlier citation to refer to.`,
            range: locate(/ibid\b\.?|там же/giu, ibids),
            label: note.label,
          });
        }
        ibids++;
      } else if (c.kind === 'op-cit') {
        if (r.unresolved) {
          const who = c.author ?? c.title ?? 'this author';
          findings.push({
            code: 'op-cit-unresolved',
            severity: 'warning',
            message: `"op. cit." in note ${note.label}: no earlier note cites a work of ${who}.`,
            range: locate(/op\.\s*cit\.?|указ\.\s*соч\.?/giu, opCits),
            label: note.label,
          });
        } else if (r.candidates) ambiguous(c, r.candidates, 'op. cit.', locate(/op\.\s*cit\.?|указ\.\s*соч\.?/giu, opCits));
        opCits++;
      } else if (c.kind === 'archival' && c.archive && c.fond && !unknown.has(c.archive) && !knownArchive(c.archive)) {
        unknown.add(c.archive);
        const escaped = c.archive.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        findings.push({
          code: 'unknown-archive',
          severity: 'information',
          message: `Archive siglum "${c.archive}" (note ${note.label}) is not in the glossary; add it to .opis/glossary.json to explain it.`,
          range: locate(new RegExp(escaped, 'g'), 0),
          label: note.label,
        });
      }
    });
  }
  return findings;
}
