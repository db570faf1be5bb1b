// `opis export [store] --format md|w3c [--author NAME] [-o out]`: the annotations as Markdown for writing, or
// as a W3C AnnotationCollection; with --author, only those one person wrote (with their replies). Without a
// store, the workspace's store found from the current folder. The output is written atomically and never
// over the store it reads.
import * as path from 'node:path';
import { nodeStoreFileSystem } from '../../node/nodeStoreFileSystem';
import { authorsOf, byAuthor, exportMarkdown, exportW3c } from '../../core/annotations';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { refuseOverInputs } from '../notOverInputs';
import { readAnnotationStore } from '../readAnnotationStore';

const FORMATS = ['md', 'w3c'] as const;
type Format = (typeof FORMATS)[number];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export annotations as Markdown (quotes, notes, tags, notes cited) or as W3C JSON, all or one author\'s',
  usage: 'opis export [store] --format md|w3c [--author NAME] [-o out]',
  async run(args, io) {
    const options = parseArgs(args);
    const set = await readAnnotationStore(options.store, io);
    // Items Opis cannot read name no author it knows: an export by author leaves them out.
    const chosen = options.author === undefined ? set : { annotations: byAuthor(set.annotations, options.author), foreign: [] };
    if (options.author !== undefined && !chosen.annotations.length) {
      const authors = authorsOf(set.annotations);
      io.stderr(`opis export: no annotation by ${options.author}${authors.length ? `; authors in the store: ${authors.join(', ')}` : ''}\n`);
    }
    const text = options.format === 'md' ? exportMarkdown(chosen.annotations) : exportW3c(chosen);
    if (!options.out) {
      io.stdout(text);
      return 0;
    }
    const out = path.resolve(io.cwd, options.out);
    await refuseOverInputs(out, options.out, [{ path: set.location, what: 'the annotation store being exported' }]);
    await nodeStoreFileSystem.replace(out, new TextEncoder().encode(text));
    const count = chosen.annotations.length;
    io.stderr(`opis export: ${count} annotation${count === 1 ? '' : 's'} written to ${options.out}\n`);
    return 0;
  },
};

function parseArgs(args: string[]): { store: string | undefined; format: Format; author?: string; out?: string } {
  const { values, positionals: stores } = readArgs(args, {
    format: { type: 'string', short: 'f', value: FORMATS.join(' or ') },
    author: { type: 'string', value: 'a name, as the annotations give it' },
    output: { type: 'string', short: 'o', value: 'a file name' },
  });
  const format = values.format ?? 'md';
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be ${FORMATS.join(' or ')}`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (values.author === '') throw new UsageError('--author needs a name');
  if (stores.length > 1) throw new UsageError('give one store');
  return { store: stores[0], format: format as Format, author: values.author, out: values.output };
}
