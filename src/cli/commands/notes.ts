// `opis notes <file.md> [--json]`: every note of an article with its citations and what each Ibid./op. cit.
// resolves to.
import { noteJson } from '../../core/citations';
import { citationLines, loadArticle } from '../articleNotes';
import { readArgs } from '../args';
import { UsageError, type CliCommand, type CliIO } from '../command';

export const notesCommand: CliCommand = {
  name: 'notes',
  summary: 'list the notes of an article with their parsed citations and resolved Ibid./op. cit.',
  usage: 'opis notes <file.md> [--json]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals: files } = readArgs(args, { json: { type: 'boolean' } });
    if (files.length !== 1) throw new UsageError('give exactly one Markdown file');
    const article = await loadArticle(files[0], io, 'notes');
    const { index, analysis } = article;
    if (values.json) {
      const notes = analysis.notes.map(n => noteJson(index, analysis, n.label));
      io.stdout(JSON.stringify(notes, null, 2) + '\n');
      return 0;
    }
    const out: string[] = [];
    for (const note of analysis.notes) {
      out.push(`[^${note.label}] ${note.text}`);
      note.resolved.forEach((c, i) => out.push(...citationLines(note.label, note.citations[i], c, analysis, false)));
      out.push('');
    }
    io.stdout(out.length ? out.join('\n') : 'no notes\n');
    return 0;
  },
};
