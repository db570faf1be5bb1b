// `opis sources <files|dir…> [--json|--csv]`: the register of archival files the articles cite, one row per file
// (archive, fond, opis', delo, tom) with its titles, merged folios, citing notes and articles. Files cited under
// two opis' with the same title or folios are reported on stderr.
import { labelValue } from '../../core/citations';
import { fileReference, foliosReference, sourceConflicts, type SourceFile } from '../../core/sources';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { readRegister } from '../corpusRegister';

/** The JSON row: the README documents these fields as a fixed contract. */
export function sourceRow(f: SourceFile) {
  return {
    archive: f.archive,
    ...(f.archiveCurrent && { archiveCurrent: f.archiveCurrent }),
    fond: f.fond,
    ...(f.opis && { opis: f.opis }),
    ...(f.opisTitle && { opisTitle: f.opisTitle }),
    delo: f.delo,
    ...(f.tom && { tom: f.tom }),
    ...(f.titles.length && { title: f.titles[0] }),
    titles: f.titles,
    folios: f.folios,
    notes: f.notes.map(n => ({ article: n.article, note: labelValue(n.note), ...(n.folios && { folios: n.folios }) })),
    articles: f.articles,
  };
}

const CSV_COLUMNS = ['archive', 'archiveCurrent', 'fond', 'opis', 'delo', 'tom', 'title', 'folios', 'notes', 'articles'] as const;

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function csvLine(f: SourceFile): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    archive: f.archive,
    archiveCurrent: f.archiveCurrent ?? '',
    fond: f.fond,
    opis: f.opis ?? '',
    delo: f.delo,
    tom: f.tom ?? '',
    title: f.titles[0] ?? '',
    folios: f.folios,
    notes: f.notes.map(n => `${n.article}#${n.note}`).join('; '),
    articles: f.articles.join('; '),
  };
  return CSV_COLUMNS.map(c => csvCell(cells[c])).join(',');
}

function textLine(f: SourceFile): string {
  const folios = f.folios ? `: ${foliosReference(f.folios)}` : '';
  const cited = f.articles.map(a => `${a} [^${f.notes.filter(n => n.article === a).map(n => n.note).join('], [^')}]`);
  return `${fileReference(f)}${folios} — ${cited.join('; ')}${f.titles[0] ? `\n    ${f.titles[0]}` : ''}`;
}

export const sourcesCommand: CliCommand = {
  name: 'sources',
  summary: 'list every archival file the articles cite, with its folios, citing notes and articles',
  usage: 'opis sources <files|dir…> [--json|--csv] [--cache DIR]',
  async run(args, io) {
    const { values, positionals } = readArgs(args, { json: { type: 'boolean' }, csv: { type: 'boolean' }, cache: { type: 'string', value: 'a folder' } });
    if (positionals.length === 0) throw new UsageError('name at least one Markdown file or folder');
    if (values.json && values.csv) throw new UsageError('give --json or --csv, not both');
    const { register, nothingRead, exitCode } = await readRegister(positionals, io, 'sources', values.cache);
    if (nothingRead) return exitCode;
    const files = register.files();
    for (const c of sourceConflicts(files)) {
      io.stderr(`opis sources: the same ${c.shared} under two opis': ${c.files.map(fileReference).join(' and ')}\n`);
    }
    if (values.json) io.stdout(JSON.stringify(files.map(sourceRow), null, 2) + '\n');
    else if (values.csv) io.stdout([CSV_COLUMNS.join(','), ...files.map(csvLine)].join('\n') + '\n');
    else io.stdout(files.length ? files.map(textLine).join('\n') + '\n' : 'no archival files cited\n');
    return exitCode;
  },
};
