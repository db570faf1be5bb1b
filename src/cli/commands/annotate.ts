// `opis annotate <file.md> --quote TEXT …`: adds one annotation on a quoted passage to a store, or imports a
// Hypothesis export onto the file. The store is the workspace's (found from the file, whatever its layout),
// one named with --annotations, or with --private the user's own store outside the workspace. It goes through
// the extension's store code: locked, merged with what other writers saved meanwhile, validated before writing.
// Everything given is checked before the store is touched: a quote not found, or found more than once, changes nothing.
import * as path from 'node:path';
import { annotationToW3c, AnnotationStore, findQuote, importHypothesis, selectorsAt, serializeEntry, type Annotation, type NewAnnotation } from '../../core/annotations';
import { parseJson } from '../../core/data/jsonData';
import { nodeStoreFileSystem } from '../../node/nodeStoreFileSystem';
import { workspaceRoot } from '../../node/openStore';
import { privateLayout } from '../../node/privateStore';
import { creatorIdentity } from '../../node/userName';
import { readArgs } from '../args';
import { UsageError, type CliCommand, type CliIO } from '../command';
import { refuseOverInputs } from '../notOverInputs';
import { forCommandLine, storeFailure, storeLayoutFor } from '../readAnnotationStore';
import { readTextFile } from '../readTextFile';

interface Options {
  file: string;
  quote?: { exact: string; prefix: string; suffix: string };
  note?: string;
  tags: string[];
  category?: string;
  importFrom?: string;
  store?: string;
  private: boolean;
  email: boolean;
  json: boolean;
}

export const annotateCommand: CliCommand = {
  name: 'annotate',
  summary: 'add an annotation on a quoted passage of a file (or import a Hypothesis export onto it) and print its id',
  usage:
    'opis annotate <file.md> --quote TEXT [--prefix TEXT] [--suffix TEXT] [--note TEXT] [--tag T]… [--category C] [--annotations <store> | --private] [--email] [--json]\n' +
    '       opis annotate <file.md> --import-hypothesis <export.json> [--annotations <store> | --private] [--email] [--json]',
  async run(args, io) {
    const options = parseArgs(args);
    const file = path.resolve(io.cwd, options.file);
    const text = await readTextFile(file, options.file);
    const root = await workspaceRoot(file);
    const source = path.relative(root, file).split(path.sep).join('/');
    const importFile = options.importFrom === undefined ? undefined : path.resolve(io.cwd, options.importFrom);
    const adding = importFile ? await hypothesisImport(importFile, options.importFrom!, source) : { annotation: annotationOn(text, source, options) };
    const layout = options.private ? privateLayout(root) : await storeLayoutFor(options.store, io, file);
    const inputs = [{ path: file, what: 'the file being annotated' }, ...(importFile ? [{ path: importFile, what: 'the export being imported' }] : [])];
    await refuseOverInputs(layout.location, options.store ?? layout.location, inputs);

    const store = new AnnotationStore(nodeStoreFileSystem, layout, await creatorIdentity(root, undefined, options.email));
    // Only an import needs to know what the store holds first; a new annotation is merged in by the save,
    // which reads the store under its lock (and writes nothing to a store it cannot read).
    if (!('annotation' in adding)) {
      const loaded = await store.load();
      if (!loaded.ok) throw new Error(`${storeFailure(loaded.messages)}; nothing added`);
    }
    const report = 'annotation' in adding ? reportAdded(store.add(adding.annotation), options) : reportImport(store, adding, source, options, io);
    const saved = await store.save();
    if (!saved.ok) throw new Error(`${storeFailure(saved.messages)}; nothing added`);
    for (const notice of saved.messages) io.stderr(`opis annotate: ${forCommandLine(notice)}\n`);
    io.stdout(report);
    return 0;
  },
};

function annotationOn(text: string, source: string, options: Options): NewAnnotation {
  const { exact, prefix, suffix } = options.quote!;
  const found = findQuote(text, exact, prefix, suffix);
  if (!found.ok) throw new Error(`${options.file}: ${found.error}; nothing added`);
  return { source, ...selectorsAt(text, found.start, found.end), note: options.note, tags: options.tags, category: options.category };
}

async function hypothesisImport(file: string, shown: string, source: string): Promise<{ annotations: Annotation[]; skipped: string[] }> {
  const parsed = parseJson(await readTextFile(file, shown));
  if (!parsed.ok) throw new Error(`${shown}: ${parsed.error}; nothing imported`);
  const read = importHypothesis(parsed.value, source);
  if (!read.annotations.length && read.skipped.length) throw new Error(`${shown}: ${read.skipped.join('; ')}; nothing imported`);
  return read;
}

/** The id, or with --json the annotation as its file holds it. */
function reportAdded(annotation: Annotation, options: Options): string {
  return options.json ? serializeEntry(annotation.id, { versions: [annotationToW3c(annotation)] }) : `${annotation.id}\n`;
}

/** Every import skip and every id met twice goes to stderr, one line each; the ids added to stdout. */
function reportImport(store: AnnotationStore, read: { annotations: Annotation[]; skipped: string[] }, source: string, options: Options, io: CliIO): string {
  const { added, present } = store.restore(read.annotations);
  for (const line of read.skipped) io.stderr(`opis annotate: ${line}\n`);
  const renamed: string[] = [];
  let next = 0;
  for (const a of read.annotations) {
    if (present.includes(a)) {
      io.stderr(`opis annotate: ${a.id} is already in the store; not imported again\n`);
      continue;
    }
    const copy = added[next++];
    if (copy.id !== a.id) {
      renamed.push(copy.id);
      io.stderr(`opis annotate: ${a.id} is already in the store with other content; imported as ${copy.id}\n`);
    }
  }
  io.stderr(`opis annotate: imported ${added.length} annotation${added.length === 1 ? '' : 's'} onto ${source}; ${present.length} already present, ${read.skipped.length} skipped, ${renamed.length} under a new id\n`);
  return options.json ? `${JSON.stringify({ added: added.map(a => a.id), present: present.map(a => a.id), skipped: read.skipped }, null, 2)}\n` : added.map(a => `${a.id}\n`).join('');
}

function parseArgs(args: string[]): Options {
  const { values, positionals: files } = readArgs(args, {
    quote: { type: 'string', value: 'the exact text of the passage' },
    prefix: { type: 'string', value: 'the text just before the passage' },
    suffix: { type: 'string', value: 'the text just after the passage' },
    note: { type: 'string', value: 'the note, in Markdown' },
    tag: { type: 'string', multiple: true, value: 'a tag' },
    category: { type: 'string', value: 'a category, e.g. Evidence' },
    'import-hypothesis': { type: 'string', value: 'a Hypothesis JSON export' },
    annotations: { type: 'string', value: 'the store, e.g. .opis/annotations' },
    private: { type: 'boolean' },
    email: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (files.length !== 1) throw new UsageError(files.length ? 'give one file' : 'give the Markdown file to annotate');
  const importFrom = values['import-hypothesis'];
  if (values.quote === undefined && importFrom === undefined) throw new UsageError('give the passage with --quote (or --import-hypothesis)');
  if (values.quote !== undefined && importFrom !== undefined) throw new UsageError('give --quote or --import-hypothesis, not both');
  if (importFrom !== undefined && [values.prefix, values.suffix, values.note, values.tag, values.category].some(v => v !== undefined)) throw new UsageError('--prefix, --suffix, --note, --tag and --category go with --quote');
  if (values.quote === '') throw new UsageError('--quote needs the exact text of the passage');
  if (values.category === '' || values.annotations === '' || importFrom === '') throw new UsageError('an option was given an empty value');
  if (values.private && values.annotations !== undefined) throw new UsageError('--private and --annotations name two stores; give one');
  const quote = values.quote === undefined ? undefined : { exact: values.quote, prefix: values.prefix ?? '', suffix: values.suffix ?? '' };
  return { file: files[0], quote, note: values.note, tags: values.tag ?? [], category: values.category, importFrom, store: values.annotations, private: values.private === true, email: values.email === true, json: values.json === true };
}
