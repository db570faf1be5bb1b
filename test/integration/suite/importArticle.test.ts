import * as assert from 'assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateOpis } from './helpers';

suite('import article', () => {
  let extensionPath: string;
  let out: string;

  suiteSetup(async () => {
    extensionPath = (await activateOpis()).extensionPath;
    out = mkdtempSync(path.join(tmpdir(), 'opis-import-'));
  });

  test('imports a two-column PDF through the bundled command line and opens the Markdown', async () => {
    const file = vscode.Uri.file(path.join(extensionPath, 'test', 'fixtures', 'import', 'kolkhoz-columns.pdf'));
    const target = vscode.Uri.file(path.join(out, 'kolkhoz.md'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('opis.importArticle', { file, target });
    assert.strictEqual(written?.fsPath, target.fsPath);

    const markdown = readFileSync(target.fsPath, 'utf8');
    assert.ok(markdown.startsWith('---\ntitle: Letters from the kolkhoz and the district press, 1930-1934\n'), markdown.slice(0, 200));
    assert.match(markdown, /^# Letters from the kolkhoz and the district press, 1930-1934$/m);
    assert.deepStrictEqual(
      [...markdown.matchAll(/^## (.*)$/gm)].map(m => m[1]),
      ['The editorial office and its correspondents', 'Answers, reprisals and the end of the campaign'],
    );
    assert.deepStrictEqual([...markdown.matchAll(/<!-- p\. (\d+) -->/g)].map(m => m[1]), ['211', '212']);
    const numbers = (pattern: RegExp) => [...markdown.matchAll(pattern)].map(m => Number(m[1]));
    const twelve = Array.from({ length: 12 }, (_, i) => i + 1);
    assert.deepStrictEqual(numbers(/\S\[\^(\d+)\](?!:)/g), twelve);
    assert.deepStrictEqual(numbers(/^\[\^(\d+)\]:/gm), twelve);
    assert.match(markdown, /^\[\^12\]: \*Kolkhoznaia pravda\* \(Syzran’\), 2 September 1934, 1; SOGASPI, f\. 1141, op\. 1, d\. 31\.$/m);

    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.fsPath, target.fsPath);
    assert.strictEqual(editor.document.getText(), markdown);
  });

  test('refuses a file that is not a PDF and writes nothing', async () => {
    const file = path.join(out, 'scan.pdf');
    writeFileSync(file, 'This is not a PDF.\n');
    const target = path.join(out, 'scan.md');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('opis.importArticle', { file: vscode.Uri.file(file), target: vscode.Uri.file(target) });
    assert.strictEqual(written, undefined);
    assert.strictEqual(existsSync(target), false);
  });
});
