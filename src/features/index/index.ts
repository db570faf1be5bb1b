// The corpus index's commands: Opis: Rebuild Index, and `opis.index.inspect`, which hands the index to automation
// and the extension's tests (its counters tell what a start read from the cache and what it analysed again).
import * as vscode from 'vscode';
import { indexWriter, type PartWorker } from '../../core/indexCache';
import { CorpusIndex } from '../shared/corpusIndex';
import type { CorpusWorkspace } from '../shared/corpusWorkspace';

export function registerCorpusIndex(context: vscode.ExtensionContext, workspace: CorpusWorkspace, log: vscode.LogOutputChannel, worker?: PartWorker): CorpusIndex {
  const writer = indexWriter(String(context.extension.packageJSON.version ?? ''));
  const index = new CorpusIndex(workspace, context.storageUri, log, writer, worker);
  context.subscriptions.push(
    index,
    vscode.commands.registerCommand('opis.rebuildIndex', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Opis: rebuilding the index' }, () => index.rebuild())),
    vscode.commands.registerCommand('opis.index.inspect', () => index),
  );
  return index;
}
