import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OfficialsHandle } from '../../../src/features/officials';
import { activateOpis, waitFor } from './helpers';

// An officials file that gives two people one id, as a copied entry does: both are listed, and the file's problems
// (which the Opis log and a warning show) name the file and both entries.
suite('data files with a duplicate id', () => {
  test('officials.json: both people are kept, the later under a new id, and the reuse is reported', async () => {
    await activateOpis();
    const handle = await vscode.commands.executeCommand<OfficialsHandle>('opis.officials.inspect');
    await handle.store.ready;
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'officials.json');
    const original = await vscode.workspace.fs.readFile(file);
    const data = JSON.parse(new TextDecoder().decode(original)) as { officials: { id: string; given?: string }[] };
    const kabakov = data.officials.findIndex(o => o.id === 'kabakov');
    data.officials.push({ ...data.officials[kabakov], given: 'Another Kabakov' });
    const has = (id: string) => handle.store.index?.officials.some(o => o.id === id);
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(data, null, 2)));
      const index = await waitFor(handle.store.onDidChange, () => (has('kabakov-2') ? handle.store.index : undefined), 'the second Kabakov');
      assert.ok(has('kabakov'), 'the first keeps its id');
      const reported = `officials.json: officials[${data.officials.length - 1}].id: "kabakov" is also the id of officials[${kabakov}]; both are kept, this one as "kabakov-2"`;
      assert.ok(index.errors.some(error => error.startsWith(reported)), index.errors.join('\n'));
    } finally {
      await vscode.workspace.fs.writeFile(file, original);
      await waitFor(handle.store.onDidChange, () => (has('kabakov-2') ? undefined : true), 'the officials file as it was');
    }
  });
});
