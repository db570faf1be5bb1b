// The workspace store: one file per annotation in .opis/annotations/ (see annotationFile.ts). A single-file
// store left from before (.opis/annotations.json) is read into it and, at the first save once the workspace
// is trusted, replaced by a backup of its bytes: the migration loses nothing and can be undone.
import { fileNameOf, idOfFileName, parseEntry, serializeEntry } from './annotationFile';
import { conflictOf, type Entries } from './entries';
import { parseCollection } from './storeFile';
import { addRead, checkReadsBack, emptySnapshot, type Snapshot, type StoreLayout } from './storeLayout';
import { TEMP_MARKER, type StoreFileSystem } from './storeFileSystem';
import type { IdEntry } from './storeText';

export class FolderLayout implements StoreLayout {
  constructor(
    readonly location: string,
    readonly keepFolder: string,
    /** The single-file store to migrate, if any. */
    private readonly legacyFile?: string,
  ) {}

  async read(fs: StoreFileSystem): Promise<Snapshot> {
    const snapshot = emptySnapshot();
    const reads: (IdEntry & { file: string; own: boolean; markers: boolean })[] = [];
    for (const name of ((await fs.list(this.location)) ?? []).sort()) {
      const named = idOfFileName(name);
      if (named === undefined) continue;
      const file = fs.join(this.location, name);
      const bytes = await fs.readFile(file);
      if (bytes === undefined) continue;
      const read = parseEntry(bytes, file);
      if (read.ok) reads.push({ file, own: name === fileNameOf(read.value.id), ...read.value });
      else snapshot.damaged.push({ file, bytes, error: read.error, covers: { id: named } });
    }
    // A file under its own id's name holds that id; another holding the same id is the copy.
    reads.sort((a, b) => Number(b.own) - Number(a.own));
    for (const read of reads) {
      addRead(snapshot, read, read.file, true);
      if (!read.own && snapshot.files.get(read.id) === read.file) {
        // Under another name (a copied file): written under its own, the other removed.
        snapshot.files.set(read.id, fs.join(this.location, fileNameOf(read.id)));
        snapshot.stale.push(read.file);
        snapshot.pending.add(read.id);
      }
      if (read.markers) {
        snapshot.pending.add(read.id);
        snapshot.notices.push(`${read.file}: git left conflict markers; both versions are kept as a conflict`);
      }
    }
    await this.readLegacy(fs, snapshot);
    return snapshot;
  }

  private async readLegacy(fs: StoreFileSystem, snapshot: Snapshot): Promise<void> {
    if (!this.legacyFile) return;
    const bytes = await fs.readFile(this.legacyFile);
    if (bytes === undefined) return;
    const read = parseCollection(bytes, this.legacyFile);
    if (!read.ok) {
      snapshot.damaged.push({ file: this.legacyFile, bytes, error: read.error, covers: undefined });
      return;
    }
    for (const { id, entry } of read.value.items) {
      const seen = snapshot.entries.get(id);
      snapshot.entries.set(id, seen ? conflictOf(seen, entry) : entry);
      snapshot.pending.add(id);
    }
    snapshot.legacy = { file: this.legacyFile, bytes };
  }

  async write(fs: StoreFileSystem, entries: Entries, changed: ReadonlySet<string>, read: Snapshot, _repairs: readonly string[], stamp: string): Promise<void> {
    const texts = new Map<string, Uint8Array>();
    for (const id of changed) {
      const entry = entries.get(id);
      if (!entry) continue;
      const file = fs.join(this.location, fileNameOf(id));
      const bytes = new TextEncoder().encode(serializeEntry(id, entry));
      const back = parseEntry(bytes, file);
      checkReadsBack(new Map([[id, entry]]), back.ok ? { ok: true, value: [back.value] } : back, file);
      texts.set(file, bytes);
    }
    for (const [file, bytes] of texts) await fs.replace(file, bytes);
    for (const id of changed) if (!entries.has(id)) await fs.remove(read.files.get(id) ?? fs.join(this.location, fileNameOf(id)));
    for (const file of read.stale) await fs.remove(file);
    if (read.legacy) await this.retireLegacy(fs, read.legacy, stamp);
  }

  /** Keeps the migrated file's bytes as a backup, then removes it unless it changed since it was read. */
  private async retireLegacy(fs: StoreFileSystem, legacy: { file: string; bytes: Uint8Array }, stamp: string): Promise<void> {
    const now = await fs.readFile(legacy.file);
    if (!now || !sameBytes(now, legacy.bytes)) return;
    await fs.replace(`${legacy.file}.backup-${stamp}`, legacy.bytes);
    await fs.remove(legacy.file);
  }

  async temporaryFiles(fs: StoreFileSystem): Promise<string[]> {
    return ((await fs.list(this.location)) ?? []).filter(name => name.includes(TEMP_MARKER)).map(name => fs.join(this.location, name));
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
