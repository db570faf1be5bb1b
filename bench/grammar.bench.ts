// Cost of the Opis injection: tokenizing the bundled article with VS Code's Markdown grammar plus the injection,
// relative to the Markdown grammar alone (same engine, same text).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { defineBenches } from './bench';
import { loadMarkdownGrammar } from '../test/grammar/registry';

const ARTICLE = path.resolve(__dirname, '..', 'corpus', 'harris-dual-subordination.md');
const MARKDOWN_ONLY = 'grammar: tokenize article, Markdown alone';

interface Context {
  grammar: IGrammar;
  lines: string[];
}

async function setup(withInjection: boolean): Promise<Context> {
  return { grammar: await loadMarkdownGrammar(withInjection), lines: fs.readFileSync(ARTICLE, 'utf8').split(/\r?\n/) };
}

/** Tokenizes like the editor does (binary tokens, state carried across lines); returns the token count. */
function tokenCount({ grammar, lines }: Context): number {
  let state = INITIAL;
  let tokens = 0;
  for (const line of lines) {
    const result = grammar.tokenizeLine2(line, state);
    state = result.ruleStack;
    tokens += result.tokens.length / 2;
  }
  return tokens;
}

export const benches = defineBenches(
  { name: MARKDOWN_ONLY, setup: () => setup(false), run: tokenCount },
  {
    name: 'grammar: tokenize article, Markdown + Opis injection',
    setup: () => setup(true),
    run: tokenCount,
    ratioTo: MARKDOWN_ONLY,
    maxRatio: 1.3,
  },
);
