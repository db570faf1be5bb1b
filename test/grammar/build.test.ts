import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IGrammar } from 'vscode-textmate';
import { INJECTION_PATH, loadMarkdownGrammar, tokenizeLines } from './registry';

const BUILD_SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'build-grammar.mjs');

describe('Opis injection grammar source (scripts/build-grammar.mjs)', () => {
  it('is what the committed JSON was generated from', async () => {
    const { grammarJson } = (await import(pathToFileURL(BUILD_SCRIPT).href)) as { grammarJson: () => string };
    assert.equal(fs.readFileSync(INJECTION_PATH, 'utf8'), grammarJson(), 'run node scripts/build-grammar.mjs');
  });

  describe('grouped rules keep their scopes', () => {
    let grammar: IGrammar;
    before(async () => {
      grammar = await loadMarkdownGrammar(true);
    });

    /** The Opis scopes of each token of a one-line paragraph, as "text=scope" (tokens without one are left out). */
    function opisTokens(line: string): string[] {
      const [tokens] = tokenizeLines(grammar, line);
      return tokens.flatMap(t => t.scopes.filter(s => s.endsWith('.opis')).slice(-1).map(s => `${t.text}=${s}`));
    }

    it('reads loc. cit., a gated organ without two capitals, and a known siglum with its suffix', () => {
      assert.deepEqual(opisTokens('See loc. cit. on the GubChK and TsA FSB RF files.'), [
        'loc. cit.=variable.language.back-reference.opis',
        'GubChK=support.type.organ.opis',
        'TsA FSB RF=entity.name.tag.siglum.opis',
      ]);
    });

    it('keeps the joining dash after a single year but not after a range of years', () => {
      assert.deepEqual(opisTokens('Otchety 1937 g.-ianvar’ 1938 and 1928-1933 gg.-'), [
        '1937 g.-=constant.numeric.date.opis',
        'ianvar’ 1938=constant.numeric.date.opis',
        '1928-1933 gg.=constant.numeric.date.opis',
      ]);
    });

    it('tells the hard from the soft sign for both apostrophes', () => {
      assert.deepEqual(opisTokens("s’’ezd, s''ezd, oblast’, oblast'"), [
        '’’=constant.character.escape.hard-sign.opis',
        "''=constant.character.escape.hard-sign.opis",
        '’=constant.character.escape.soft-sign.opis',
        "'=constant.character.escape.soft-sign.opis",
      ]);
    });
  });
});
