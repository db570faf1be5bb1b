// Cost of the Opis injection: tokenizing the bundled article with VS Code's Markdown grammar plus the injection,
// relative to the Markdown grammar alone (same engine, same text). The target applies to the grammars as the editor
// loads them: Markdown with the HTML grammars its paragraphs include. The same pair without the HTML grammars is
// reported beside it for reference (there the fixed cost of the Markdown grammar is smaller, so the ratio is larger).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { defineBenches, type Bench } from './bench';
import { loadMarkdownGrammar } from '../test/grammar/registry';

const ARTICLE = path.resolve(__dirname, '..', 'corpus', 'harris-dual-subordination.md');

interface Context {
  grammar: IGrammar;
  lines: string[];
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

/** The Markdown-alone bench and the Markdown + Opis bench measured against it. */
function pair(label: string, html: boolean, maxRatio?: number): Bench<Context>[] {
  const setup = async (withInjection: boolean): Promise<Context> => ({
    grammar: await loadMarkdownGrammar(withInjection, { html }),
    lines: fs.readFileSync(ARTICLE, 'utf8').split(/\r?\n/),
  });
  const alone = `grammar: tokenize article, ${label} alone`;
  // 60 runs each (a few seconds): the ratio of two medians steadies slowly on a busy machine
  return [
    { name: alone, setup: () => setup(false), run: tokenCount, iterations: 60 },
    { name: `grammar: tokenize article, ${label} + Opis injection`, setup: () => setup(true), run: tokenCount, iterations: 60, ratioTo: alone, maxRatio },
  ];
}

export const benches = defineBenches(
  ...pair('Markdown (with its HTML grammars, as in the editor)', true, 1.3),
  ...pair('Markdown without HTML grammars', false),
);
