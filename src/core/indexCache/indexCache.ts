// The persisted index: per file, what each feature found in it (its "parts"), kept with the file's size, date,
// content hash and the time that hash was taken, and with the version of what each part depends on (the glossary,
// lexicon or officials it was found with). A part is served only when the file's content (its hash, or its size
// and date unchanged since a read well after its last write) and the part's version both match, so a file edited
// while VS Code was closed, a data change or an upgrade is analysed again, never answered from the old text.
// The whole cache carries a header (format and writer version): one written by another version, truncated or
// damaged is dropped with a reason and rebuilt. It is bounded: files no longer in the corpus are pruned and, above
// the size cap, the least recently used entries go first. Saved as gzipped JSON lines (the header, then one line
// per file), read and written a line at a time with turns given to the host: a library's cache is tens of
// megabytes, whose one JSON.parse would block it for seconds.
import { isRecord as isObject, parseJson } from '../data/jsonData';
import { Pacer } from '../text/eventLoop';
import { gunzipLines, gzipLines } from './gzip';

/** Bumped whenever what a part holds or how it is found changes. */
export const INDEX_FORMAT = 4;
const MAGIC = 'opis-index';
const USE_RESOLUTION_MS = 24 * 60 * 60 * 1000;
/**
 * How long before its read a file must have been written for its size and date to vouch for its content: a write
 * soon after the read could fall in the same tick of a coarse clock (two seconds on FAT) and keep both.
 */
export const RACY_WRITE_MS = 3000;

export interface FileStamp {
  size: number;
  /** Modification time in milliseconds (0 when unknown). */
  mtime: number;
  hash: string;
  /** When the text that gave the hash was read (taken before the read). */
  checked: number;
}

/** A more compact form of a part's data for the saved cache, and the data again from it (undefined when damaged). */
export interface PartCodec {
  pack(data: never): unknown;
  unpack(kept: unknown): unknown;
}

/**
 * A part as JSON (read from a saved cache, not asked for yet) or as data (served or found since, the very data the
 * features hold, with the codec that packs it): never both, so the cache adds no copy of what is in use. Data given
 * to the cache is not changed afterwards; it is written as JSON (packed) when the cache is saved.
 */
type Part = { version: string } & ({ json: string; data?: undefined; codec?: undefined } | { json?: undefined; data: unknown; codec?: PartCodec });

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

/**
 * JSON with every character beyond ASCII written as its escape: a cache read at every start decodes as ASCII, several
 * times faster than text with quotation marks and Cyrillic in it, for hardly more bytes once gzipped.
 */
const asciiJson = (json: string) => json.replace(/[^\0-\x7f]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

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
    const pacer = new Pacer();
    let count = 0;
    let expected = 0;
    try {
      for await (const line of gunzipLines(bytes)) {
        await pacer.pace();
        // a part's line is its name as JSON, a tab, then its data as JSON (kept as text until it is asked for)
        const tab = line.indexOf('\t');
        const parsed = parseJson(tab < 0 ? line : line.slice(0, tab));
        if (count++ === 0) {
          if (!parsed.ok) return dropped(`the index cache is damaged or truncated (${parsed.error})`);
          const header = parsed.value as { magic?: unknown; format?: unknown; writer?: unknown; lines?: unknown };
          if (!isObject(header) || header.magic !== MAGIC) return dropped('the index cache is not an Opis index');
          if (header.format !== INDEX_FORMAT || header.writer !== this.options.writer) {
            return dropped(`the index cache was written by another version (${String(header.writer)}, format ${String(header.format)})`);
          }
          expected = typeof header.lines === 'number' ? header.lines : -1;
          continue;
        }
        if (!parsed.ok || !this.take(parsed.value, tab < 0 ? undefined : line.slice(tab + 1))) return dropped(`the index cache is damaged (line ${count})`);
      }
    } catch {
      return dropped('the index cache is damaged or truncated (not whole gzip data of UTF-8 text)');
    }
    // the header counts the lines after it: a cache cut short at a line's end is told from a whole one
    if (count - 1 !== expected) return dropped(`the index cache is damaged or truncated (${count - 1} of ${expected} lines)`);
    return undefined;
  }

  /** One line of a saved cache: a file's stamp `[path, size, mtime, hash, checked, used]` or a part `[path, part, version]` and its data. */
  private take(line: unknown, json: string | undefined): boolean {
    if (!Array.isArray(line) || typeof line[0] !== 'string') return false;
    if (json === undefined) {
      if (line.length !== 6) return false;
      const [path, size, mtime, hash, checked, used] = line;
      if (![size, mtime, checked, used].every(n => typeof n === 'number') || typeof hash !== 'string') return false;
      this.entries.set(path, { size, mtime, hash, checked, used, parts: {} });
      return true;
    }
    const [path, part, version] = line;
    const entry = this.entries.get(path);
    if (line.length !== 3 || !entry || typeof part !== 'string' || typeof version !== 'string') return false;
    entry.parts[part] = { version, json };
    return true;
  }

  /**
   * The part found in the file when it had this hash, with this version of what the part depends on; a part saved
   * packed is unpacked with `codec`. Undefined when there is none, or it is damaged.
   */
  get(path: string, hash: string, part: string, version: string, codec?: PartCodec): unknown {
    const entry = this.entries.get(path);
    const found = entry?.hash === hash ? entry.parts[part] : undefined;
    if (!entry || found?.version !== version) return undefined;
    let value = found.data;
    if (found.json !== undefined) {
      const parsed = parseJson(found.json);
      value = parsed.ok ? (codec ? codec.unpack(parsed.value) : parsed.value) : undefined;
      if (value === undefined) return undefined;
      entry.parts[part] = { version, data: value, codec };
    }
    // eviction needs the day of last use, not the minute: a start over an unchanged corpus does not rewrite the cache
    const now = this.now();
    if (now - entry.used > USE_RESOLUTION_MS) {
      entry.used = now;
      this.changed = true;
    }
    return value;
  }

  /**
   * The hash the file's content had when it was read, if its size and date are still those it had then and it had
   * been written well before that read (see RACY_WRITE_MS); undefined when the file must be read to know.
   */
  unchangedHash(path: string, stat: { size: number; mtime: number }): string | undefined {
    const entry = this.entries.get(path);
    if (!entry || stat.mtime <= 0 || entry.size !== stat.size || entry.mtime !== stat.mtime) return undefined;
    return entry.mtime + RACY_WRITE_MS <= entry.checked ? entry.hash : undefined;
  }

  /** The file read again with the content its entry has: its size, date and time of reading are brought up to date. */
  restamp(path: string, stamp: FileStamp): void {
    const entry = this.entries.get(path);
    if (!entry || entry.hash !== stamp.hash) return;
    // a new time of reading matters only to an entry whose size and date did not yet vouch for its content
    const trusted = this.unchangedHash(path, stamp) !== undefined;
    if (trusted && entry.size === stamp.size && entry.mtime === stamp.mtime) return;
    Object.assign(entry, { size: stamp.size, mtime: stamp.mtime, checked: stamp.checked });
    this.changed = true;
  }

  /** Keeps a part found in the file (saved packed with `codec`); an entry of other content is replaced, its other parts dropped. */
  set(path: string, stamp: FileStamp, part: string, version: string, data: unknown, codec?: PartCodec): void {
    let entry = this.entries.get(path);
    if (!entry || entry.hash !== stamp.hash) {
      entry = { ...stamp, used: 0, parts: {} };
      this.entries.set(path, entry);
    }
    // the same content at another size or date (a checkout rewrote it): the parts still hold
    entry.size = stamp.size;
    entry.mtime = stamp.mtime;
    entry.checked = stamp.checked;
    entry.used = this.now();
    entry.parts[part] = { version, data, codec };
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

  /**
   * The cache as gzipped JSON lines: a header that counts the lines, each file's stamp, then each part of every
   * file, grouped by part (alike data side by side compresses best). The most recently used files come first; those
   * that would pass the size cap are evicted.
   */
  async serialise(): Promise<Uint8Array> {
    const pacer = new Pacer();
    const pace = () => pacer.pace();
    let bytes = 200; // the header
    const stamps: string[] = [];
    const parts = new Map<string, string[]>();
    const byUse = [...this.entries].sort((a, b) => b[1].used - a[1].used);
    for (const [path, entry] of byUse) {
      await pace();
      const stamp = asciiJson(JSON.stringify([path, entry.size, entry.mtime, entry.hash, entry.checked, entry.used]));
      const own = Object.entries(entry.parts).map(([name, { version, json, data, codec }]) => {
        const saved = json ?? JSON.stringify(codec ? codec.pack(data as never) : data);
        return [name, asciiJson(`${JSON.stringify([path, name, version])}\t${saved}`)] as const;
      });
      const length = [stamp, ...own.map(([, line]) => line)].reduce((sum, line) => sum + line.length + 1, 0);
      if (bytes + length > this.options.maxBytes) {
        this.entries.delete(path);
        continue;
      }
      bytes += length;
      stamps.push(stamp);
      for (const [name, line] of own) {
        const group = parts.get(name);
        if (group) group.push(line);
        else parts.set(name, [line]);
      }
    }
    this.changed = false;
    const grouped = [...parts.keys()].sort().flatMap(name => parts.get(name) ?? []);
    const header = JSON.stringify({ magic: MAGIC, format: INDEX_FORMAT, writer: this.options.writer, lines: stamps.length + grouped.length });
    return gzipLines([header, ...stamps, ...grouped], pace);
  }
}
