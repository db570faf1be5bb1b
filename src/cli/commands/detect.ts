// `opis detect "<text>" [--corpus <dir>] [--json]`: the romanized-Russian words of an English text, with their
// UTF-16 offsets (end exclusive).
import { detectRomanized, type RomanizedWord } from '../../core/translit';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';
import { commandLexicon } from '../readCorpusLexicon';

export const detectCommand: CliCommand = {
  name: 'detect',
  summary: 'find the romanized-Russian words in English text, with their offsets',
  usage: 'opis detect "<text>" [--corpus <dir>] [--json]',
  async run(args, io) {
    const options = parseArgs(args);
    const lexicon = await commandLexicon('detect', options.corpus, io);
    const words: RomanizedWord[] = detectRomanized(options.text, { lexicon });
    io.stdout(options.json ? JSON.stringify(words, null, 2) + '\n' : formatText(words));
    return 0;
  },
};

function formatText(words: RomanizedWord[]): string {
  if (!words.length) return 'No romanized Russian words.\n';
  return words.map(w => `${w.start}-${w.end}  ${w.text}`).join('\n') + '\n';
}

function parseArgs(args: string[]): { text: string; corpus?: string; json: boolean } {
  const { values, positionals: texts } = readArgs(args, { json: { type: 'boolean' }, corpus: { type: 'string', value: 'a folder' } });
  if (texts.length !== 1) throw new UsageError(texts.length ? 'give the text as one quoted argument' : 'no text to examine');
  return { text: texts[0], corpus: values.corpus, json: values.json === true };
}
