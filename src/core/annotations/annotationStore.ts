// The annotations of a store (a folder of one file per annotation, or one collection file), edited in memory
// and saved. Nothing is ever lost:
// - a save locks the store (where the host can), re-reads it and merges three ways with what this side last
//   read: a valid store with fewer annotations is the new truth (a deletion, a checkout), with only the changes
//   made here on top; an annotation changed here and there keeps both versions as a conflict to resolve;
// - what would not read back is not written; files are replaced atomically, temporary ones left by a crash go;
// - a damaged file (0 bytes, not UTF-8, not JSON, not of the schema) is copied aside and reported; it is
//   written again only by a store that read it whole before, so knows what it held;
// - read-only files and links that cannot be followed are reported, not replaced.
import { duplicateId } from './duplicateIds';
import { entriesOf, entryKey, mergeEntries, normalize, setOf, type Entries, type Json } from './entries';
import { DEFAULT_CATEGORY, type Annotation, type AnnotationSet, type Reply } from './model';
import type { DamagedFile, Snapshot, StoreLayout } from './storeLayout';
import { StoreWriteRefused, type StoreFileSystem } from './storeFileSystem';
import { defined } from './w3c';

export interface StoreOptions {
  now?: () => Date;
  newId?: () => string;
  /** Recorded as the creator of new annotations and replies. */
  creator?: string;
  /** Recorded with the creator's name, when the reader chose to. */
  creatorEmail?: string;
  /** Whether the store may write (save, lock, migrate, clean up, keep copies beside itself). Default: true. */
  trusted?: boolean | (() => boolean);
  /** Where copies of damaged files go; default: beside the store when trusted, else nowhere. */
  keepFolder?: string;
}

/** `ok: false`: part of the store could not be read or written; `messages` say what, one sentence each. */
export interface StoreStatus {
  ok: boolean;
  messages: string[];
}

/** A damaged file and where its bytes were kept (undefined: they could not be copied). */
export interface KeptCopy {
  file: string;
  copy: string | undefined;
  error: string;
}

export type NewAnnotation = Pick<Annotation, 'source' | 'quote' | 'position'> & Partial<Pick<Annotation, 'note' | 'tags' | 'category'>>;
export type AnnotationEdit = Partial<Pick<Annotation, 'note' | 'tags' | 'category' | 'quote' | 'position' | 'source'>>;

const randomId = () => `urn:uuid:${crypto.randomUUID()}`;

export class AnnotationStore {
  private current: AnnotationSet = { annotations: [], foreign: [] };
  /** Per id in conflict, the versions other than the one in `current`. */
  private otherVersions = new Map<string, Json[]>();
  /** The store as last read or written: the base of merges. */
  private base: Entries = new Map();
  /** Whether a collection store has been read whole once (else its damage hides what it held). */
  private baseKnown = false;
  private unreadable = false;
  /** Ids to write at the next save although unchanged here. */
  private readonly forced = new Set<string>();
  private readonly seenRepairs = new Set<string>();
  /** By file and content: each damaged content is copied once. */
  private readonly keptCopies = new Map<string, KeptCopy>();
  private writeFailed = false;
  /** The key of the last snapshot read (`changedOnDisk`). */
  private lastRead: string | undefined;
  private messages: string[] = [];
  private readonly now: () => Date;
  private readonly newId: () => string;
  private identity: Pick<StoreOptions, 'creator' | 'creatorEmail'>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly fs: StoreFileSystem,
    readonly layout: StoreLayout,
    private readonly options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomId;
    this.identity = { creator: options.creator, creatorEmail: options.creatorEmail };
  }

  /** The name new annotations and replies are recorded under. */
  get creator(): string | undefined {
    return this.identity.creator;
  }

  /** Who new annotations and replies are recorded as from now on (the reader changed a setting). */
  setCreator(creator: string | undefined, creatorEmail?: string): void {
    this.identity = { creator, creatorEmail };
  }

  get file(): string {
    return this.layout.location;
  }

  private get trusted(): boolean {
    const trusted = this.options.trusted ?? true;
    return typeof trusted === 'function' ? trusted() : trusted;
  }

  get annotations(): readonly Annotation[] {
    return this.current.annotations;
  }

  /** Items Opis cannot use, kept verbatim. */
  get foreign(): readonly Json[] {
    return this.current.foreign;
  }

  get(id: string): Annotation | undefined {
    return this.current.annotations.find(a => a.id === id);
  }

  tags(): string[] {
    return [...new Set(this.current.annotations.flatMap(a => a.tags))].sort((a, b) => a.localeCompare(b));
  }

  /** Damaged files met so far and where their bytes were kept. */
  kept(): readonly KeptCopy[] {
    return [...this.keptCopies.values()];
  }

  /** Annotations and replies changed in two places: every version as a W3C item, the one shown first. */
  conflicts(): { id: string; versions: Json[] }[] {
    const entries = entriesOf(this.current, this.otherVersions);
    return [...this.otherVersions.keys()].flatMap(id => {
      const entry = entries.get(id);
      return entry ? [{ id, versions: entry.versions }] : [];
    });
  }

  /** Settles a conflict with the version at `index` of `conflicts()`; saved with the next save. */
  resolve(id: string, index: number): boolean {
    const entries = entriesOf(this.current, this.otherVersions);
    const chosen = entries.get(id)?.versions[index];
    if (!chosen || !this.otherVersions.has(id)) return false;
    entries.set(id, { versions: [chosen] });
    this.adopt(entries);
    return true;
  }

  /** Reads the store, merging it with the changes made here; a trusted store also migrates and cleans up. */
  load(): Promise<StoreStatus> {
    return this.serialized(() => this.sync(false));
  }

  /**
   * Whether the store on disk differs from what this store last read or wrote, read without merging or reporting.
   * A watcher may drop a file's creation and deletion when both arrive in one batch, after a read prompted by
   * another change saw the file: a re-check once a burst settles catches that.
   */
  changedOnDisk(): Promise<boolean> {
    return this.serialized(async () => snapshotKey(await this.layout.read(this.fs)) !== this.lastRead);
  }

  /** Merges what is on disk with the changes made here and writes the result. */
  save(): Promise<StoreStatus> {
    if (!this.trusted) return Promise.resolve({ ok: false, messages: [`${this.file}: not written, the workspace is not trusted; changes are kept in memory`] });
    return this.serialized(() => this.sync(true));
  }

  /** Reads a kept copy and the damaged file now, to compare them. */
  async compareKept(copy: KeptCopy): Promise<{ kept: Uint8Array | undefined; current: Uint8Array | undefined }> {
    return { kept: copy.copy ? await this.fs.readFile(copy.copy) : undefined, current: await this.fs.readFile(copy.file) };
  }

  /** Puts a kept copy's bytes back in place of the file it was taken from, then reads the store again. */
  restoreKept(copy: KeptCopy): Promise<StoreStatus> {
    return this.serialized(async () => {
      const bytes = copy.copy ? await this.fs.readFile(copy.copy) : undefined;
      if (!bytes) return { ok: false, messages: [`no kept copy of ${copy.file} to restore`] };
      await this.locked(() => this.fs.replace(copy.file, bytes));
      return this.sync(false);
    });
  }

  add(input: NewAnnotation): Annotation {
    const stamp = this.now().toISOString();
    const annotation: Annotation = defined({
      id: this.newId(),
      source: input.source,
      quote: { ...input.quote },
      position: { ...input.position },
      note: input.note ?? '',
      tags: [...(input.tags ?? [])],
      category: input.category ?? DEFAULT_CATEGORY,
      created: stamp,
      modified: stamp,
      creator: this.identity.creator,
      creatorEmail: this.identity.creatorEmail,
      replies: [],
    });
    this.current.annotations.push(annotation);
    return annotation;
  }

  /**
   * Puts back annotations (a deleted one on undo, imported ones). One whose id is here saying the same (quote,
   * note, tags, category, author and replies; where it was last anchored does not count) is already present; one
   * saying something else is a different annotation and gets a new id.
   */
  restore(annotations: readonly Annotation[]): { added: Annotation[]; present: Annotation[] } {
    const added: Annotation[] = [];
    const present: Annotation[] = [];
    for (const a of annotations) {
      const here = this.get(a.id);
      if (here && sameReading(here, a)) {
        present.push(a);
        continue;
      }
      const copy = structuredClone(a);
      if (here) copy.id = duplicateId(a.id, copy);
      if (this.get(copy.id)) present.push(a);
      else {
        this.current.annotations.push(copy);
        added.push(copy);
      }
    }
    return { added, present };
  }

  update(id: string, edit: AnnotationEdit): Annotation | undefined {
    const a = this.get(id);
    if (!a) return undefined;
    Object.assign(a, structuredClone(edit), { modified: this.now().toISOString() });
    return a;
  }

  /** Removes an annotation with its replies. */
  remove(id: string): Annotation | undefined {
    const i = this.current.annotations.findIndex(a => a.id === id);
    if (i === -1) return undefined;
    this.otherVersions.delete(id);
    return this.current.annotations.splice(i, 1)[0];
  }

  addReply(annotationId: string, note: string): Reply | undefined {
    const a = this.get(annotationId);
    if (!a) return undefined;
    const stamp = this.now().toISOString();
    const reply: Reply = defined({ id: this.newId(), note, created: stamp, modified: stamp, creator: this.identity.creator, creatorEmail: this.identity.creatorEmail });
    a.replies.push(reply);
    return reply;
  }

  updateReply(annotationId: string, replyId: string, note: string): Reply | undefined {
    const reply = this.get(annotationId)?.replies.find(r => r.id === replyId);
    if (!reply) return undefined;
    Object.assign(reply, { note, modified: this.now().toISOString() });
    return reply;
  }

  removeReply(annotationId: string, replyId: string): Reply | undefined {
    const replies = this.get(annotationId)?.replies;
    const i = replies?.findIndex(r => r.id === replyId) ?? -1;
    if (!replies || i === -1) return undefined;
    this.otherVersions.delete(replyId);
    return replies.splice(i, 1)[0];
  }

  private get status(): StoreStatus {
    return { ok: !this.unreadable && !this.writeFailed, messages: this.messages };
  }

  /** Reads (and when `write`, or when a trusted store has a migration pending, writes) under the lock. */
  private async sync(write: boolean): Promise<StoreStatus> {
    this.messages = [];
    this.writeFailed = false;
    const work = async () => {
      if (this.trusted) for (const temp of await this.layout.temporaryFiles(this.fs)) await this.fs.remove(temp);
      // A host without a lock re-reads before writing and merges again if the store changed meanwhile.
      for (let attempt = 0; attempt < 5; attempt++) {
        const read = await this.layout.read(this.fs);
        this.lastRead = snapshotKey(read);
        const repair = await this.absorb(read);
        if (!this.trusted || this.unreadable || !(write || read.legacy)) return;
        const entries = entriesOf(this.current, this.otherVersions);
        const changed = new Set([...this.forced].filter(id => entries.has(id) || this.base.has(id)));
        for (const id of new Set([...entries.keys(), ...this.base.keys()])) {
          const mine = entries.get(id);
          const was = this.base.get(id);
          if (!mine || !was || entryKey(mine) !== entryKey(was)) changed.add(id);
        }
        if (!changed.size && !read.legacy && !read.stale.length) return;
        if (!this.fs.lock && attempt < 4 && snapshotKey(await this.layout.read(this.fs)) !== snapshotKey(read)) continue;
        const repairs = repair ? [...read.repairs, `${this.now().toISOString()}-${this.newId()}`] : read.repairs;
        try {
          await this.layout.write(this.fs, entries, changed, read, repairs, this.now().toISOString().replace(/[:.]/g, '-'));
        } catch (err) {
          if (!(err instanceof StoreWriteRefused)) throw err;
          this.writeFailed = true;
          this.messages.push(`${err.message}; changes are kept in memory`);
          return;
        }
        repairs.forEach(r => this.seenRepairs.add(r));
        this.base = entries;
        this.forced.clear();
        return;
      }
    };
    // A read where no store folder exists takes no lock: the lock would make the folder, and a folder Opis only
    // opened must not gain one. A write takes it, and an atomic rename never shows a reader half a file.
    const lock = this.trusted && (write || (await this.fs.list(this.fs.dirname(this.layout.location))) !== undefined);
    await (lock ? this.locked(work) : work());
    return this.status;
  }

  private async locked<T>(work: () => Promise<T>): Promise<T> {
    const release = this.fs.lock ? await this.fs.lock(this.layout.location) : undefined;
    try {
      return await work();
    } finally {
      await release?.();
    }
  }

  /** Merges a read into memory; true when it repairs a damaged collection this store had read whole. */
  private async absorb(read: Snapshot): Promise<boolean> {
    const theirs = normalize(read.entries);
    // A collection rewritten after damage by another store may miss what it could not know: not deletions.
    if (read.repairs.some(r => !this.seenRepairs.has(r))) for (const [id, entry] of this.base) if (!theirs.has(id)) theirs.set(id, entry);
    read.repairs.forEach(r => this.seenRepairs.add(r));
    let repair = false;
    this.unreadable = false;
    for (const damaged of read.damaged) {
      const copied = await this.keep(damaged);
      const known = damaged.covers === 'all' ? (this.baseKnown ? [...this.base.keys()] : undefined) : damaged.covers ? [damaged.covers.id] : [];
      if (damaged.covers === 'all') {
        this.unreadable = !known || !copied;
        repair = !this.unreadable;
      }
      // What this store read before stands for the damaged file, which is then written again (its bytes kept).
      for (const id of copied ? known ?? [] : []) {
        const was = this.base.get(id);
        if (was && !theirs.has(id)) {
          theirs.set(id, was);
          this.forced.add(id);
        }
      }
    }
    if (!read.damaged.some(d => d.covers === 'all')) this.baseKnown = true;
    this.adopt(mergeEntries(this.base, entriesOf(this.current, this.otherVersions), theirs));
    this.base = theirs;
    read.pending.forEach(id => this.forced.add(id));
    this.messages.push(...read.notices);
    return repair;
  }

  private adopt(entries: Entries): void {
    const { set, conflicts } = setOf(entries);
    this.current = set;
    this.otherVersions = conflicts;
  }

  /** Copies a damaged file's bytes aside, once per content; false when they could not be kept. */
  private async keep(damaged: DamagedFile): Promise<boolean> {
    const key = `${damaged.file}\n${duplicateId('', [...damaged.bytes])}`;
    const folder = this.options.keepFolder ?? (this.trusted ? this.layout.keepFolder : undefined);
    let kept = this.keptCopies.get(key);
    if (!kept) {
      let copy: string | undefined = folder ? this.fs.join(folder, `${this.fs.basename(damaged.file)}.damaged-${this.now().toISOString().replace(/[:.]/g, '-')}`) : undefined;
      try {
        if (copy) await this.fs.replace(copy, damaged.bytes);
      } catch {
        copy = undefined;
      }
      kept = { file: damaged.file, copy, error: damaged.error };
      // A copy that failed is tried again at the next read.
      if (copy) this.keptCopies.set(key, kept);
    }
    const where = kept.copy ? `its bytes are kept at ${kept.copy}` : 'its bytes could not be copied aside, so it is left as it is';
    this.messages.push(`${damaged.error}: ${where}; notes made meanwhile are kept in memory`);
    return kept.copy !== undefined;
  }

  /** Loads and saves run one at a time, so two saves of this store cannot interleave. */
  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** Whether two annotations say the same about the same passage, wherever each was last anchored. */
function sameReading(a: Annotation, b: Annotation): boolean {
  const reading = (x: Annotation) => JSON.stringify([x.source, x.quote, x.note, x.tags, x.category, x.creator ?? '', x.replies.map(r => [r.id, r.note])]);
  return reading(a) === reading(b);
}

/** What a read saw, to tell whether the store changed between two reads. */
function snapshotKey(read: Snapshot): string {
  return JSON.stringify([[...read.entries].map(([id, e]) => [id, entryKey(e)]), read.damaged.map(d => [d.file, d.bytes.length, d.error])]);
}
