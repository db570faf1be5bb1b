import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { INJECTION_SCOPE, loadMarkdownGrammar, MARKDOWN_SCOPE, tokenizeLines, type Token } from './registry';

const root = path.resolve(__dirname, '..', '..');

/** The token that starts at the `occurrence`-th (1-based) `text` in `line`; fails unless it spans exactly `text`. */
function tokenAt(tokens: Token[], line: string, text: string, occurrence = 1): Token {
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = line.indexOf(text, start + 1);
    assert.notEqual(start, -1, `"${text}" #${occurrence} not in "${line}"`);
  }
  let offset = 0;
  for (const token of tokens) {
    if (offset === start) {
      assert.equal(token.text, text, `token at ${start} of "${line}"`);
      return token;
    }
    offset += token.text.length;
  }
  assert.fail(`no token starts at "${text}" in "${line}": ${tokens.map(t => JSON.stringify(t.text)).join(' ')}`);
}

/** The scope of a whole footnote definition line: a region, not a token Opis recognised in it. */
const NOTE_REGION = 'meta.footnote.definition.opis';
const opisScopes = (token: Token) => token.scopes.filter(s => s.endsWith('.opis') && s !== NOTE_REGION);

describe('Opis injection grammar', () => {
  let injected: IGrammar;
  let plain: IGrammar;

  before(async () => {
    injected = await loadMarkdownGrammar(true);
    plain = await loadMarkdownGrammar(false);
  });

  /** Tokenizes a one-line paragraph (or a Markdown snippet whose last line is `line`) and returns that line's tokens. */
  function lineTokens(markdown: string): { line: string; tokens: Token[] } {
    const lines = markdown.split('\n');
    const tokenized = tokenizeLines(injected, markdown);
    return { line: lines[lines.length - 1], tokens: tokenized[tokenized.length - 1] };
  }

  function expectScope(markdown: string, text: string, scope: string, occurrence = 1): Token {
    const { line, tokens } = lineTokens(markdown);
    const token = tokenAt(tokens, line, text, occurrence);
    assert.ok(token.scopes.includes(scope), `"${text}" has ${token.scopes.join(' ')}, expected ${scope}`);
    return token;
  }

  function expectPlain(markdown: string, text: string): void {
    const { line, tokens } = lineTokens(markdown);
    const start = line.indexOf(text);
    assert.notEqual(start, -1);
    let offset = 0;
    for (const token of tokens) {
      const end = offset + token.text.length;
      if (end > start && offset < start + text.length) {
        assert.deepEqual(opisScopes(token), [], `"${token.text}" inside "${text}" should carry no Opis scope`);
      }
      offset = end;
    }
  }

  describe('footnotes', () => {
    it('scopes a reference in running text, not as a Markdown link', () => {
      const md = 'given that a substantial majority[^1] of political police officials worked in the regions';
      const label = expectScope(md, '1', 'markup.underline.link.footnote.reference.opis');
      assert.ok(!label.scopes.includes('string.other.link.title.markdown'));
      expectScope(md, '[^', 'punctuation.definition.footnote.begin.opis');
      expectScope(md, ']', 'punctuation.definition.footnote.end.opis');
    });

    it('scopes a definition label and keeps Markdown inline styles after it', () => {
      const md = '[^1]: George Leggett, *The Cheka: Lenin’s political police* (Oxford, 1986): 100.';
      expectScope(md, '1', 'entity.name.function.footnote.definition.opis');
      expectScope(md, ':', 'punctuation.separator.key-value.footnote.opis');
      const organ = expectScope(md, 'Cheka', 'support.type.organ.opis');
      assert.ok(organ.scopes.includes('markup.italic.markdown'));
    });

    it('works in list items, block quotes and headings', () => {
      expectScope('- a list item cites a note[^12]', '12', 'markup.underline.link.footnote.reference.opis');
      expectScope('> quoted[^note-7]', 'note-7', 'markup.underline.link.footnote.reference.opis');
      const heading = expectScope('## The NKVD in Sverdlovsk[^3]', 'NKVD', 'support.type.organ.opis');
      assert.ok(heading.scopes.includes('entity.name.section.markdown'));
    });
  });

  describe('archival citations', () => {
    const note8 =
      '[^8]: Tsentr Dokumentatsii Obshchestvennykh Organizatsii Sverdlovskoi Oblasti (TsDOO SO), f. 41 Istpart, ' +
      'op. 1, d. 134 Obrashchenie Ekaterinburzhskoi organizatsii RKP(b), ll. 25-33.';

    it('scopes the siglum, each part and its number', () => {
      expectScope(note8, 'TsDOO SO', 'entity.name.tag.siglum.opis');
      expectScope(note8, 'f', 'keyword.other.citation.part.opis');
      expectScope(note8, '41', 'constant.numeric.citation.opis');
      expectScope(note8, 'op', 'keyword.other.citation.part.opis');
      expectScope(note8, '134', 'constant.numeric.citation.opis');
      expectScope(note8, 'll', 'keyword.other.citation.part.opis');
      expectScope(note8, '25-33', 'constant.numeric.citation.opis');
      expectPlain(note8, 'Istpart');
      expectPlain(note8, 'RKP(b)');
    });

    it('reads lettered and unspaced numbers, lists of folios, volumes, parts and versos (ob.)', () => {
      const md =
        '[^56]: RGAE, f.8034 Glavtsvetmet; GASO, f. 94-r Uralmet, op. 4 1926, d. K-12238, ll. 3, 10, 13; ' +
        't. 4, ch. 2, l. 54; GARF, f. R-8131, l. 12 ob.';
      expectScope(md, '8034', 'constant.numeric.citation.opis');
      expectScope(md, '94-r', 'constant.numeric.citation.opis');
      expectScope(md, 'K-12238', 'constant.numeric.citation.opis');
      expectScope(md, '3, 10, 13', 'constant.numeric.citation.opis');
      expectScope(md, 'ch', 'keyword.other.citation.part.opis');
      expectScope(md, 'R-8131', 'constant.numeric.citation.opis');
      expectScope(md, '12 ob.', 'constant.numeric.citation.opis');
      expectPlain(md, '1926');
    });

    it('knows common sigla and recognises an unknown one by the fond that follows', () => {
      for (const siglum of ['RGASPI', 'GARF', 'GAAO SO', 'TsDAOSO', 'GAAOSO', 'TsKhSD', 'TsA FSB']) {
        expectScope(`[^1]: See ${siglum} for this.`, siglum, 'entity.name.tag.siglum.opis');
      }
      expectScope('[^1]: OGAChO, f. 288, op. 3, d. 1.', 'OGAChO', 'entity.name.tag.siglum.opis');
      expectPlain('[^1]: Perepiska s TsK KP(b)U, l. 68.', 'TsK');
    });

    it('scopes Ibid. and op. cit. but not a number after them', () => {
      expectScope('[^40]: Ibid., ll. 19-20.', 'Ibid.', 'variable.language.back-reference.opis');
      expectScope('[^46]: A. I Busygin, op. cit.: 66.', 'op. cit.', 'variable.language.back-reference.opis');
      expectPlain('[^46]: A. I Busygin, op. cit.: 66.', '66');
    });

    it('reads a year of death after a name as such, and a file numbered like a year as a file', () => {
      const line = 'Kabakov (d. 1937) and Eikhe (b. 1890, d. 1940); see (d. 1937, l. 5).';
      expectPlain(line, '(d. 1937)');
      expectPlain(line, 'd. 1940');
      expectScope(line, 'd', 'keyword.other.citation.part.opis', 4);
      expectScope(line, '1937', 'constant.numeric.citation.opis', 2);
    });
  });

  describe('organs', () => {
    it('scopes each organ in combinations', () => {
      const md = 'While the local Cheka/OGPU/NKVD officials; Lubianka: VChK-OGPU-NKVD-MGB-MVD-KGB, 1917-1960.';
      for (const [name, n] of [['Cheka', 1], ['OGPU', 1], ['NKVD', 1], ['VChK', 1], ['MGB', 1], ['MVD', 1], ['KGB', 1]] as const) {
        expectScope(md, name, 'support.type.organ.opis', n);
      }
      expectPlain(md, '/');
    });

    it('leaves look-alike words alone', () => {
      expectPlain('Chekhov and the Chekisty of the ChKs', 'Chekhov and the Chekisty of the ChKs');
    });
  });

  describe('Russian dates', () => {
    it('scopes single dates and ranges as one token', () => {
      const md = '[^80]: Stenogramma III plenuma, 15-18 dekabria 1938 g., ll. 30, 34; dekabr’ 1921-avgust 1922; 1928-1933 gg.';
      expectScope(md, '15-18 dekabria 1938 g.', 'constant.numeric.date.opis');
      expectScope(md, 'dekabr’ 1921-', 'constant.numeric.date.opis');
      expectScope(md, 'avgust 1922', 'constant.numeric.date.opis');
      expectScope(md, '1928-1933 gg.', 'constant.numeric.date.opis');
    });

    it('needs a number next to the month and ignores English dates', () => {
      expectPlain('the Mart family in March 1928 (December 17, 1925) and in 1937', 'the Mart family in March 1928 (December 17, 1925) and in 1937');
    });
  });

  describe('soft and hard signs', () => {
    it('scopes them inside and at the end of words', () => {
      const md = 'Ob’’edinennyi plenum; pis’ma; Sverdlovsk oblast’; Kievan Rus’';
      expectScope(md, '’’', 'constant.character.escape.hard-sign.opis');
      expectScope(md, '’', 'constant.character.escape.soft-sign.opis', 3);
      expectScope(md, '’', 'constant.character.escape.soft-sign.opis', 4);
      expectScope(md, '’', 'constant.character.escape.soft-sign.opis', 5);
    });

    it('leaves English contractions, possessives and plurals alone', () => {
      const md = 'Stalin’s men weren’t sure it’s the workers’ view; we’ll see O’Brien.';
      expectPlain(md, md);
    });
  });

  describe('where it does not apply', () => {
    it('skips code spans, fenced code, indented code and link addresses', () => {
      expectPlain('Code `RGASPI, f. 17, NKVD [^1] s’’ezd` here', 'RGASPI, f. 17, NKVD [^1] s’’ezd');
      expectPlain('```\nRGASPI, f. 17, NKVD [^1] s’’ezd', 'RGASPI, f. 17, NKVD [^1] s’’ezd');
      expectPlain('    RGASPI, f. 17, NKVD [^1] s’’ezd', 'RGASPI, f. 17, NKVD [^1] s’’ezd');
      expectPlain('a [link](https://example.org/NKVD/f.%2017) here', 'https://example.org/NKVD/f.%2017');
    });

    it('changes no Markdown scope outside its own tokens (footnote definitions only gain their region scope)', () => {
      const files = [
        path.join(root, 'corpus', 'harris-dual-subordination.md'),
        ...fs.readdirSync(path.join(__dirname, 'snap')).filter(f => f.endsWith('.md')).map(f => path.join(__dirname, 'snap', f)),
      ];
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const withInjection = tokenizeLines(injected, text);
        const without = tokenizeLines(plain, text);
        withInjection.forEach((tokens, lineNo) => {
          const base = perCharacterScopes(without[lineNo]);
          perCharacterScopes(tokens).forEach((scopes, ch) => {
            const markdown = scopes.filter(s => s !== NOTE_REGION);
            if (markdown.some(s => s.endsWith('.opis'))) return;
            assert.deepEqual(markdown, base[ch], `${path.basename(file)}:${lineNo + 1}:${ch + 1}`);
          });
        });
      }
    });

    it('leaves inline HTML in running text to the HTML grammar; in a footnote definition it is text', () => {
      const tag = expectScope('The NKVD<sup>3</sup> and <!-- draft --> oblast’', 'sup', 'entity.name.tag.html');
      assert.ok(tag.scopes.includes('meta.tag.inline.sup.start.html'));
      expectScope('The NKVD<sup>3</sup> and <!-- draft --> oblast’', ' draft ', 'comment.block.html');
      expectScope('The NKVD<sup>3</sup> and <!-- draft --> oblast’', 'NKVD', 'support.type.organ.opis');
      expectScope('The NKVD<sup>3</sup> and <!-- draft --> oblast’', '’', 'constant.character.escape.soft-sign.opis');
      // Footnote definitions are an Opis region with a Markdown subset: HTML grammars would cost more than the rest.
      const { tokens } = lineTokens('[^1]: RGASPI <sup>x</sup>');
      assert.deepEqual(tokens.map(t => t.text).slice(-1), [' <sup>x</sup>']);
      assert.deepEqual(tokens[tokens.length - 1].scopes.filter(s => s.endsWith('.html')), []);
    });

    it('reads emphasis, code, escapes and links in a footnote definition as Markdown does', () => {
      const note = '[^1]: a *b* c **d** e _f_ g `h* NKVD` \\*i* [j](https://example.org/k) a*.b* __l__ snake_case_x';
      const [tokens] = tokenizeLines(injected, note);
      const [base] = tokenizeLines(plain, note);
      const baseScopes = perCharacterScopes(base);
      const label = '[^1]:'.length;
      perCharacterScopes(tokens).forEach((scopes, ch) => {
        if (ch < label) return;
        assert.deepEqual(scopes.filter(s => s !== NOTE_REGION), baseScopes[ch], `character ${ch + 1} of ${note}`);
      });
      const italic = expectScope('[^2]: *Ob’’edinennyi plenum, 7-12 ianvaria 1933*, NKVD', '’’', 'constant.character.escape.hard-sign.opis');
      assert.ok(italic.scopes.includes('markup.italic.markdown'));
      assert.ok(italic.scopes.includes(NOTE_REGION));
      expectScope('[^2]: *Ob’’edinennyi plenum, 7-12 ianvaria 1933*, NKVD', '7-12 ianvaria 1933', 'constant.numeric.date.opis');
    });
  });

  it('is contributed in package.json as an injection into Markdown', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] };
    };
    const entry = pkg.contributes.grammars.find(g => g.scopeName === INJECTION_SCOPE);
    assert.ok(entry, 'grammar entry');
    assert.deepEqual(entry.injectTo, [MARKDOWN_SCOPE]);
    const grammar = JSON.parse(fs.readFileSync(path.join(root, entry.path), 'utf8')) as { scopeName: string };
    assert.equal(grammar.scopeName, INJECTION_SCOPE);
  });
});

function perCharacterScopes(tokens: Token[]): string[][] {
  return tokens.flatMap(t => Array.from({ length: t.text.length }, () => t.scopes));
}
