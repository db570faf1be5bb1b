// The per-file analysis of a whole corpus, kept across restarts: each part (what one feature finds in a file: its
// notes' problems, its mentions, its romanized spellings) comes from the cache when the file's content and the
// part's version match, else it is found again and kept. A file whose size and modification time are those it had
// when it was last read (and that had been written well before that read) is served without reading it, as git and
// note-taking tools do; any other file is read and hashed. Hosts give the files (the workspace through
// vscode.workspace.fs, a folder through node:fs) and where the cache lives.
import { Pacer } from '../text/eventLoop';
import { contentHash } from './contentHash';
import type { IndexCache, PartCodec } from './indexCache';
import { parseJson } from '../data/jsonData';

export interface CorpusSource {
  /** The size and modification time (0 when unknown) of a file, undefined when it is gone or may not be read. */
  stat(path: string): Promise<{ size: number; mtime: number } | undefined>;
  /** The text a reader sees (an open editor's over the file on disk), undefined when it cannot be read. */
  read(path: string): Promise<string | undefined>;
  /** Whether the text a reader sees may differ from the file on disk (an editor holds it): such a file is always read. */
  inEditor?(path: string): boolean;
}

/** Work the parts of one file share while it is analysed (its Markdown parsed once for all of them). */
export interface FileWork {
  /** The value made by `make` for this key, made once per file and update. */
  shared<V>(key: string, make: () => Promise<V>): Promise<V>;
}

/** What one feature finds in a file; `data` must survive JSON (no Map, no class instance). */
export interface IndexPart<T = unknown> {
  name: string;
  /** A key of everything the part depends on besides the file's text (the data it was found with). */
  version(path: string): Promise<string> | string;
  /** Undefined when the work was given up (cancelled). */
  analyse(text: string, path: string, cancelled: () => boolean, work: FileWork): Promise<T | undefined> | T | undefined;
  /** How a worker finds the same data (see PartWorker), when it can. */
  portable?: {
    /** The name of the analysis the worker runs. */
    analyser: string;
    /** The plain data the analysis needs, named by kind and key (the worker builds it once per key). */
    input(path: string): Promise<PortableInput>;
  };
  /** Whether data read back from the cache has the part's shape; anything else is found again. */
  valid(data: unknown): data is T;
  /** A more compact form of the data for the cache, kept as its JSON text (the features hold the data itself). */
  pack?(data: T): unknown;
  /** The data again from what `pack` kept; undefined when the kept form is damaged. */
  unpack?(kept: unknown): T | undefined;
}

export interface PortableInput {
  kind: string;
  key: string;
  value: unknown;
}

export interface PortableRequest {
  part: string;
  analyser: string;
  input: PortableInput;
}

/**
 * Finds the portable parts of a file away from the host's thread, each as `pack` makes it when the part has one;
 * undefined when it cannot (the parts are then found here).
 */
export interface PartWorker {
  /** How many files it analyses at once (its threads); 1 when not said. */
  readonly capacity?: number;
  /** Each part's data as JSON text (packed, for a part with `pack`); undefined when the parts must be found here. */
  analyse(text: string, requests: PortableRequest[]): Promise<Record<string, string> | undefined>;
}

export interface IndexProgress {
  /** Called after each file. */
  report?(done: number, total: number): void;
  cancelled?(): boolean;
}

export interface IndexCounters {
  /** Files whose text was read and hashed. */
  read: number;
  /** Files served on their size and modification time, without reading them. */
  trusted: number;
  /** Parts found again (a miss), by file. */
  analysed: Map<string, number>;
  /** Parts served from the cache. */
  cached: number;
  /** Parts found by the worker (the others found again were found on this thread). */
  byWorker: number;
}

/** Each part's codec, made once (parts are registered after the corpus is made, so not in its constructor). */
const codecs = new WeakMap<IndexPart, PartCodec | undefined>();
const codecOf = (part: IndexPart): PartCodec | undefined => {
  if (!codecs.has(part)) codecs.set(part, part.pack && part.unpack ? { pack: part.pack, unpack: part.unpack } : undefined);
  return codecs.get(part);
};

export class IndexedCorpus {
  private readonly results = new Map<string, Map<string, unknown>>();
  /** Gives the host a turn between the parts of a file and between files. */
  private readonly pacer = new Pacer();
  readonly counters: IndexCounters = { read: 0, trusted: 0, analysed: new Map(), cached: 0, byWorker: 0 };

  constructor(
    private readonly source: CorpusSource,
    private readonly parts: IndexPart[],
    readonly cache: IndexCache,
    private readonly worker?: PartWorker,
  ) {}

  /** What the part found in the file at its last update. */
  part<T>(path: string, name: string): T | undefined {
    return this.results.get(path)?.get(name) as T | undefined;
  }

  /** The files with results. */
  paths(): string[] {
    return [...this.results.keys()];
  }

  /**
   * Brings the files up to date, taken in order; returns those whose results changed, in that order. A file that
   * cannot be read any more loses its results. Cancelled, it stops after the files in hand.
   */
  async update(paths: readonly string[], progress: IndexProgress = {}): Promise<string[]> {
    const changed: boolean[] = [];
    const cancelled = () => progress.cancelled?.() ?? false;
    let next = 0;
    let done = 0;
    const lane = async () => {
      while (next < paths.length && !cancelled()) {
        const i = next++;
        changed[i] = await this.updateFile(paths[i], cancelled);
        progress.report?.(++done, paths.length);
      }
    };
    // with a worker, one file more in hand than it analyses at once: this thread reads, hashes and takes in one
    // while the worker analyses the others
    await Promise.all(Array.from({ length: this.worker ? (this.worker.capacity ?? 1) + 1 : 1 }, lane));
    return paths.filter((_, i) => changed[i]);
  }

  /** Forgets files that left the corpus, here and in the cache. */
  forget(paths: readonly string[]): void {
    for (const path of paths) {
      this.results.delete(path);
      this.cache.delete(path);
    }
  }

  /** Keeps only the files of the corpus, here and in the cache (entries of deleted files are pruned). */
  retain(paths: readonly string[]): void {
    const keep = new Set(paths);
    for (const path of [...this.results.keys()]) if (!keep.has(path)) this.results.delete(path);
    this.cache.retain(keep);
  }

  /** Drops every result and the cache: the next update finds everything again. */
  clear(): void {
    this.results.clear();
    this.cache.clear();
  }

  /**
   * The parts found by the worker, undefined when it could not find them all in their shape (they are then found
   * here). Each comes as JSON text, packed for a part with a codec (less to copy between threads), and is parsed and
   * unpacked here.
   */
  private async analyseElsewhere(text: string, path: string, parts: IndexPart[]): Promise<Record<string, unknown> | undefined> {
    const requests = await Promise.all(parts.map(async part => ({ part: part.name, analyser: part.portable!.analyser, input: await part.portable!.input(path) })));
    const texts = await this.worker!.analyse(text, requests);
    if (!texts) return undefined;
    const results: Record<string, unknown> = {};
    // a large file's parts are megabytes of JSON: the host gets a turn between parsing, unpacking and checking them
    for (const part of parts) {
      await this.pacer.pace();
      const parsed = Object.hasOwn(texts, part.name) ? parseJson(texts[part.name]) : undefined;
      if (!parsed?.ok) return undefined;
      await this.pacer.pace();
      results[part.name] = part.unpack ? part.unpack(parsed.value) : parsed.value;
      await this.pacer.pace();
      if (!part.valid(results[part.name])) return undefined;
    }
    return results;
  }

  /** The parts of an unchanged file as the cache has them; undefined when one is missing or damaged. */
  private async cachedParts(path: string, hash: string, versions: string[]): Promise<Map<string, unknown> | undefined> {
    const found = new Map<string, unknown>();
    for (const [i, part] of this.parts.entries()) {
      const data = await this.cachedPart(path, hash, part, versions[i]);
      if (data === undefined) return undefined;
      found.set(part.name, data);
    }
    return found;
  }

  /** One part of the file as the cache has it for this content and version; undefined when missing or damaged. */
  private async cachedPart(path: string, hash: string, part: IndexPart, version: string): Promise<unknown> {
    await this.pacer.pace();
    const data = this.cache.get(path, hash, part.name, version, codecOf(part));
    return data !== undefined && part.valid(data) ? data : undefined;
  }

  private async updateFile(path: string, cancelled: () => boolean): Promise<boolean> {
    // taken before the file is read: a write during or after the read leaves a later date than the one kept
    const checked = Date.now();
    const stat = await this.source.stat(path);
    const versions = await Promise.all(this.parts.map(part => part.version(path)));
    const unchanged = stat && !this.source.inEditor?.(path) ? this.cache.unchangedHash(path, stat) : undefined;
    const served = unchanged === undefined ? undefined : await this.cachedParts(path, unchanged, versions);
    if (served) {
      this.counters.trusted++;
      this.counters.cached += served.size;
      this.results.set(path, served);
      return true;
    }
    const text = await this.source.read(path);
    if (text === undefined) {
      const had = this.results.delete(path);
      this.cache.delete(path);
      return had;
    }
    this.counters.read++;
    const hash = await contentHash(text);
    const stamp = { size: stat?.size ?? text.length, mtime: stat?.mtime ?? 0, hash, checked };
    const found = new Map<string, unknown>();
    const made = new Map<string, Promise<unknown>>();
    const work: FileWork = {
      shared: <V>(key: string, make: () => Promise<V>) => {
        if (!made.has(key)) made.set(key, make());
        return made.get(key) as Promise<V>;
      },
    };
    const missing: { part: IndexPart; version: string }[] = [];
    for (const [i, part] of this.parts.entries()) {
      const cached = await this.cachedPart(path, hash, part, versions[i]);
      if (cached !== undefined) {
        this.counters.cached++;
        found.set(part.name, cached);
      } else missing.push({ part, version: versions[i] });
    }
    // the same content at another size or date (a checkout rewrote it), or read again after a write too recent to trust
    if (!missing.length) this.cache.restamp(path, stamp);
    const portable = this.worker ? missing.map(m => m.part).filter(part => part.portable) : [];
    const remote = portable.length ? await this.analyseElsewhere(text, path, portable) : undefined;
    for (const { part, version } of missing) {
      await this.pacer.pace();
      const byWorker = remote !== undefined && part.name in remote;
      const data = byWorker ? remote[part.name] : await part.analyse(text, path, cancelled, work);
      if (data === undefined) return false;
      if (byWorker) this.counters.byWorker++;
      this.counters.analysed.set(path, (this.counters.analysed.get(path) ?? 0) + 1);
      this.cache.set(path, stamp, part.name, version, data, codecOf(part));
      found.set(part.name, data);
    }
    this.results.set(path, found);
    return true;
  }
}
