// Loads the bundled corpus's lexicon the way the CLI does, for tests that need the corpus words.
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { buildCorpusLexicon, TRANSLIT_LEXICON_FILE } from '../../../src/core/corpusData';
import type { Lexicon } from '../../../src/core/translit';

const corpus = path.resolve(__dirname, '../../../corpus');

export function corpusLexicon(): Lexicon {
  const read = (file: string) => {
    const full = path.join(corpus, file);
    return existsSync(full) ? { text: readFileSync(full, 'utf8'), file } : undefined;
  };
  const { lexicon, errors } = buildCorpusLexicon({ translitLexicon: read(TRANSLIT_LEXICON_FILE), officials: read('officials.json'), glossary: read('glossary.json') });
  if (errors.length) throw new Error(errors.join('\n'));
  return lexicon;
}

/** A passage whose romanized-Russian words are marked with braces: its text and each marked word's UTF-16 span. */
export function unbrace(marked: string): { text: string; spans: Array<[number, number]> } {
  let text = '';
  const spans: Array<[number, number]> = [];
  for (const part of marked.split(/(\{[^}]*\})/)) {
    if (part.startsWith('{')) {
      spans.push([text.length, text.length + part.length - 2]);
      text += part.slice(1, -1);
    } else text += part;
  }
  return { text, spans };
}
