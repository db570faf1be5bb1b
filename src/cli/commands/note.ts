// `opis note <file.md> <n> [--json]`: one note in full: its text, each citation in words, what an Ibid. or
// op. cit. resolves to, and the other notes that cite the same archival file.
import { noteJson } from '../../core/citations';
import { citationLines, loadArticle } from '../articleNotes';
import { readArgs } from '../args';
import { UsageError, type CliCommand, type CliIO } from '../command';

export const noteCommand: CliCommand = {
  name: 'note',
  summary: 'show one note of an article: text, citations in words, Ibid./op. cit. resolution',
  usage: 'opis note <file.md> <n> [--json]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals: positional } = readArgs(args, { json: { type: 'boolean' } });
    if (positional.length !== 2) throw new UsageError('give a Markdown file and a note label');
    const [file, label] = positional;
    const article = await loadArticle(file, io, 'note');
    const { index, analysis } = article;
    const json = noteJson(index, analysis, label.replace(/^\[\^|\]$/g, ''));
    if (!json) {
      const count = analysis.notes.length;
      io.stderr(`opis note: ${file} has no note ${label} (it has ${count} note${count === 1 ? '' : 's'})\n`);
      return 1;
    }
    if (values.json) {
      io.stdout(JSON.stringify(json, null, 2) + '\n');
      return 0;
    }
    const labelText = String(json.n);
    const out = [`Note ${labelText} (line ${json.line + 1})`, '', json.text, ''];
    if (json.resolvesTo !== null) out.push(`Refers back to note ${json.resolvesTo}.`, '');
    out.push(json.resolved.length ? 'Citations:' : 'No citations (commentary only).');
    json.resolved.forEach((c, i) => out.push(...citationLines(labelText, json.citations[i], c, analysis, true)));
    io.stdout(out.join('\n') + '\n');
    return 0;
  },
};
