// What the Argument view shows beside an evidence note: the archives it cites (with Ibid. and op. cit.
// resolved), or for a printed source its author and title.
import { analyseDocumentNotesInTurns } from '../../core/citations';
import type { DocumentIndex } from '../../core/document';
import type { NoteSummary } from './argumentTree';

export async function noteSummary(index: DocumentIndex): Promise<NoteSummary> {
  const notes = await analyseDocumentNotesInTurns(index);
  return label => {
    const resolved = notes.note(label)?.resolved ?? [];
    const archives = [...new Set(resolved.flatMap(c => (c.archive ? [c.fond ? `${c.archive}, f. ${c.fond}` : c.archive] : [])))];
    if (archives.length) return archives.join('; ');
    const printed = resolved.find(c => c.title);
    if (printed) return [printed.author, printed.title].filter(Boolean).join(', ');
    return index.definition(label)?.text.replace(/\s+/g, ' ').slice(0, 60);
  };
}
