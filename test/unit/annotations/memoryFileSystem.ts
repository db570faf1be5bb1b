// An in-memory StoreFileSystem that can be told to crash in the middle of a write.
import type { StoreFileSystem } from '../../../src/core/annotations';

export class MemoryFileSystem implements StoreFileSystem {
  readonly files = new Map<string, string>();
  /** Set to make the next writeFile store half its data and throw, or the next rename throw. */
  crashOn: 'write' | 'rename' | undefined;

  async readFile(file: string): Promise<string | undefined> {
    return this.files.get(file);
  }

  async writeFile(file: string, data: string): Promise<void> {
    if (this.crashOn === 'write') {
      this.crashOn = undefined;
      this.files.set(file, data.slice(0, data.length >> 1));
      throw new Error('simulated crash while writing');
    }
    this.files.set(file, data);
  }

  async rename(from: string, to: string): Promise<void> {
    if (this.crashOn === 'rename') {
      this.crashOn = undefined;
      throw new Error('simulated crash before rename');
    }
    const data = this.files.get(from);
    if (data === undefined) throw new Error(`ENOENT: ${from}`);
    this.files.set(to, data);
    this.files.delete(from);
  }

  async copyFile(from: string, to: string): Promise<void> {
    const data = this.files.get(from);
    if (data === undefined) throw new Error(`ENOENT: ${from}`);
    this.files.set(to, data);
  }

  async exists(file: string): Promise<boolean> {
    return this.files.has(file);
  }

  async remove(file: string): Promise<void> {
    this.files.delete(file);
  }

  async mkdirp(): Promise<void> {}

  dirname(file: string): string {
    return file.slice(0, file.lastIndexOf('/'));
  }
}
