// Prepare Repository for Shared Annotations: `opis git-setup` from the editor (the same code, src/node/gitSetup.ts),
// with a merge driver that runs the command line bundled with this extension. When a trusted workspace folder's
// annotations would go into a clone not yet set up, Opis offers it once per clone and remembers the answer; where
// the answer was yes, a driver left naming an Opis that an update moved is set again without asking.
import * as vscode from 'vscode';
import { clonePendingSetup, gitSetup, type GitSetupResult } from '../../node/gitSetup';

const answerKey = (root: string) => `opis.gitSetupOffer:${root}`;
const PREPARE = 'Prepare Repository';

export function registerPrepareRepository(context: vscode.ExtensionContext): vscode.Disposable[] {
  // The extension host's own runtime runs the bundled command line as Node (it is Electron in desktop VS Code).
  const cli = ['env', 'ELECTRON_RUN_AS_NODE=1', process.execPath, context.asAbsolutePath('dist/cli.js')];
  const offer = () => void offerSetup(context.workspaceState, cli);
  if (vscode.workspace.isTrusted) offer();
  return [
    vscode.commands.registerCommand('opis.annotations.prepareRepository', (folder?: vscode.Uri | string) => prepare(cli, folder)),
    vscode.workspace.onDidGrantWorkspaceTrust(offer),
    vscode.workspace.onDidChangeWorkspaceFolders(offer),
  ];
}

/** Sets up the clone of `folder` (a workspace folder when none is given); returns what was done. */
async function prepare(cli: readonly string[], folder?: vscode.Uri | string): Promise<GitSetupResult | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Opis: trust this workspace first; preparing the repository changes its git config.');
    return undefined;
  }
  const uri = typeof folder === 'string' ? vscode.Uri.file(folder) : folder ?? (await chooseFolder());
  if (!uri) return undefined;
  try {
    const result = await gitSetup(uri.fsPath, cli);
    void vscode.window.showInformationMessage(
      result.done.length ? `Opis: ${result.done.join('; ')}.` : `Opis: ${result.root} is already set up for merging annotations.`,
    );
    return result;
  } catch (err) {
    void vscode.window.showErrorMessage(`Opis could not prepare ${uri.fsPath}: ${err instanceof Error ? err.message : String(err)}.`);
    return undefined;
  }
}

async function chooseFolder(): Promise<vscode.Uri | undefined> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter(f => f.uri.scheme === 'file');
  if (folders.length <= 1) {
    if (!folders.length) void vscode.window.showInformationMessage('Opis: open the folder of a git clone first.');
    return folders[0]?.uri;
  }
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Prepare the repository of which folder?' }))?.uri;
}

/** Offers the set-up once for each clone that needs it; the answer (or the dismissal) is remembered. */
async function offerSetup(state: vscode.Memento, cli: readonly string[]): Promise<void> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    const pending = await clonePendingSetup(folder.uri.fsPath);
    if (!pending) continue;
    const key = answerKey(pending.root);
    const answer = state.get<string>(key);
    if (pending.lack === 'moved' && answer === PREPARE) {
      await prepare(cli, folder.uri);
      continue;
    }
    if (answer !== undefined) continue;
    await state.update(key, 'offered');
    const what =
      pending.lack === 'moved'
        ? 'Its merge driver for annotations runs a copy of Opis that is no longer there. Set it to this one'
        : "Prepare it so that annotations changed by two readers merge without conflict markers (a line in .gitattributes and a merge driver in this clone's git config)";
    const choice = await vscode.window.showInformationMessage(`Opis: ${folder.name} is a git repository. ${what}?`, PREPARE, 'Not Now');
    await state.update(key, choice ?? 'dismissed');
    if (choice === PREPARE) await prepare(cli, folder.uri);
  }
}
