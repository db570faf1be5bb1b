// `opis translit "<text>" --to cyrillic|lc|bgn|iso9|popular [--corpus <dir>] [--json]`: converts text between
// the article's LC romanization, Cyrillic and the other systems, with the corpus lexicon for known words.
import { convertText, isTarget, TARGETS, type Target } from '../../core/translit';
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
  const texts: string[] = [];
  let to: string | undefined;
  let corpus: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--to' || arg === '--corpus') {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--to') to = value;
      else corpus = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else texts.push(arg);
  }
  if (texts.length !== 1) throw new UsageError(texts.length ? 'give the text as one quoted argument' : 'no text to convert');
  if (to === undefined) throw new UsageError('--to is required');
  if (!isTarget(to)) throw new UsageError(`--to must be one of ${TARGETS.join(', ')} (got "${to}")`);
  return { text: texts[0], to, corpus, json };
}
