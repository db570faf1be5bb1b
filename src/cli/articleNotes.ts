// What `opis notes`, `opis note` and `opis explain` load: an article's index and note analysis, and the
// glossary (the corpus's, extended by `.opis/glossary.json` in the current directory).
import { analyseDocumentNotes, archivalOptions, formatCandidate, formatReference, citationFacts, type Citation, type NotesAnalysis, type ResolvedCitation } from '../core/citations';
import type { DocumentIndex } from '../core/document';
import type { Glossary } from '../core/glossary';
import { loadGlossary } from '../node/loadGlossary';
import type { CliIO } from './command';
import { readArticleIndex } from './readArticle';

export function cliGlossary(io: CliIO, command: string): Glossary {
  const { glossary, errors } = loadGlossary(io.bundledCorpus, io.cwd);
  for (const e of errors) io.stderr(`opis ${command}: ${e}\n`);
  return glossary;
}

export interface LoadedArticle {
  index: DocumentIndex;
  analysis: NotesAnalysis;
}

/** The article's index and notes; throws an Error that names the file when it cannot be read as text. */
export async function loadArticle(file: string, io: CliIO, command: string): Promise<LoadedArticle> {
  const index = await readArticleIndex(file, io, command);
  return { index, analysis: analyseDocumentNotes(index, archivalOptions(cliGlossary(io, command))) };
}

/** One citation in human text: kind, reference, and where a back-reference leads. */
export function citationLines(label: string, written: Citation, c: ResolvedCitation, analysis: NotesAnalysis, detailed: boolean): string[] {
  const lines = [`  ${written.kind.padEnd(8)} ${c.raw}`];
  if (c.from !== undefined) lines.push(`           → note ${c.from}: ${formatReference(c)}`);
  if (c.unresolved) lines.push(`           → nothing earlier to refer to`);
  if (c.candidates) lines.push(`           → which work is not clear: ${c.candidates.map(w => `note ${w.from}: ${formatCandidate(w)}`).join('; ')}`);
  if (detailed) for (const fact of citationFacts(c)) lines.push(`           ${fact.label}: ${fact.value}`);
  const also = analysis.alsoCitedIn(label, c);
  if (also.length) lines.push(`           also cited in notes ${also.join(', ')}`);
  return lines;
}
