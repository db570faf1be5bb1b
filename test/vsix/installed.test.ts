// Runs against the packaged VSIX installed with --install-extension (no development path): the shipped
// artifact itself activates and works.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { semanticTokens } from '../integration/suite/helpers';

suite('installed VSIX', () => {
  test('Opis is installed from the VSIX (not a development folder) and activates', async () => {
    const ext = vscode.extensions.getExtension('opis-history.opis');
    assert.ok(ext, 'the installed extension is found');
    assert.match(ext.extensionPath, /[\\/]extensions[\\/]opis-history\.opis-/, `installed under the extensions folder, not ${ext.extensionPath}`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  test('the shipped bundle opens the shipped article', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('opis.openArticle');
    assert.ok(editor);
    assert.match(editor.document.getText(), /Dual subordination\?/);
  });

  test('the shipped word list and data files are found: romanized words, terms and names are highlighted', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('opis.openArticle');
    assert.ok(editor);
    const types = new Set((await semanticTokens(editor.document)).map(t => t.type));
    assert.deepStrictEqual([...types].sort(), ['glossaryTerm', 'officialName', 'romanizedRussian']);
  });
});

suite('what the VSIX ships', () => {
  /** Every file of the installed extension, relative to its folder, with forward slashes. */
  function shippedFiles(): string[] {
    const ext = vscode.extensions.getExtension('opis-history.opis');
    assert.ok(ext);
    const root = ext.extensionPath;
    return fs.readdirSync(root, { recursive: true, withFileTypes: true })
      .filter(d => d.isFile())
      .map(d => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
      .sort();
  }
  // what a user needs: the bundles, the word list, the shipped corpus and its schemas, the grammar, two icons and the
  // Markdown preview's script and styles
  const SHIPPED = [
    /^(package\.json|readme\.md|LICENSE\.txt|changelog\.md|\.vsixmanifest)$/i,
    /^dist\/(extension\.js|web\/extension\.js|cli\.js|bibliography\.js|indexWorker\.js|english-words\.json)$/,
    /^media\/(icon\.png|opis-activitybar\.svg)$/,
    /^media\/preview\/[\w.-]+\.(js|css)$/,
    /^dist\/webview\/[\w.-]+\.js$/,
    /^syntaxes\/[\w.-]+\.tmLanguage\.json$/,
    /^corpus\/[\w.-]+\.(md|json)$/,
    /^corpus\/schema\/[\w.-]+\.schema\.json$/,
  ];

  test('nothing else: no screenshots, sources, tests, raw input or cache', () => {
    const files = shippedFiles();
    const unexpected = files.filter(f => !SHIPPED.some(re => re.test(f)));
    assert.deepStrictEqual(unexpected, [], `shipped but not needed: ${unexpected.join(', ')}`);
    assert.deepStrictEqual(files.filter(f => /^(media\/screenshots|src|test|corpus\/raw|\.cache|node_modules)\//.test(f) || /\.(ts|map)$/.test(f)), []);
  });

  test('everything a user needs is there', () => {
    // vsce names the README and licence readme.md and LICENSE.txt inside the package
    const files = new Set(shippedFiles());
    const schemas = ['annotations', 'argument', 'glossary', 'officials', 'translit-lexicon'].map(n => `corpus/schema/${n}.schema.json`);
    for (const f of ['package.json', 'readme.md', 'LICENSE.txt', 'dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', 'dist/bibliography.js', 'dist/indexWorker.js', 'dist/english-words.json', 'media/icon.png',
      'media/opis-activitybar.svg', 'media/preview/popover.js', 'media/preview/reading.css', 'dist/webview/preview-annotations.js', 'dist/webview/reader.js', 'syntaxes/opis.injection.tmLanguage.json', 'corpus/harris-dual-subordination.md', 'corpus/glossary.json',
      'corpus/officials.json', 'corpus/argument.json', 'corpus/translit-lexicon.json', ...schemas]) {
      assert.ok(files.has(f), `${f} is shipped`);
    }
  });
});
