// No command writes over one of its inputs: an output path is compared with each input after links are
// followed; a store folder counts as every file inside it, and an input inside it as part of it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const real = (p: string) => fs.realpath(p).catch(() => path.resolve(p));
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + path.sep);

/** Throws, naming the output as `shown`, when `output` and one of `inputs` are the same or one holds the other. */
export async function refuseOverInputs(output: string, shown: string, inputs: { path: string; what: string }[]): Promise<void> {
  const out = await real(output);
  for (const input of inputs) {
    const read = await real(input.path);
    if (within(out, read) || within(read, out)) throw new Error(`${shown} is ${input.what}; nothing written`);
  }
}
