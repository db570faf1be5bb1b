// Reads a file a command was asked to process, turning the usual failures into messages that name it.
import { readFile } from 'node:fs/promises';

/** The bytes of `file` (shown to the user as `shown`); throws an Error with a clear message otherwise. */
export async function readFileBytes(file: string, shown: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${shown}: no such file`);
    if (code === 'EISDIR') throw new Error(`${shown}: is a directory, not a file`);
    throw new Error(`${shown}: cannot be read (${code ?? String(err)})`);
  }
}

/** The UTF-8 text of `file` (shown to the user as `shown`); throws an Error with a clear message otherwise. */
export async function readTextFile(file: string, shown: string): Promise<string> {
  return textOf(await readFileBytes(file, shown), shown);
}

/** `bytes` decoded as UTF-8 text; throws an Error with a clear message when they are not. */
export function textOf(bytes: Buffer, shown: string): string {
  if (bytes.includes(0)) throw new Error(`${shown}: is a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${shown}: is not UTF-8 text`);
  }
}
