// A store in one collection file: a store named by path (`--annotations file.json`, `opis export file.json`).
import { type Entries } from './entries';
import { addRead, checkReadsBack, emptySnapshot, type Snapshot, type StoreLayout } from './storeLayout';
import { parseCollection, serializeCollection } from './storeFile';
import { TEMP_MARKER, type StoreFileSystem } from './storeFileSystem';

export class SingleFileLayout implements StoreLayout {
  constructor(
    readonly location: string,
    private readonly dirname: (file: string) => string,
  ) {}

  get keepFolder(): string {
    return this.dirname(this.location);
  }

  async read(fs: StoreFileSystem): Promise<Snapshot> {
    const snapshot = emptySnapshot();
    const bytes = await fs.readFile(this.location);
    if (bytes === undefined) return snapshot;
    const read = parseCollection(bytes, this.location);
    if (!read.ok) {
      snapshot.damaged.push({ file: this.location, bytes, error: read.error, covers: 'all' });
      return snapshot;
    }
    for (const item of read.value.items) addRead(snapshot, item, this.location, false);
    snapshot.repairs = read.value.repairs;
    if (read.value.markers) {
      for (const id of snapshot.entries.keys()) snapshot.pending.add(id);
      snapshot.notices.push(`${this.location}: git left conflict markers; both sides are kept`);
    }
    return snapshot;
  }

  async write(fs: StoreFileSystem, entries: Entries, _changed: ReadonlySet<string>, _read: Snapshot, repairs: readonly string[]): Promise<void> {
    const text = serializeCollection(entries, repairs);
    const bytes = new TextEncoder().encode(text);
    const back = parseCollection(bytes, this.location);
    checkReadsBack(entries, back.ok ? { ok: true, value: back.value.items } : back, this.location);
    await fs.replace(this.location, bytes);
  }

  async temporaryFiles(fs: StoreFileSystem): Promise<string[]> {
    const folder = this.dirname(this.location);
    const prefix = fs.basename(this.location) + TEMP_MARKER;
    return ((await fs.list(folder)) ?? []).filter(name => name.startsWith(prefix)).map(name => fs.join(folder, name));
  }
}
