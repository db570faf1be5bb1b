// `opis translit "<text>" --to cyrillic|lc|bgn|iso9|popular [--corpus <dir>] [--json]`: converts text between
// the article's LC romanization, Cyrillic and the other systems, with the corpus lexicon for known words.
import { convertText, isTarget, TARGETS, type Target } from '../../core/translit';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { commandLexicon } from '../readCorpusLexicon';

export interface TranslitJson {
  input: string;
  to: Target;
  output: string;
}

export const translitCommand: CliCommand = {
  name: 'translit',
  summary: 'convert text between Cyrillic and the LC, BGN/PCGN, ISO 9 and popular romanizations',
  usage: `opis translit "<text>" --to ${TARGETS.join('|')} [--corpus <dir>] [--json]`,
  async run(args, io) {
    const options = parseArgs(args);
    const lexicon = await commandLexicon('translit', options.corpus, io);
    const result: TranslitJson = { input: options.text, to: options.to, output: convertText(options.text, options.to, { lexicon }) };
    io.stdout(options.json ? JSON.stringify(result, null, 2) + '\n' : `${result.output}\n`);
    return 0;
  },
};

function parseArgs(args: string[]): { text: string; to: Target; corpus?: string; json: boolean } {
  const { values, positionals: texts } = readArgs(args, {
    json: { type: 'boolean' },
    to: { type: 'string', value: `one of ${TARGETS.join(', ')}` },
    corpus: { type: 'string', value: 'a folder' },
  });
  if (texts.length !== 1) throw new UsageError(texts.length ? 'give the text as one quoted argument' : 'no text to convert');
  const { to } = values;
  if (to === undefined) throw new UsageError('--to is required');
  if (!isTarget(to)) throw new UsageError(`--to must be one of ${TARGETS.join(', ')} (got "${to}")`);
  return { text: texts[0], to, corpus: values.corpus, json: values.json === true };
}
