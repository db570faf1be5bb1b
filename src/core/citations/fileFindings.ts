// The note problems of a whole file (an Ibid. with nothing before it, an unknown archive siglum), found without
// an editor: what the workspace index keeps per file, so a closed file's problems show without parsing it again.
import { buildDocumentIndexAsync, type DocumentIndex } from '../document';
import type { Glossary } from '../glossary';
import { analyseDocumentNotes } from './documentNotes';
import { archivalOptions } from './glossaryOptions';
import { noteFindings, type NoteFinding } from './noteFindings';

/** Undefined when `cancelled` said to stop. */
export async function fileNoteFindings(text: string, glossary: Glossary, cancelled: () => boolean = () => false): Promise<NoteFinding[] | undefined> {
  const index = await buildDocumentIndexAsync(text, cancelled);
  return index && indexNoteFindings(index, glossary);
}

/** The same from an index built already (an open editor's). */
export function indexNoteFindings(index: DocumentIndex, glossary: Glossary): NoteFinding[] {
  return noteFindings(index, analyseDocumentNotes(index, archivalOptions(glossary)), siglum => glossary.archive(siglum) !== undefined);
}

/** Whether data read back from a cache is a list of findings. */
export function isNoteFindings(data: unknown): data is NoteFinding[] {
  return Array.isArray(data) && data.every(f => typeof f === 'object' && f !== null && typeof f.message === 'string' && typeof f.code === 'string' && isRange(f.range));
}

function isRange(range: unknown): boolean {
  const r = range as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | null;
  return typeof r?.start?.line === 'number' && typeof r.start.character === 'number' && typeof r.end?.line === 'number' && typeof r.end.character === 'number';
}
