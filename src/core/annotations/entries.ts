// The store as merges see it: one entry per id. An entry is one W3C item, or, after a conflict (the same
// annotation changed in two places), every version of it; the first is the one shown until someone chooses.
// A conflict is never settled by a clock: `modified` times of different machines say nothing about intent.
import { canonicalKey } from './canonicalJson';
import type { AnnotationSet } from './model';
import { itemsToSet, setToItems } from './w3c';

export type Json = Record<string, unknown>;

export interface Entry {
  versions: Json[];
}

export type Entries = Map<string, Entry>;

export const entryKey = (entry: Entry): string => canonicalKey(entry.versions);

/** Both sides' versions, each once, the first side's first. */
export function conflictOf(first: Entry, second: Entry): Entry {
  const seen = new Set<string>();
  const versions = [...first.versions, ...second.versions].filter(v => {
    const key = canonicalKey(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { versions };
}

/**
 * Three-way merge by id. `base` is the disk as this side last read or wrote it, `mine` this side now, `theirs`
 * the disk now. A change on one side wins over no change; an edit wins over a deletion (nothing written by
 * anyone is dropped); different edits on both sides become a conflict keeping both.
 */
export function mergeEntries(base: Entries, mine: Entries, theirs: Entries): Entries {
  const merged: Entries = new Map();
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const was = base.get(id);
    const ours = mine.get(id);
    const other = theirs.get(id);
    const unchanged = (e: Entry) => was !== undefined && entryKey(e) === entryKey(was);
    let pick: Entry | undefined;
    if (ours && other) pick = entryKey(ours) === entryKey(other) || unchanged(other) ? ours : unchanged(ours) ? other : conflictOf(ours, other);
    else if (ours) pick = unchanged(ours) ? undefined : ours;
    else if (other) pick = unchanged(other) ? undefined : other;
    if (pick) merged.set(id, pick);
  }
  return merged;
}

/** The entries of an annotation set; `conflicts` holds the versions other than the one in the set. */
export function entriesOf(set: AnnotationSet, conflicts: ReadonlyMap<string, Json[]>): Entries {
  const entries: Entries = new Map();
  for (const item of setToItems(set)) {
    const id = String(item.id);
    entries.set(id, { versions: [item, ...(conflicts.get(id) ?? [])] });
  }
  return entries;
}

export function setOf(entries: Entries): { set: AnnotationSet; conflicts: Map<string, Json[]> } {
  const conflicts = new Map<string, Json[]>();
  for (const [id, entry] of entries) if (entry.versions.length > 1) conflicts.set(id, entry.versions.slice(1));
  return { set: itemsToSet([...entries.values()].map(e => e.versions[0])), conflicts };
}

/**
 * The entries as this store would write them. Disk and memory are compared in this form, so an item written in
 * another valid shape (a string body, no `modified`) does not count as a change.
 */
export function normalize(entries: Entries): Entries {
  const { set, conflicts } = setOf(entries);
  return entriesOf(set, conflicts);
}
