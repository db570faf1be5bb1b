// From the bytes of a store file to its entries: strict UTF-8 (a store in another encoding is damage, not
// text to rewrite), JSON, the schema. A file with git conflict markers is read as a conflict between its sides.
import { splitConflict } from './conflictMarkers';
import { conflictOf, type Entry, type Json } from './entries';

/** The `type` of a document keeping every version of an annotation changed in two places. */
export const CONFLICT_TYPE = 'AnnotationConflict';

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

/** An entry and its id, as read from one file, in file order. */
export interface IdEntry {
  id: string;
  entry: Entry;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeStrict(bytes: Uint8Array, file: string): Read<string> {
  if (bytes.length === 0) return { ok: false, error: `${file}: is empty (0 bytes)` };
  try {
    return { ok: true, value: decoder.decode(bytes) };
  } catch {
    return { ok: false, error: `${file}: is not UTF-8 text` };
  }
}

/** Both sides' entries, by id, in the order first seen; an id whose sides differ becomes a conflict. */
export function combineSides(ours: IdEntry[], theirs: IdEntry[]): IdEntry[] {
  const byId = new Map<string, Entry>();
  for (const { id, entry } of [...ours, ...theirs]) {
    const seen = byId.get(id);
    byId.set(id, seen ? conflictOf(seen, entry) : entry);
  }
  return [...byId].map(([id, entry]) => ({ id, entry }));
}

/**
 * Reads a store file's bytes with `parse`; conflict markers give each side to `parse` and combine them
 * (`markers`: the file should be rewritten as valid JSON).
 */
export function readStoreBytes(bytes: Uint8Array, file: string, parse: (text: string) => Read<IdEntry[]>): Read<{ items: IdEntry[]; markers: boolean }> {
  const text = decodeStrict(bytes, file);
  if (!text.ok) return text;
  const sides = splitConflict(text.value);
  if (!sides) {
    const read = parse(text.value);
    return read.ok ? { ok: true, value: { items: read.value, markers: false } } : read;
  }
  const ours = parse(sides.ours);
  const theirs = parse(sides.theirs);
  if (!ours.ok) return { ok: false, error: `${ours.error} (our side of its git conflict)` };
  if (!theirs.ok) return { ok: false, error: `${theirs.error} (their side of its git conflict)` };
  return { ok: true, value: { items: combineSides(ours.value, theirs.value), markers: true } };
}

/** An item of a store: an annotation (one version) or a conflict document (several). */
export function entryOfItem(item: Json): IdEntry {
  const versions = item.type === CONFLICT_TYPE ? (item.versions as Json[]) : [item];
  return { id: String(item.id), entry: { versions } };
}

export function itemOfEntry(id: string, entry: Entry): Json {
  return entry.versions.length === 1 ? entry.versions[0] : { id, type: CONFLICT_TYPE, versions: entry.versions };
}
