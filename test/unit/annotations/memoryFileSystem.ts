// An in-memory StoreFileSystem with a lock per path, that can be told to crash in the middle of a save.
import { StoreWriteRefused, TEMP_MARKER, type StoreFileSystem } from '../../../src/core/annotations';

export class MemoryFileSystem implements StoreFileSystem {
  readonly files = new Map<string, Uint8Array>();
  /** Set to make the next replace leave half its data in a temporary file, or the whole of it, and throw. */
  crashOn: 'write' | 'rename' | undefined;
  /** Files that refuse writes, as a read-only file does. */
  readonly readOnly = new Set<string>();
  private readonly locks = new Map<string, Promise<void>>();
  private temps = 0;

  text(file: string): string | undefined {
    const bytes = this.files.get(file);
    return bytes && new TextDecoder().decode(bytes);
  }

  setText(file: string, text: string): void {
    this.files.set(file, new TextEncoder().encode(text));
  }

  async readFile(file: string): Promise<Uint8Array | undefined> {
    return this.files.get(file);
  }

  async replace(file: string, data: Uint8Array): Promise<void> {
    if (this.readOnly.has(file)) throw new StoreWriteRefused(`not saved: ${file} is read-only`);
    const temp = `${file}${TEMP_MARKER}${++this.temps}`;
    if (this.crashOn) {
      const half = this.crashOn === 'write';
      this.crashOn = undefined;
      this.files.set(temp, data.slice(0, half ? data.length >> 1 : data.length));
      throw new Error(`simulated crash ${half ? 'while writing' : 'before the rename'}`);
    }
    this.files.set(file, data.slice());
  }

  async remove(file: string): Promise<void> {
    this.files.delete(file);
  }

  async list(dir: string): Promise<string[] | undefined> {
    const names = [...this.files.keys()].filter(f => f.startsWith(`${dir}/`) && !f.slice(dir.length + 1).includes('/')).map(f => f.slice(dir.length + 1));
    return names.length ? names : undefined;
  }

  async lock(path: string): Promise<() => Promise<void>> {
    while (this.locks.has(path)) await this.locks.get(path);
    let release!: () => void;
    this.locks.set(path, new Promise(resolve => (release = resolve)));
    return async () => {
      this.locks.delete(path);
      release();
    };
  }

  join(dir: string, name: string): string {
    return `${dir}/${name}`;
  }

  dirname(file: string): string {
    return file.slice(0, file.lastIndexOf('/'));
  }

  basename(file: string): string {
    return file.slice(file.lastIndexOf('/') + 1);
  }
}
