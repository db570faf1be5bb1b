// Back-references: `Ibid.` takes the preceding citation (in the same note, else the last one of the previous
// note that cites anything) and replaces what its own locator restates; `Author, op. cit.` takes that author's
// (or that title's) latest earlier work. A bare `d. 109 …` inside a note continues the citation before it.
import type { MarkupSpan } from '../document/types';
import type { ArchivalOptions } from './archival';
import { parseNote, tidyCitation } from './parseNote';
import { surnames } from './printed';
import type { Citation, NoteCitations, ResolvedCitation } from './types';

type Field = keyof Citation;

/** From the broadest to the narrowest: a locator replaces its own level and everything below it. */
const ARCHIVAL_LEVELS: Field[][] = [['archive', 'archiveName'], ['fond', 'fondName'], ['opis', 'opisYear', 'opisName'], ['delo', 'deloTitle'], ['tom'], ['chast'], ['folios']];
const PRINTED_LEVELS: Field[][] = [['author', 'title', 'published', 'date'], ['volume'], ['pages']];

export function inherit(base: Citation, partial: Citation): Citation {
  const levels = base.kind === 'printed' ? PRINTED_LEVELS : ARCHIVAL_LEVELS;
  const found = levels.findIndex(level => level.some(f => partial[f] !== undefined));
  const top = found === -1 ? levels.length : found;
  const out: Record<string, unknown> = { kind: base.kind, raw: partial.raw };
  levels.forEach((level, i) => {
    const source = i < top ? base : partial;
    for (const f of level) out[f] = source[f];
  });
  const known = new Set<string>(levels.flat());
  for (const [f, value] of Object.entries(partial)) if (!known.has(f) && !(f in out)) out[f] = value;
  return tidyCitation(out as unknown as Citation);
}

export interface NoteSource {
  label: string;
  text: string;
  emphasis?: readonly MarkupSpan[];
}

interface Cited {
  label: string;
  citation: ResolvedCitation;
}

function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\.\.\.|…/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameWork(opCit: Citation, candidate: Citation): boolean {
  if (candidate.kind !== 'printed') return false;
  if (opCit.author) {
    const want = surnames(opCit.author);
    const have = surnames(candidate.author ?? '');
    return want.length > 0 && want.every(s => have.includes(s));
  }
  const key = normalizeTitle(opCit.title ?? '');
  const title = normalizeTitle(candidate.title ?? '');
  return key.length > 2 && title.length > 0 && (title.startsWith(key) || key.startsWith(title));
}

function locatorOnly(opCit: Citation): Citation {
  return { kind: 'op-cit', raw: opCit.raw, volume: opCit.volume, pages: opCit.pages };
}

function continueFrom(previous: Citation | undefined, partial: Citation): Citation {
  return previous?.kind === 'archival' ? inherit(previous, partial) : partial;
}

/** Parses and resolves every note, in reading order. */
export function resolveNotes(notes: readonly NoteSource[], options: ArchivalOptions = {}): NoteCitations[] {
  const history: Cited[] = [];
  return notes.map(note => {
    const parsed = parseNote(note.text, note.emphasis, options);
    const citations: Citation[] = [];
    const resolved: ResolvedCitation[] = [];
    let resolvesTo: string | null = null;
    parsed.forEach(({ citation, continuation }, i) => {
      citations.push(continuation ? continueFrom(citations[i - 1], citation) : citation);
      let target: Cited | undefined;
      let result: ResolvedCitation;
      if (citation.kind === 'ibid') {
        target = i > 0 ? { label: note.label, citation: resolved[i - 1] } : history[history.length - 1];
        if (target?.citation.unresolved) target = undefined;
        result = target ? { ...inherit(target.citation, citation), from: target.label } : { ...citation, unresolved: true };
      } else if (citation.kind === 'op-cit') {
        target = [...history].reverse().find(h => sameWork(citation, h.citation));
        result = target ? { ...inherit(target.citation, locatorOnly(citation)), from: target.label } : { ...citation, unresolved: true };
      } else {
        result = continuation ? continueFrom(resolved[i - 1], citation) : citation;
      }
      if (target && resolvesTo === null) resolvesTo = target.label;
      resolved.push(tidyCitation(result));
      if (!result.unresolved) history.push({ label: note.label, citation: resolved[i] });
    });
    return { label: note.label, text: note.text, citations, resolved, resolvesTo };
  });
}
