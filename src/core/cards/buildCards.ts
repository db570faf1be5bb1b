// Builds the card models from the document index, the citation analysis, the glossary and the officials data.
import { citationFacts, formatCandidate, formatReference, type Citation, type NotesAnalysis, type ResolvedCitation } from '../citations';
import type { FootnoteDefinition } from '../document';
import type { Glossary, GlossaryEntry } from '../glossary';
import { affiliationsOf, fullName, type Official } from '../officials/model';
import type { CitationCard, CitationHeading, GlossaryCard, NoteCard, OfficialCard } from './model';

function heading(written: Citation, c: ResolvedCitation): CitationHeading {
  if (c.candidates) {
    const candidates = c.candidates.map(w => ({ from: w.from, reference: formatCandidate(w) }));
    return { kind: 'back-reference', written: written.kind === 'op-cit' ? 'op. cit.' : 'Short title', candidates };
  }
  if (written.kind === 'ibid' || written.kind === 'op-cit') {
    const back = written.kind === 'ibid' ? 'Ibid.' : 'op. cit.';
    return { kind: 'back-reference', written: back, resolved: c.unresolved ? undefined : { from: c.from ?? '', reference: formatReference(c) } };
  }
  const what = written.kind === 'archival' ? 'Archival source' : written.kind === 'printed' ? 'Printed source' : 'Reference';
  return { kind: 'source', what, reference: formatReference(c, 60) };
}

function citationCard(label: string, written: Citation, c: ResolvedCitation, analysis: NotesAnalysis, glossary: Glossary): CitationCard {
  const entry = c.archive ? glossary.archive(c.archive) : undefined;
  const name = entry?.expansion ?? c.archiveName;
  return {
    heading: heading(written, c),
    archive: c.archive ? { siglum: c.archive, name, english: entry?.english } : undefined,
    facts: citationFacts(c).filter(fact => fact.label !== 'Archive'),
    alsoCitedIn: analysis.alsoCitedIn(label, c),
  };
}

/** The whole note, then a card per citation with back-references resolved. */
export function noteCard(definition: FootnoteDefinition, analysis: NotesAnalysis, glossary: Glossary): NoteCard {
  const note = analysis.note(definition.label);
  const { label, text, emphasis, markdown } = definition;
  const citations = note ? note.resolved.map((c, i) => citationCard(label, note.citations[i], c, analysis, glossary)) : [];
  return { label, text, emphasis, markdown, citations };
}

export function glossaryCard(entry: GlossaryEntry): GlossaryCard {
  const cyrillic = entry.cyrillicExpansion && entry.cyrillicExpansion !== entry.cyrillic ? `${entry.cyrillic} — ${entry.cyrillicExpansion}` : entry.cyrillic;
  return { term: entry.term, kind: entry.kind, expansion: entry.expansion, english: entry.english, cyrillic, description: entry.description };
}

export function officialCard(official: Official): OfficialCard {
  return {
    name: fullName(official),
    cyrillic: official.cyrillic,
    roles: official.roles.map(role => (role.years ? `${role.title} (${role.years})` : role.title)),
    affiliations: affiliationsOf(official),
    note: official.note,
  };
}
