// Shared helpers for the extension-host suites.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'opis-history.opis';
export const ARTICLE = 'harris-dual-subordination.md';

export async function activateOpis(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  await ext.activate();
  return ext;
}

/** Opens a file of the test workspace (a fresh copy of corpus/) in an editor. */
export async function openWorkspaceFile(relative: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap(h => h.contents)
    .map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Resolves when `predicate` holds after a change event, or rejects after `ms` with `what`. */
export function waitFor<T>(event: vscode.Event<unknown>, predicate: () => T | undefined, what: string, ms = 20000): Promise<T> {
  const now = predicate();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      const value = predicate();
      if (value) {
        clearTimeout(timer);
        sub.dispose();
        resolve(value);
      }
    });
  });
}
