// The Officials feature: Find Official…, workspace symbols, references and hovers on names, and the
// Officials view, all over one store of the corpus's officials and their mentions.
import * as vscode from 'vscode';
import type { CorpusData } from '../shared/corpusData';
import type { CorpusIndex } from '../shared/corpusIndex';
import type { CorpusWorkspace } from '../shared/corpusWorkspace';
import { registerFindOfficial } from './findOfficialCommand';
import { registerOfficialsHover } from './hoverProvider';
import { OfficialsStore } from './officialsStore';
import { OfficialsTreeProvider, type OfficialsNode } from './officialsTreeProvider';
import { registerOfficialsReferences } from './referenceProvider';
import { registerRevealMention } from './revealMention';
import { registerOfficialsSymbols } from './workspaceSymbolProvider';

/** What `opis.officials.inspect` returns: the feature's live parts, for automation and the extension's tests. */
export interface OfficialsHandle {
  store: OfficialsStore;
  provider: OfficialsTreeProvider;
  view: vscode.TreeView<OfficialsNode>;
}

export function registerOfficials(context: vscode.ExtensionContext, data: CorpusData, workspace: CorpusWorkspace, index: CorpusIndex): void {
  const store = new OfficialsStore(data, workspace, index);
  const provider = new OfficialsTreeProvider(store);
  const view = vscode.window.createTreeView('opis.officials', { treeDataProvider: provider, showCollapseAll: true });
  const handle: OfficialsHandle = { store, provider, view };
  context.subscriptions.push(
    store,
    provider,
    view,
    registerRevealMention(store),
    registerFindOfficial(store),
    registerOfficialsSymbols(store),
    registerOfficialsReferences(store),
    registerOfficialsHover(store),
    vscode.commands.registerCommand('opis.officials.inspect', () => handle),
  );
}
