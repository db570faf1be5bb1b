// Reads a file a command was asked to process, turning the usual failures into messages that name it.
import { readFile } from 'node:fs/promises';
import { decodeText } from '../core/files/textBytes';

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
export function textOf(bytes: Uint8Array, shown: string): string {
  const decoded = decodeText(bytes);
  if ('problem' in decoded) throw new UnreadableFileError(`${shown}: ${decoded.problem}`, decoded.advice);
  return decoded.text;
}
