// The Sources feature: the register of every archival file and printed work the corpus cites, in the Sources view
// with its filter, the conflict warning on notes that give one delo under two opis', and (on the desktop) Export
// Bibliography….
import * as vscode from 'vscode';
import type { CorpusData } from '../shared/corpusData';
import type { CorpusIndex } from '../shared/corpusIndex';
import type { CorpusWorkspace } from '../shared/corpusWorkspace';
import { ConflictDiagnostics } from './conflictDiagnostics';
import { registerExportBibliography, type FormatBibliography } from './exportBibliography';
import { revealNote } from './revealNote';
import { SourcesStore } from './sourcesStore';
import { REVEAL_NOTE_COMMAND, SourcesTreeProvider, type SourcesNode } from './sourcesTreeProvider';

/** What `opis.sources.inspect` returns: the feature's live parts, for automation and the extension's tests. */
export interface SourcesHandle {
  store: SourcesStore;
  provider: SourcesTreeProvider;
  view: vscode.TreeView<SourcesNode>;
}

const FILTERED = 'opis.sources.filtered';

/** `formatBibliography` comes from a host that can run citation-js; without it there is no export command. */
export function registerSources(
  context: vscode.ExtensionContext,
  data: CorpusData,
  workspace: CorpusWorkspace,
  index: CorpusIndex,
  formatBibliography?: FormatBibliography,
): void {
  const store = new SourcesStore(workspace, data, index);
  const provider = new SourcesTreeProvider(store);
  const view = vscode.window.createTreeView('opis.sources', { treeDataProvider: provider, showCollapseAll: true });
  const handle: SourcesHandle = { store, provider, view };
  /** The filter in the view's description, and a line in the view when nothing matches it. */
  const describe = () => {
    const filter = provider.filter;
    view.description = filter && `filter: ${filter}`;
    view.message = filter && provider.getChildren().length === 0 ? `No source matches “${filter}”.` : undefined;
    void vscode.commands.executeCommand('setContext', FILTERED, filter !== undefined);
  };
  const setFilter = (query: string | undefined) => {
    provider.setFilter(query);
    describe();
  };
  context.subscriptions.push(
    store,
    provider,
    view,
    new ConflictDiagnostics(store),
    provider.onDidChangeTreeData(describe),
    vscode.commands.registerCommand(REVEAL_NOTE_COMMAND, (node: SourcesNode) => node.kind === 'note' && revealNote(store, node, 'definition')),
    vscode.commands.registerCommand('opis.sources.revealReference', (node: SourcesNode) => node.kind === 'note' && revealNote(store, node, 'reference')),
    vscode.commands.registerCommand('opis.sources.filter', async (query?: string) => {
      const value =
        query ??
        (await vscode.window.showInputBox({
          title: 'Filter Sources',
          prompt: 'Words of a reference as cited (RGASPI f. 17, op. 3), a title, an author or an article',
          value: provider.filter,
        }));
      if (value !== undefined) setFilter(value);
    }),
    vscode.commands.registerCommand('opis.sources.clearFilter', () => setFilter(undefined)),
    vscode.commands.registerCommand('opis.sources.inspect', () => handle),
  );
  if (formatBibliography) context.subscriptions.push(registerExportBibliography(store, formatBibliography));
}
