// `opis anchor <file.md> --annotations <store.json> [--json]`: where each annotation of a file is now, or
// that it is orphaned (its passage cannot be found). Reads the store only; it is never modified.
import * as path from 'node:path';
import { anchorAnnotation, CodePointIndex, type Annotation } from '../../core/annotations';
import { LineIndex, type Position } from '../../core/text/range';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { readAnnotationStore } from '../readAnnotationStore';
import { readArticleText } from '../readArticle';

export interface AnchorJson {
  id: string;
  status: 'anchored' | 'orphaned';
  /** 0-based line and UTF-16 character; null when orphaned. */
  start: Position | null;
  end: Position | null;
  /** The passage as it now reads, or the stored quote of an orphan. */
  exact: string;
}

export const anchorCommand: CliCommand = {
  name: 'anchor',
  summary: 'find the passages of a file\'s annotations after edits (anchored or orphaned); the store is not modified',
  usage: 'opis anchor <file.md> [--annotations <store>] [--json]   (default: the workspace store found from the file)',
  async run(args, io) {
    const options = parseArgs(args);
    const filePath = path.resolve(io.cwd, options.file);
    const text = await readArticleText(options.file, io);
    const set = await readAnnotationStore(options.store, io, filePath);
    const mine = set.annotations.filter(a => targets(a, filePath));
    if (set.annotations.length && !mine.length) io.stderr(`opis anchor: no annotation in ${options.store ?? set.location} targets ${options.file}\n`);
    const results = anchorAll(text, mine);
    io.stdout(options.json ? JSON.stringify(results, null, 2) + '\n' : formatText(results, options.file));
    return 0;
  },
};

export function anchorAll(text: string, annotations: readonly Annotation[]): AnchorJson[] {
  const lines = new LineIndex(text);
  const points = new CodePointIndex(text);
  return annotations.map(a => {
    const found = anchorAnnotation(text, a, points);
    return found.status === 'anchored'
      ? { id: a.id, status: 'anchored', start: lines.positionAt(found.start), end: lines.positionAt(found.end), exact: text.slice(found.start, found.end) }
      : { id: a.id, status: 'orphaned', start: null, end: null, exact: a.quote.exact };
  });
}

/**
 * Whether an annotation's source (relative to its workspace, which this command does not know) names the
 * file: its path segments end the file's absolute path.
 */
function targets(a: Annotation, filePath: string): boolean {
  const source = a.source.split(/[\\/]+/).filter(s => s && s !== '.');
  const file = filePath.split(/[\\/]+/);
  return source.length > 0 && source.every((segment, i) => segment === file[file.length - source.length + i]);
}

function formatText(results: AnchorJson[], file: string): string {
  if (!results.length) return `No annotations on ${file}.\n`;
  const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
  return (
    results
      .map(r =>
        r.start && r.end
          ? `${file}:${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}  anchored  ${r.id}  ${quote(r.exact)}`
          : `${file}  orphaned  ${r.id}  ${quote(r.exact)}`,
      )
      .join('\n') + '\n'
  );
}

function parseArgs(args: string[]): { file: string; store: string | undefined; json: boolean } {
  const { values, positionals: files } = readArgs(args, {
    json: { type: 'boolean' },
    annotations: { type: 'string', value: 'the store file, e.g. .opis/annotations.json' },
  });
  if (values.annotations === '') throw new UsageError('--annotations needs the store file, e.g. .opis/annotations.json');
  if (files.length !== 1) throw new UsageError(files.length ? 'give one file' : 'give the Markdown file to anchor in');
  return { file: files[0], store: values.annotations, json: values.json === true };
}
