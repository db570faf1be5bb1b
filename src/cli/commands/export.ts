// `opis export <store.json> --format md|w3c [-o out]`: the annotations as Markdown for writing, or as a
// W3C AnnotationCollection.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { exportMarkdown, exportW3c } from '../../core/annotations';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { readAnnotationStore } from '../readAnnotationStore';

const FORMATS = ['md', 'w3c'] as const;
type Format = (typeof FORMATS)[number];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export annotations as Markdown (quotes, notes, tags, notes cited) or as W3C JSON',
  usage: 'opis export <store.json> --format md|w3c [-o out]',
  async run(args, io) {
    const options = parseArgs(args);
    const set = await readAnnotationStore(options.store, io);
    const text = options.format === 'md' ? exportMarkdown(set.annotations) : exportW3c(set);
    if (!options.out) {
      io.stdout(text);
      return 0;
    }
    await fs.writeFile(path.resolve(io.cwd, options.out), text, 'utf8');
    io.stderr(`opis export: ${set.annotations.length} annotation${set.annotations.length === 1 ? '' : 's'} written to ${options.out}\n`);
    return 0;
  },
};

function parseArgs(args: string[]): { store: string; format: Format; out?: string } {
  const { values, positionals: stores } = readArgs(args, {
    format: { type: 'string', short: 'f', value: FORMATS.join(' or ') },
    output: { type: 'string', short: 'o', value: 'a file name' },
  });
  const format = values.format ?? 'md';
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be ${FORMATS.join(' or ')}`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (stores.length !== 1) throw new UsageError(stores.length ? 'give one store file' : 'give the annotation store, e.g. .opis/annotations.json');
  return { store: stores[0], format: format as Format, out: values.output };
}
