// `opis explain <term> [--json]`: what an archive siglum, a citation abbreviation or a Soviet term means, written in
// either script and in any case form (see core/glossary/explain); a compound the glossary does not hold, read by its
// parts, is said to be inferred.
import { explainTerm, isReading, type Explanation, type GlossaryEntry, type PartsReading, type WordPart } from '../../core/glossary';
import { cliGlossary } from '../articleNotes';
import { readArgs } from '../args';
import { UsageError, type CliCommand, type CliIO } from '../command';

function entryJson(e: GlossaryEntry): Record<string, unknown> {
  return {
    term: e.term,
    kind: e.kind,
    expansion: e.expansion,
    english: e.english,
    cyrillic: e.cyrillic,
    ...(e.cyrillicExpansion ? { cyrillicExpansion: e.cyrillicExpansion } : {}),
    ...(e.description ? { description: e.description } : {}),
    ...(e.aliases?.length ? { aliases: e.aliases } : {}),
    ...(e.now ? { now: e.now } : {}),
    ...(e.source ? { source: e.source } : {}),
  };
}

/** A part that is a glossary entry is given as the entry, any other as what it stands for. */
const partJson = ({ entry, ...part }: WordPart) => (entry ? { written: part.written, entry: entryJson(entry) } : part);

function readingJson({ term, inferred, expansion, english, parts }: PartsReading): Record<string, unknown> {
  return { term, inferred, expansion, english, parts: parts.map(partJson) };
}

function readingText(r: PartsReading): string {
  const lines = [`${r.term} (${r.inferred}: inferred, not a glossary entry)`, `  Read as: ${r.english}`];
  for (const p of r.parts) {
    // A part is a piece of a word (okr-), unless it is a word or words of what was read as written (a name
    // translated word by word: Министерство, среднего машиностроения).
    const written = ` ${r.term} `.includes(` ${p.written} `) ? p.written : `${p.written}-`;
    lines.push(p.entry ? `  ${p.written}: ${p.entry.term} (glossary entry) — ${p.entry.expansion}: ${p.entry.english}` : `  ${written}: ${p.word} (${p.cyrillic}): ${p.english}`);
  }
  return lines.join('\n') + '\n';
}

const explanationJson = (e: Explanation) => (isReading(e) ? readingJson(e) : entryJson(e));
const explanationText = (e: Explanation) => (isReading(e) ? readingText(e) : entryText(e));

function entryText(e: GlossaryEntry): string {
  const lines = [`${e.term} (${e.kind})`, `  ${e.expansion}`, `  English: ${e.english}`];
  lines.push(`  Cyrillic: ${e.cyrillicExpansion && e.cyrillicExpansion !== e.cyrillic ? `${e.cyrillic} — ${e.cyrillicExpansion}` : e.cyrillic}`);
  if (e.description) lines.push(`  ${e.description}`);
  if (e.aliases?.length) lines.push(`  Also written: ${e.aliases.join(', ')}`);
  if (e.now) lines.push(`  Now: ${e.now}`);
  if (e.source) lines.push(`  Source: ${e.source}`);
  return lines.join('\n') + '\n';
}

export const explainCommand: CliCommand = {
  name: 'explain',
  summary: 'explain an archive siglum, a citation abbreviation or a Soviet term from the glossary',
  usage: 'opis explain <term> [--json]',
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals: words } = readArgs(args, { json: { type: 'boolean' } });
    if (words.length === 0) throw new UsageError('give a term, e.g. opis explain "TsDOO SO"');
    const term = words.join(' ');
    const entries = explainTerm(cliGlossary(io, 'explain'), term);
    if (!entries.length) {
      io.stderr(`opis explain: '${term}' is not in the glossary (add it to .opis/glossary.json to explain it)\n`);
      return 1;
    }
    // A phrase the glossary knows only in parts (ЦК ВКП(б)) is explained part by part.
    if (values.json) {
      const json = entries.length === 1 ? explanationJson(entries[0]) : { term, parts: entries.map(explanationJson) };
      io.stdout(JSON.stringify(json, null, 2) + '\n');
    } else io.stdout(entries.map(explanationText).join('\n'));
    return 0;
  },
};
