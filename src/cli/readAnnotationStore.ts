// Reads an annotation store for a command that only looks at it: never copies, repairs or writes it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseStore, type AnnotationSet } from '../core/annotations';
import type { CliIO } from './command';

/** The store's annotations; throws an Error whose message says what is wrong with which file. */
export async function readAnnotationStore(file: string, io: CliIO): Promise<AnnotationSet> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no annotation store at ${file}` : `cannot read ${file}: ${(err as Error).message}`);
  }
  const parsed = parseStore(text, file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.set;
}
