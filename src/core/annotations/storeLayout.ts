// How a store lies on disk, behind one interface: one collection file (a store named by path) or a folder of
// one file per annotation (the workspace). A read gives a Snapshot; the store merges it and hands back what to write.
import { canonicalKey } from './canonicalJson';
import { duplicateId } from './duplicateIds';
import { conflictOf, entryKey, type Entries, type Entry } from './entries';
import { StoreWriteRefused, type StoreFileSystem } from './storeFileSystem';
import type { IdEntry } from './storeText';

/** A store file that could not be read (empty, not UTF-8, not JSON, not of the schema). */
export interface DamagedFile {
  file: string;
  bytes: Uint8Array;
  error: string;
  /** The ids whose content it held, when known: one id (a file named after it), or every id of a collection. */
  covers: { id: string } | 'all' | undefined;
}

export interface Snapshot {
  entries: Entries;
  damaged: DamagedFile[];
  /** What the user should know about what was read (duplicate ids renamed, conflicts left by git). */
  notices: string[];
  /** Ids to write at the next save although nothing changed them here (renamed duplicates, conflict markers). */
  pending: Set<string>;
  /** The file each id was read from, when it has one of its own. */
  files: Map<string, string>;
  /** Files to remove at the next save (the old name of a renamed duplicate, an identical copy). */
  stale: string[];
  /** Ids of the saves that rewrote a damaged collection (see annotationStore.ts). */
  repairs: string[];
  /** A single-file store read into a folder store: replaced by a backup of its bytes at the next save. */
  legacy?: { file: string; bytes: Uint8Array };
}

export interface StoreLayout {
  /** The file or folder, as shown to the user. */
  readonly location: string;
  /** Where copies of damaged files are kept when the caller names no other folder. */
  readonly keepFolder: string;
  read(fs: StoreFileSystem): Promise<Snapshot>;
  /**
   * Writes the entries whose ids are in `changed` (a removed id removes its file) after checking that every
   * text to write reads back as the entry it was made from; `stamp` names backups.
   */
  write(fs: StoreFileSystem, entries: Entries, changed: ReadonlySet<string>, read: Snapshot, repairs: readonly string[], stamp: string): Promise<void>;
  /** Temporary files a crashed save left behind. */
  temporaryFiles(fs: StoreFileSystem): Promise<string[]>;
}

export const emptySnapshot = (): Snapshot => ({ entries: new Map(), damaged: [], notices: [], pending: new Set(), files: new Map(), stale: [], repairs: [] });

/**
 * Adds what one file held to the snapshot. An id already read is a duplicate: identical content is one
 * annotation (the extra file is removed), different content a second annotation under a new id.
 */
export function addRead(snapshot: Snapshot, read: IdEntry, file: string, ownFile: boolean): void {
  const seen = snapshot.entries.get(read.id);
  if (!seen) {
    snapshot.entries.set(read.id, read.entry);
    if (ownFile) snapshot.files.set(read.id, file);
    return;
  }
  if (entryKey(seen) === entryKey(read.entry)) {
    if (ownFile) snapshot.stale.push(file);
    snapshot.notices.push(`${file}: a second copy of ${read.id}, the same in every field; kept once`);
    return;
  }
  const id = duplicateId(read.id, read.entry.versions);
  const entry: Entry = { versions: read.entry.versions.map(v => ({ ...v, id })) };
  snapshot.entries.set(id, snapshot.entries.has(id) ? conflictOf(snapshot.entries.get(id)!, entry) : entry);
  snapshot.pending.add(id);
  if (ownFile) snapshot.stale.push(file);
  snapshot.notices.push(`${file}: two annotations share the id ${read.id}; both are kept, the second now as ${id}`);
}

/** Fails unless `text` reads back as exactly the entries it was written from: nothing is written that could not be read. */
export function checkReadsBack(written: Entries, readBack: { ok: true; value: IdEntry[] } | { ok: false; error: string }, file: string): void {
  if (!readBack.ok) throw new StoreWriteRefused(`not saved: ${file} would not be readable (${readBack.error})`);
  const again = canonicalKey(readBack.value.map(({ id, entry }) => [id, entry.versions]));
  const meant = canonicalKey([...written].map(([id, entry]) => [id, entry.versions]));
  if (again !== meant) throw new StoreWriteRefused(`not saved: ${file} would not read back as written`);
}
