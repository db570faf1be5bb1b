// `opis import <file.pdf|file.docx|file.txt> [--layout NAME] [-o out.md]`: turns an article (a PDF, a Word
// manuscript or a text extraction) into corpus Markdown and says what it read and every guess that may be wrong.
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { ImportError } from '../../core/corpus/importer';
import type { ImportResult } from '../../core/corpus/importText';
import { LAYOUT_NAMES, TEXT_LAYOUTS, type TextLayout } from '../../core/corpus/plainText/layouts';
import { importArticleFile } from '../../node/importArticleFile';
import { readFileBytes, textOf, UnreadableFileError } from '../readTextFile';

/** What the summary calls the readers that are not text layouts. */
const FILE_KINDS: Record<string, string> = { pdf: 'PDF (text with its place, size and font on the page)', docx: 'Word document (.docx)' };

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import an article (PDF, Word .docx, or a pdftotext, pdftotext -layout, pandoc or raw text extraction) as clean Markdown',
  usage: `opis import <file.pdf|file.docx|file.txt> [--layout ${TEXT_LAYOUTS.join('|')}] [-o out.md]`,
  async run(args, io) {
    const { input, output, layout } = parseArgs(args);
    const bytes = await readFileBytes(path.resolve(io.cwd, input), input);
    let result: ImportResult;
    try {
      result = await importArticleFile(bytes, input, b => textOf(b, input), layout);
    } catch (err) {
      throw importFailure(input, err);
    }
    if (output === undefined) io.stdout(result.markdown);
    else await writeFile(path.resolve(io.cwd, output), result.markdown, 'utf8');
    io.stderr(summary(input, result, layout !== undefined));
    return 0;
  },
};

/**
 * What the user is told when `input` was not imported: the importer's reason, or, for a failure inside it (a stack
 * overflow, a text too large for a string), one sentence that names the file and what to do, never the engine's words.
 */
export function importFailure(input: string, err: unknown): Error {
  if (err instanceof ImportError) return new Error(`${input}: ${err.message}; nothing written`);
  if (err instanceof UnreadableFileError) return err;
  return new Error(`${input}: the importer failed inside on this file, nothing written; import the article in smaller parts, or report the file`);
}

function summary(input: string, result: ImportResult, named: boolean): string {
  const how = named ? 'as named' : 'detected';
  const layout = LAYOUT_NAMES[result.layout as TextLayout] ?? FILE_KINDS[result.layout] ?? result.layout;
  const lines = [`${input}: read as ${layout} (${how}); ${result.notes} notes`];
  if (result.warnings.length > 0) {
    lines.push(`${result.warnings.length} guess${result.warnings.length === 1 ? '' : 'es'} to check (opis lint on the result shows where):`);
    for (const w of result.warnings) lines.push(`  ${w.page !== undefined ? `p. ${w.page}: ` : ''}${w.message}`);
  }
  return lines.join('\n') + '\n';
}

function parseArgs(args: string[]): { input: string; output?: string; layout?: TextLayout } {
  const { values, positionals } = readArgs(args, {
    output: { type: 'string', short: 'o', value: 'a file name' },
    layout: { type: 'string', value: `a layout name (${TEXT_LAYOUTS.join(', ')})` },
  });
  if (positionals.length === 0) throw new UsageError('missing the article to import');
  if (positionals.length > 1) throw new UsageError('only one input file is accepted');
  const layout = values.layout;
  if (layout !== undefined && !(TEXT_LAYOUTS as readonly string[]).includes(layout)) {
    throw new UsageError(`unknown layout '${layout}': use one of ${TEXT_LAYOUTS.join(', ')}`);
  }
  return { input: positionals[0], output: values.output, layout: layout as TextLayout | undefined };
}
