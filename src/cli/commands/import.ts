// `opis import <raw.txt> [-o out.md]`: turns a raw page-by-page extraction into corpus Markdown.
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { ImportError, importRawArticle } from '../../core/corpus/importer';
import { readTextFile } from '../readTextFile';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import a raw article extraction as clean Markdown (footnotes, italics, quotations)',
  usage: 'opis import <raw.txt> [-o out.md]',
  async run(args, io) {
    const { input, output } = parseArgs(args);
    const file = path.resolve(io.cwd, input);
    const raw = await readTextFile(file, input);
    let markdown: string;
    try {
      markdown = importRawArticle(raw);
    } catch (err) {
      if (err instanceof ImportError) throw new Error(`${input}: ${err.message}; nothing written`);
      throw err;
    }
    if (output === undefined) io.stdout(markdown);
    else await writeFile(path.resolve(io.cwd, output), markdown, 'utf8');
    return 0;
  },
};

function parseArgs(args: string[]): { input: string; output?: string } {
  const { values, positionals } = readArgs(args, { output: { type: 'string', short: 'o', value: 'a file name' } });
  if (positionals.length === 0) throw new UsageError('missing the raw extraction to import');
  if (positionals.length > 1) throw new UsageError('only one input file is accepted');
  return { input: positionals[0], output: values.output };
}
