// Run twice by test/runners/warmStart.mjs, with the server stopped in between and one file changed on disk while
// VS Code was closed: the first start analyses every file; the second reads the others from the persisted index
// and analyses exactly the changed one, whose new note is answered.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../src/features/shared/corpusIndex';
import { activateOpis, waitFor } from '../integration/suite/helpers';

const PHASE = process.env.OPIS_WARM_PHASE;
const CHANGED = process.env.OPIS_WARM_CHANGED ?? '';
const PARTS = ['notes', 'mentions', 'spellings', 'sources'].length;

async function indexed(): Promise<{ index: CorpusIndex; files: vscode.Uri[] }> {
  await activateOpis();
  const index = await vscode.commands.executeCommand<CorpusIndex>('opis.index.inspect');
  await index.ready;
  const files = await vscode.workspace.findFiles('**/*.md', '**/{node_modules,.git}/**');
  assert.ok(files.length >= 3, `the workspace has ${files.length} Markdown files`);
  return { index, files };
}

const names = (keys: Iterable<string>) => [...keys].map(key => key.split('/').pop()).sort();

suite(`warm start: ${PHASE} start`, () => {
  if (PHASE === 'cold') {
    test('a first start analyses every file of the corpus', async () => {
      const { index, files } = await indexed();
      assert.deepStrictEqual(names(index.counters.analysed.keys()), names(files.map(f => f.toString())));
      assert.strictEqual(index.counters.cached, 0);
      for (const count of index.counters.analysed.values()) assert.strictEqual(count, PARTS);
      assert.strictEqual(index.counters.byWorker, files.length * PARTS, 'the desktop host finds the parts in its worker thread');
    });
  } else {
    test('a restart reads unchanged files from the index and analyses only the file changed meanwhile', async () => {
      const { index, files } = await indexed();
      assert.deepStrictEqual(names(index.counters.analysed.keys()), [CHANGED]);
      assert.strictEqual(index.counters.cached, (files.length - 1) * PARTS);
      // every file checked: by its size and date, or read and hashed (the changed one, and any written just before the first read)
      assert.strictEqual(index.counters.read + index.counters.trusted, files.length);
      assert.ok(index.counters.read >= 1, 'the changed file was read');
      assert.strictEqual(index.counters.byWorker, PARTS);
    });

    test("the changed file's new note is answered without opening it", async () => {
      const changed = (await indexed()).files.find(f => f.path.endsWith(`/${CHANGED}`));
      assert.ok(changed);
      const unknown = () => vscode.languages.getDiagnostics(changed).find(d => d.code === 'unknown-archive' && /TsGAQQ/.test(d.message));
      const diagnostic = await waitFor(vscode.languages.onDidChangeDiagnostics, unknown, 'the new note’s diagnostic');
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Information);
      assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === changed.toString()), 'the file stayed closed');
    });
  }
});
