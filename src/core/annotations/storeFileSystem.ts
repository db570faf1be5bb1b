// The file operations the annotation store needs. The core has no file system of its own: the Node adapter
// (src/node) implements these with a cross-process lock; a host without one (the web) leaves `lock` out, and
// the store then re-reads and compares before each write; tests use an in-memory double.

/** Part of the name of a temporary file a save writes before it replaces the store file. */
export const TEMP_MARKER = '.opis-tmp-';

/** Thrown by `replace` when a file must not be written (read-only, or a link that cannot be followed). */
export class StoreWriteRefused extends Error {}

export interface StoreFileSystem {
  /** The bytes of a file; undefined when it does not exist. Other failures (a folder, no permission) throw. */
  readFile(file: string): Promise<Uint8Array | undefined>;
  /**
   * Replaces a file's content so that a crash leaves the old or the new content, never a mix: a temporary file
   * whose name contains TEMP_MARKER, then a rename. A symlink is written through to its target, never replaced.
   */
  replace(file: string, data: Uint8Array): Promise<void>;
  /** Removes a file; no error when it is already gone. */
  remove(file: string): Promise<void>;
  /** The names in a folder; undefined when there is no folder. */
  list(dir: string): Promise<string[] | undefined>;
  /** Holds an exclusive lock named after `path` until the returned function is called. */
  lock?(path: string): Promise<() => Promise<void>>;
  join(dir: string, name: string): string;
  dirname(file: string): string;
  basename(file: string): string;
}
