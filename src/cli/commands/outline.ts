// `opis outline <file.md> [--derived] [--json]`: the argument outline of an article — curated when an
// argument file lies beside it (`<name>.argument.json`, or `argument.json` naming the article), else derived
// from headings, topic sentences and cited notes. A malformed argument file is reported and the derived
// outline printed (exit 1); quotes that no longer match are reported and their points printed with line null.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { buildOutline, fieldName, findArgument, formatProblem, outlineJson, type OutlineJson } from '../../core/argument';
import { readArgs } from '../args';
import { UsageError, type CliCommand, type CliIO } from '../command';
import { readArticleIndex } from '../readArticle';
import { readTextFile } from '../readTextFile';

/** An argument file's text, or undefined when there is none; one that cannot be read as text is kept in `unreadable`. */
async function readArgumentFile(file: string, unreadable: string[]): Promise<string | undefined> {
  if (!(await stat(file).catch(() => undefined))) return undefined;
  try {
    return await readTextFile(file, path.basename(file));
  } catch (err) {
    unreadable.push((err as Error).message);
    return undefined;
  }
}

const at = (line: number | null): string => (line === null ? 'unanchored' : `line ${line + 1}`);

/** `proposed`: the question and thesis were found in the introduction, not given by an argument file. */
function formatText(o: OutlineJson, proposed: boolean): string {
  const out: string[] = [o.title ?? '(untitled article)'];
  const marked = proposed ? ' (proposed)' : '';
  if (o.question) out.push('', `Question${marked}: ${o.question}`);
  if (o.thesis) out.push('', `Thesis${marked}: ${o.thesis}`);
  if (o.periods.length) out.push('', 'Periods:', ...o.periods.map(p => `  ${p.from}–${p.to}  ${p.label}  (${at(p.line)})`));
  out.push('', 'Sections:');
  for (const s of o.sections) {
    out.push(`  ${s.title ?? '(untitled)'}  (${at(s.line)})`);
    for (const c of s.claims) {
      const notes = c.footnotes.length ? `  [notes ${c.footnotes.join(', ')}]` : '';
      out.push(`    - ${c.text}${notes}  (${at(c.line)})`);
    }
  }
  return out.join('\n') + '\n';
}

export const outlineCommand: CliCommand = {
  name: 'outline',
  summary: 'print the argument of an article: question, thesis, periods, sections, claims and their notes',
  usage: 'opis outline <file.md> [--derived] [--json]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals: files } = readArgs(args, { json: { type: 'boolean' }, derived: { type: 'boolean' } });
    if (files.length !== 1) throw new UsageError('give exactly one Markdown file');
    const file = path.resolve(io.cwd, files[0]);
    const index = await readArticleIndex(files[0], io, 'outline');
    let exit = 0;
    const unreadable: string[] = [];
    const found = values.derived
      ? undefined
      : await findArgument(path.basename(file), name => readArgumentFile(path.join(path.dirname(file), name), unreadable));
    for (const problem of unreadable) {
      io.stderr(`opis outline: ${problem}; ${found?.load.ok ? `using ${found.file}` : 'showing the outline derived from the headings'}\n`);
      exit = 1;
    }
    if (found && !found.load.ok) {
      for (const problem of found.load.problems) io.stderr(`opis outline: ${formatProblem(problem)}\n`);
      io.stderr(`opis outline: ${found.file} is not usable; showing the outline derived from the headings\n`);
      exit = 1;
    }
    const outline = buildOutline(index, found?.load.ok ? found.load.argument : undefined);
    for (const u of outline.unanchored) {
      io.stderr(`opis outline: ${found?.file}: ${fieldName(u.path)}: no longer matches the article: "${u.exact}"\n`);
    }
    const json = outlineJson(outline);
    io.stdout(values.json ? JSON.stringify(json, null, 2) + '\n' : formatText(json, outline.kind === 'derived'));
    return exit;
  },
};
