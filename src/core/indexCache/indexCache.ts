// The persisted index: per file, what each feature found in it (its "parts"), kept with the file's size, date
// and content hash and with the version of what each part depends on (the glossary, lexicon or officials it was
// found with). A part is served only when the file's hash and the part's version both match, so a file edited
// while VS Code was closed, a data change or an upgrade is analysed again, never answered from the old text.
// The whole cache carries a header (format and writer version): one written by another version, truncated or
// damaged is dropped with a reason and rebuilt. It is bounded: files no longer in the corpus are pruned and, above
// the size cap, the least recently used entries go first. Saved as gzipped JSON lines (the header, then one line
// per file), read and written a line at a time with turns given to the host: a library's cache is tens of
// megabytes, whose one JSON.parse would block it for half a second.
import { isRecord as isObject, parseJson } from '../data/jsonData';
import { Pacer } from '../text/eventLoop';
import { gunzip, gzip } from './gzip';

/** Bumped whenever what a part holds or how it is found changes. */
export const INDEX_FORMAT = 1;
const MAGIC = 'opis-index';

export interface FileStamp {
  size: number;
  /** Modification time in milliseconds. */
  mtime: number;
  hash: string;
}

interface Part {
  version: string;
  data: unknown;
}

interface Entry extends FileStamp {
  /** When the entry was last served or written, for least-recently-used eviction. */
  used: number;
  parts: Record<string, Part>;
}

export interface IndexCacheOptions {
  /** The version of the program writing the cache: a cache of another version is dropped whole. */
  writer: string;
  /** The largest serialised cache; least recently used entries are evicted above it. */
  maxBytes: number;
  now?: () => number;
}

export class IndexCache {
  private entries = new Map<string, Entry>();
  private changed = false;
  private readonly now: () => number;

  constructor(private readonly options: IndexCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether anything changed since the cache was loaded or serialised. */
  get dirty(): boolean {
    return this.changed;
  }

  get size(): number {
    return this.entries.size;
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * Takes the entries of a serialised cache (none when `bytes` is undefined: there was no cache). Returns why a
   * cache was dropped (damaged, truncated, another format or writer), undefined when it was taken or absent.
   */
  async load(bytes: Uint8Array | undefined): Promise<string | undefined> {
    this.entries.clear();
    this.changed = false;
    if (bytes === undefined) return undefined;
    const dropped = (reason: string) => {
      this.entries.clear();
      this.changed = true;
      return reason;
    };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(bytes));
    } catch {
      return dropped('the index cache is damaged or truncated (not whole gzip data of UTF-8 text)');
    }
    const lines = text.split('\n');
    const header = parseJson(lines[0] ?? '');
    if (!header.ok) return dropped(`the index cache is damaged or truncated (${header.error})`);
    const value = header.value as { magic?: unknown; format?: unknown; writer?: unknown; files?: unknown };
    if (!isObject(value) || value.magic !== MAGIC) return dropped('the index cache is not an Opis index');
    if (value.format !== INDEX_FORMAT || value.writer !== this.options.writer) {
      return dropped(`the index cache was written by another version (${String(value.writer)}, format ${String(value.format)})`);
    }
    // the header counts the lines after it: a cache cut short at a line's end is told from a whole one
    if (value.files !== lines.length - 1) return dropped(`the index cache is damaged or truncated (${lines.length - 1} of ${String(value.files)} files)`);
    const pacer = new Pacer();
    for (const [i, line] of lines.slice(1).entries()) {
      await pacer.pace();
      const parsed = parseJson(line);
      const [path, entry] = parsed.ok && Array.isArray(parsed.value) ? parsed.value : [];
      if (typeof path !== 'string' || !isEntry(entry)) return dropped(`the index cache is damaged (line ${i + 2})`);
      this.entries.set(path, entry);
    }
    return undefined;
  }

  /** The part found in the file when it had this hash, with this version of what the part depends on. */
  get(path: string, hash: string, part: string, version: string): unknown {
    const entry = this.entries.get(path);
    const found = entry?.hash === hash ? entry.parts[part] : undefined;
    if (!entry || found?.version !== version) return undefined;
    entry.used = this.now();
    this.changed = true;
    return found.data;
  }

  /** Keeps a part found in the file; an entry of other content is replaced, its other parts dropped. */
  set(path: string, stamp: FileStamp, part: string, version: string, data: unknown): void {
    let entry = this.entries.get(path);
    if (!entry || entry.hash !== stamp.hash) {
      entry = { ...stamp, used: 0, parts: {} };
      this.entries.set(path, entry);
    }
    // the same content at another size or date (a checkout rewrote it): the parts still hold
    entry.size = stamp.size;
    entry.mtime = stamp.mtime;
    entry.used = this.now();
    entry.parts[part] = { version, data };
    this.changed = true;
  }

  /** Drops the entries of files not in `paths` (deleted, renamed, out of the corpus); returns how many. */
  retain(paths: Iterable<string>): number {
    const keep = new Set(paths);
    let removed = 0;
    for (const path of [...this.entries.keys()]) {
      if (keep.has(path)) continue;
      this.entries.delete(path);
      removed++;
    }
    if (removed) this.changed = true;
    return removed;
  }

  delete(path: string): void {
    if (this.entries.delete(path)) this.changed = true;
  }

  clear(): void {
    this.entries.clear();
    this.changed = true;
  }

  /** The cache as gzipped JSON lines, the most recently used entries first, without those past the size cap. */
  async serialise(): Promise<Uint8Array> {
    const encoder = new TextEncoder();
    const pacer = new Pacer();
    const headerOf = (files: number) => JSON.stringify({ magic: MAGIC, format: INDEX_FORMAT, writer: this.options.writer, files });
    let bytes = encoder.encode(headerOf(this.entries.size)).length;
    const kept: string[] = [];
    const byUse = [...this.entries].sort((a, b) => b[1].used - a[1].used);
    for (const [path, entry] of byUse) {
      await pacer.pace();
      const line = JSON.stringify([path, entry]);
      const length = encoder.encode(line).length + 1;
      if (bytes + length > this.options.maxBytes) {
        this.entries.delete(path);
        continue;
      }
      bytes += length;
      kept.push(line);
    }
    this.changed = false;
    return gzip(encoder.encode([headerOf(kept.length), ...kept].join('\n')));
  }
}

function isEntry(value: unknown): value is Entry {
  if (!isObject(value)) return false;
  const { size, mtime, hash, used, parts } = value;
  if (typeof size !== 'number' || typeof mtime !== 'number' || typeof hash !== 'string' || typeof used !== 'number' || !isObject(parts)) return false;
  return Object.values(parts).every(part => isObject(part) && typeof part.version === 'string' && 'data' in part);
}
