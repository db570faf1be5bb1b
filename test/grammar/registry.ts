// Loads the Markdown grammar VS Code ships (vendored under fixtures/) with or without the Opis injection, the way
// the editor does: the injection is offered to every scope under `text.html.markdown`, and the HTML grammars that
// Markdown paragraphs include for inline HTML (`text.html.derivative`, which includes `text.html.basic`) are loaded
// too, as the editor's built-in HTML extension provides them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(root, 'test', 'grammar', 'fixtures');
const MARKDOWN_PATH = path.join(FIXTURES, 'markdown.tmLanguage.json');
/** The HTML grammars of VS Code's built-in HTML extension, by scope name. */
const HTML_GRAMMARS: Record<string, string> = {
  'text.html.derivative': path.join(FIXTURES, 'html-derivative.tmLanguage.json'),
  'text.html.basic': path.join(FIXTURES, 'html.tmLanguage.json'),
};
export const INJECTION_PATH = path.join(root, 'syntaxes', 'opis.injection.tmLanguage.json');
export const MARKDOWN_SCOPE = 'text.html.markdown';
export const INJECTION_SCOPE = 'opis.injection';

let onigLib: Promise<vsctm.IOnigLib> | undefined;

function loadOniguruma(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

function readGrammar(file: string): vsctm.IRawGrammar {
  return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
}

export interface GrammarOptions {
  /** Load the HTML grammars Markdown includes (default true). Without them inline HTML is plain paragraph text. */
  html?: boolean;
}

/** The Markdown grammar, plus the Opis injection when `withInjection` is set. */
export async function loadMarkdownGrammar(withInjection: boolean, { html = true }: GrammarOptions = {}): Promise<vsctm.IGrammar> {
  const files: Record<string, string> = {
    [MARKDOWN_SCOPE]: MARKDOWN_PATH,
    [INJECTION_SCOPE]: INJECTION_PATH,
    ...(html ? HTML_GRAMMARS : {}),
  };
  const registry = new vsctm.Registry({
    onigLib: loadOniguruma(),
    // The languages of fenced code blocks and of <script>/<style> are not loaded: the article has none.
    loadGrammar: async scopeName => (files[scopeName] ? readGrammar(files[scopeName]) : null),
    getInjections: scopeName => (withInjection && scopeName === MARKDOWN_SCOPE ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar(MARKDOWN_SCOPE);
  if (!grammar) throw new Error(`cannot load ${MARKDOWN_PATH}`);
  return grammar;
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Tokenizes a document line by line, carrying the rule stack across lines as the editor does. */
export function tokenizeLines(grammar: vsctm.IGrammar, text: string): Token[][] {
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n/).map(line => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}
