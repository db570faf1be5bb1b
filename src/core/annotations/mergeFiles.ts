// Git's three-way merge of one annotation file (the `merge=opis` driver): the merged annotation when only
// one side changed it or both made the same change, else a conflict document keeping both versions. The
// result is always valid JSON the store reads, so git records the merge as clean and nothing is lost.
import { parseEntry, serializeEntry } from './annotationFile';
import { entryKey, mergeEntries, normalize, type Entries, type Entry } from './entries';

export interface MergeInput {
  bytes: Uint8Array;
  /** As shown in messages. */
  file: string;
}

export type FileMerge = { ok: true; text: string; conflict: boolean } | { ok: false; error: string };

/** `base` is empty when both sides added the file. */
export function mergeAnnotationFiles(base: MergeInput, ours: MergeInput, theirs: MergeInput): FileMerge {
  const entries: Entry[] = [];
  let id = '';
  for (const side of [ours, theirs, base]) {
    if (side === base && base.bytes.length === 0) continue;
    const read = parseEntry(side.bytes, side.file);
    if (!read.ok) return { ok: false, error: read.error };
    id ||= read.value.id;
    // One file is one annotation: sides naming other ids (a hand edit) are versions of ours.
    entries.push({ versions: read.value.entry.versions.map(v => ({ ...v, id })) });
  }
  const one = (entry: Entry | undefined): Entries => normalize(new Map(entry ? [[id, entry]] : []));
  const [mine, other, was] = [one(entries[0]), one(entries[1]), one(entries[2])];
  const merged = mergeEntries(was, mine, other).get(id)!;
  const conflict = entryKey(merged) !== entryKey(mine.get(id)!) && entryKey(merged) !== entryKey(other.get(id)!);
  return { ok: true, text: serializeEntry(id, merged), conflict };
}
