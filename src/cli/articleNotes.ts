// What `opis notes`, `opis note` and `opis explain` load: an article's index and note analysis, and the
// glossary (the corpus's, extended by `.opis/glossary.json` in the current directory).
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { analyseDocumentNotes, archivalOptions, formatReference, citationFacts, type Citation, type NotesAnalysis, type ResolvedCitation } from '../core/citations';
import { buildDocumentIndex, type DocumentIndex } from '../core/document';
import type { Glossary } from '../core/glossary';
import { loadGlossary } from '../node/loadGlossary';
import type { CliIO } from './command';

export function cliGlossary(io: CliIO, command: string): Glossary {
  const { glossary, errors } = loadGlossary(io.bundledCorpus, io.cwd);
  for (const e of errors) io.stderr(`opis ${command}: ${e}\n`);
  return glossary;
}

export interface LoadedArticle {
  index: DocumentIndex;
  analysis: NotesAnalysis;
}

/** The article's index and notes, or undefined after reporting a file that cannot be read. */
export async function loadArticle(file: string, io: CliIO, command: string): Promise<LoadedArticle | undefined> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr(`opis ${command}: ${file}: ${code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err)}\n`);
    return undefined;
  }
  const index = buildDocumentIndex(text);
  return { index, analysis: analyseDocumentNotes(index, archivalOptions(cliGlossary(io, command))) };
}

/** One citation in human text: kind, reference, and where a back-reference leads. */
export function citationLines(label: string, written: Citation, c: ResolvedCitation, analysis: NotesAnalysis, detailed: boolean): string[] {
  const lines = [`  ${written.kind.padEnd(8)} ${c.raw}`];
  if (c.from !== undefined) lines.push(`           → note ${c.from}: ${formatReference(c)}`);
  if (c.unresolved) lines.push(`           → nothing earlier to refer to`);
  if (detailed) for (const fact of citationFacts(c)) lines.push(`           ${fact.label}: ${fact.value}`);
  const also = analysis.alsoCitedIn(label, c);
  if (also.length) lines.push(`           also cited in notes ${also.join(', ')}`);
  return lines;
}
