// Proves the harness reports failure: this suite must make the run exit non-zero (scripts/test.mjs checks it).
import * as assert from 'assert';
import * as vscode from 'vscode';

suite('harness self-check', () => {
  test('a failing assertion inside the extension host', () => {
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, -1, 'deliberate failure');
  });
});
