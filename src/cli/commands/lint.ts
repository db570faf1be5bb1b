// `opis lint <files…> [--json]`: corpus diagnostics for Markdown articles. Exit 1 when any error is found.
import * as path from 'node:path';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { lintMarkdown, type Severity } from '../../core/corpus/lint';
import { readTextFile } from '../readTextFile';

interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd)$/i;

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'check Markdown articles: footnotes, numbering, empty or missing notes, extraction residue, emphasis',
  usage: 'opis lint <files…> [--json]',
  async run(args, io) {
    const { values, positionals: files } = readArgs(args, { json: { type: 'boolean' } });
    const json = values.json === true;
    if (files.length === 0) throw new UsageError('name at least one Markdown file');

    const findings: Finding[] = [];
    for (const file of files) findings.push(...(await lintFile(file, io.cwd)));
    if (json) io.stdout(JSON.stringify(findings, null, 2) + '\n');
    else {
      for (const f of findings) io.stdout(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`);
      const errors = findings.filter(f => f.severity === 'error').length;
      io.stderr(`${files.length} file(s) checked: ${errors} error(s), ${findings.length - errors} warning(s)\n`);
    }
    return findings.some(f => f.severity === 'error') ? 1 : 0;
  },
};

async function lintFile(file: string, cwd: string): Promise<Finding[]> {
  const fileProblem = (code: string, message: string): Finding[] => [{ file, line: 1, column: 1, severity: 'error', code, message }];
  if (!MARKDOWN_FILE.test(file)) return fileProblem('not-markdown', 'not a Markdown file (expected .md or .markdown)');
  let text: string;
  try {
    text = await readTextFile(path.resolve(cwd, file), file);
  } catch (err) {
    return fileProblem('unreadable-file', (err as Error).message.replace(`${file}: `, ''));
  }
  return lintMarkdown(text).map(d => ({
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  }));
}
