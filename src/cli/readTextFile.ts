// Reads a file a command was asked to process, turning the usual failures into messages that name it.
import { readFile } from 'node:fs/promises';

/** A file that could not be read as text: the message names it and says why; `advice` says what to do. */
export class UnreadableFileError extends Error {
  constructor(message: string, readonly advice: string) {
    super(message);
  }
}

/** The bytes of `file` (shown to the user as `shown`); throws an UnreadableFileError otherwise. */
export async function readFileBytes(file: string, shown: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableFileError(`${shown}: no such file`, 'check its name');
    if (code === 'EISDIR') throw new UnreadableFileError(`${shown}: is a directory, not a file`, 'name the files in it');
    throw new UnreadableFileError(`${shown}: cannot be read (${code ?? String(err)})`, 'check that you may read it');
  }
}

/** The UTF-8 text of `file` (shown to the user as `shown`); throws an UnreadableFileError otherwise. */
export async function readTextFile(file: string, shown: string): Promise<string> {
  return textOf(await readFileBytes(file, shown), shown);
}

/** `bytes` decoded as UTF-8 text; throws an UnreadableFileError when they are not. */
export function textOf(bytes: Buffer, shown: string): string {
  if (bytes.includes(0)) throw new UnreadableFileError(`${shown}: is a binary file, not text`, 'rename it or move it away if it is no article');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(`${shown}: is not UTF-8 text`, 'save it as UTF-8 to have it read');
  }
}
