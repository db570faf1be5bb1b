// The workspace's annotations, kept in one W3C JSON file. Nothing is ever lost:
// - writes go to a temporary file that then replaces the store, so a crash leaves the old store intact;
// - a store that cannot be read is copied aside and never written over, until it is readable again;
// - a store changed on disk by someone else (git pull, another window) is merged, not overwritten.
import { randomUUID } from 'node:crypto';
import { mergeSets } from './merge';
import { DEFAULT_CATEGORY, type Annotation, type AnnotationSet, type Reply } from './model';
import { parseStore, serializeStore } from './storeFile';
import { defined } from './w3c';
import type { StoreFileSystem } from './storeFileSystem';

export interface StoreOptions {
  now?: () => Date;
  newId?: () => string;
  /** Recorded as the creator of new annotations and replies. */
  creator?: string;
}

/** What the user should be told; `ok: false` means the store is unreadable and is not being written. */
export type StoreStatus = { ok: true } | { ok: false; message: string; copy: string | undefined };

export type NewAnnotation = Pick<Annotation, 'source' | 'quote' | 'position'> & Partial<Pick<Annotation, 'note' | 'tags' | 'category'>>;
export type AnnotationEdit = Partial<Pick<Annotation, 'note' | 'tags' | 'category' | 'quote' | 'position' | 'source'>>;

const empty = (): AnnotationSet => ({ annotations: [], foreign: [] });

export class AnnotationStore {
  private current: AnnotationSet = empty();
  /** The file as last read or written: the base of merges, and how changes by others are noticed. */
  private baseText = '';
  /** Whether `current` has changes not yet written. */
  private dirty = false;
  private unreadable: { text: string; message: string; copy: string | undefined } | undefined;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly fs: StoreFileSystem,
    readonly file: string,
    private readonly options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => `urn:uuid:${randomUUID()}`);
  }

  get status(): StoreStatus {
    return this.unreadable ? { ok: false, message: this.unreadable.message, copy: this.unreadable.copy } : { ok: true };
  }

  get annotations(): readonly Annotation[] {
    return this.current.annotations;
  }

  get(id: string): Annotation | undefined {
    return this.current.annotations.find(a => a.id === id);
  }

  /** Tags used anywhere in the store, sorted. */
  tags(): string[] {
    return [...new Set(this.current.annotations.flatMap(a => a.tags))].sort((a, b) => a.localeCompare(b));
  }

  /** Reads the file, merging with unsaved changes made here; an unreadable file is reported and kept. */
  load(): Promise<StoreStatus> {
    return this.serialized(async () => {
      await this.sync();
      return this.status;
    });
  }

  /** Merges what is on disk with the changes made here and writes the result (unless the store is unreadable). */
  save(): Promise<StoreStatus> {
    return this.serialized(async () => {
      if (!(await this.sync())) return this.status;
      const text = serializeStore(this.current);
      if (text !== this.baseText) await this.writeAtomically(text);
      this.baseText = text;
      this.dirty = false;
      return this.status;
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
      creator: this.options.creator,
      replies: [],
    });
    this.current.annotations.push(annotation);
    this.dirty = true;
    return annotation;
  }

  /** Puts back annotations (a deleted one, on undo, or imported ones); ids already present are skipped. */
  restore(annotations: readonly Annotation[]): number {
    let added = 0;
    for (const a of annotations) {
      if (this.get(a.id)) continue;
      this.current.annotations.push(structuredClone(a));
      this.dirty = true;
      added++;
    }
    return added;
  }

  /** Applies an edit by the user; `modified` is updated. */
  update(id: string, edit: AnnotationEdit): Annotation | undefined {
    const a = this.get(id);
    if (!a) return undefined;
    Object.assign(a, structuredClone(edit), { modified: this.now().toISOString() });
    this.dirty = true;
    return a;
  }

  /** Records where a passage was found again: refreshes the selectors without counting as an edit. */
  relocate(id: string, target: Pick<Annotation, 'quote' | 'position'>): boolean {
    const a = this.get(id);
    if (!a) return false;
    const same = a.position.start === target.position.start && a.position.end === target.position.end && a.quote.exact === target.quote.exact && a.quote.prefix === target.quote.prefix && a.quote.suffix === target.quote.suffix;
    if (same) return false;
    a.quote = { ...target.quote };
    a.position = { ...target.position };
    this.dirty = true;
    return true;
  }

  remove(id: string): Annotation | undefined {
    const i = this.current.annotations.findIndex(a => a.id === id);
    if (i === -1) return undefined;
    this.dirty = true;
    return this.current.annotations.splice(i, 1)[0];
  }

  addReply(annotationId: string, note: string): Reply | undefined {
    const a = this.get(annotationId);
    if (!a) return undefined;
    const stamp = this.now().toISOString();
    const reply: Reply = defined({ id: this.newId(), note, created: stamp, modified: stamp, creator: this.options.creator });
    a.replies.push(reply);
    this.dirty = true;
    return reply;
  }

  updateReply(annotationId: string, replyId: string, note: string): Reply | undefined {
    const reply = this.get(annotationId)?.replies.find(r => r.id === replyId);
    if (!reply) return undefined;
    Object.assign(reply, { note, modified: this.now().toISOString() });
    this.dirty = true;
    return reply;
  }

  removeReply(annotationId: string, replyId: string): Reply | undefined {
    const replies = this.get(annotationId)?.replies;
    const i = replies?.findIndex(r => r.id === replyId) ?? -1;
    if (!replies || i === -1) return undefined;
    this.dirty = true;
    return replies.splice(i, 1)[0];
  }

  /** Brings in the disk's version if it changed; false when the disk's version is unreadable. */
  private async sync(): Promise<boolean> {
    const onDisk = await this.fs.readFile(this.file);
    if (onDisk === undefined) {
      // A store that disappeared is not a deletion of every note: what is here gets written again.
      if (this.baseText) this.dirty = this.current.annotations.length > 0 || this.current.foreign.length > 0;
      this.baseText = '';
      this.unreadable = undefined;
      return true;
    }
    if (onDisk === this.baseText) return true;
    const parsed = parseStore(onDisk, this.file);
    if (!parsed.ok) {
      await this.keepUnreadable(onDisk, parsed.error);
      return false;
    }
    this.unreadable = undefined;
    if (this.dirty) {
      const base = parseStore(this.baseText, this.file);
      this.current = mergeSets(base.ok ? base.set : empty(), this.current, parsed.set);
    } else this.current = parsed.set;
    this.baseText = onDisk;
    return true;
  }

  /** Copies an unreadable store aside (once per distinct content) so that nothing in it can be lost. */
  private async keepUnreadable(text: string, error: string): Promise<void> {
    if (this.unreadable?.text === text) return;
    let copy: string | undefined = `${this.file}.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await this.fs.copyFile(this.file, copy);
    } catch {
      copy = undefined;
    }
    const kept = copy ? `A copy was kept at ${copy}. ` : '';
    this.unreadable = {
      text,
      copy,
      message: `The annotation store cannot be read: ${error}. ${kept}Opis will not write to it until it is repaired; notes made meanwhile are kept in memory and saved once it can be read.`,
    };
  }

  private async writeAtomically(text: string): Promise<void> {
    await this.fs.mkdirp(this.fs.dirname(this.file));
    const temp = `${this.file}.tmp-${randomUUID().slice(0, 8)}`;
    try {
      await this.fs.writeFile(temp, text);
      await this.fs.rename(temp, this.file);
    } catch (err) {
      await this.fs.remove(temp).catch(() => undefined);
      throw err;
    }
  }

  /** Loads and saves run one at a time, so two saves cannot interleave their read-merge-write. */
  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
