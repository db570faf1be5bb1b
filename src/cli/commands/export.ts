// `opis export [store] --format md|w3c [-o out]`: the annotations as Markdown for writing, or as a W3C
// AnnotationCollection. Without a store, the workspace's store found from the current folder. The output is
// written atomically and never over the store it reads.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { nodeStoreFileSystem } from '../../node/nodeStoreFileSystem';
import { exportMarkdown, exportW3c } from '../../core/annotations';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { readAnnotationStore } from '../readAnnotationStore';

const FORMATS = ['md', 'w3c'] as const;
type Format = (typeof FORMATS)[number];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export annotations as Markdown (quotes, notes, tags, notes cited) or as W3C JSON',
  usage: 'opis export [store] --format md|w3c [-o out]',
  async run(args, io) {
    const options = parseArgs(args);
    const set = await readAnnotationStore(options.store, io);
    const text = options.format === 'md' ? exportMarkdown(set.annotations) : exportW3c(set);
    if (!options.out) {
      io.stdout(text);
      return 0;
    }
    const out = path.resolve(io.cwd, options.out);
    const real = (p: string) => fs.realpath(p).catch(() => p);
    const [outReal, storeReal] = await Promise.all([real(out), real(set.location)]);
    if (outReal === storeReal || outReal.startsWith(storeReal + path.sep)) throw new Error(`${options.out} is the annotation store being exported; nothing written`);
    await nodeStoreFileSystem.replace(out, new TextEncoder().encode(text));
    io.stderr(`opis export: ${set.annotations.length} annotation${set.annotations.length === 1 ? '' : 's'} written to ${options.out}\n`);
    return 0;
  },
};

function parseArgs(args: string[]): { store: string | undefined; format: Format; out?: string } {
  const { values, positionals: stores } = readArgs(args, {
    format: { type: 'string', short: 'f', value: FORMATS.join(' or ') },
    output: { type: 'string', short: 'o', value: 'a file name' },
  });
  const format = values.format ?? 'md';
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be ${FORMATS.join(' or ')}`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (stores.length > 1) throw new UsageError('give one store');
  return { store: stores[0], format: format as Format, out: values.output };
}
