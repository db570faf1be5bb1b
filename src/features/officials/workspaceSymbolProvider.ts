// Workspace symbols (Ctrl+T) for officials: each person at their first mention, found by the fuzzy search and
// named so that the workbench's own filter keeps them (see core/officials/symbolName).
import * as vscode from 'vscode';
import { affiliationsOf } from '../../core/officials/model';
import { symbolName } from '../../core/officials/symbolName';
import type { OfficialsStore } from './officialsStore';

const LIMIT = 100;

export class OfficialsSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly store: OfficialsStore) {}

  async provideWorkspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
    await this.store.ready;
    const index = this.store.index;
    if (!index) return [];
    const officials = query.trim() ? index.search.search(query, LIMIT).results.map(result => result.official) : index.officials;
    return officials.flatMap(official => {
      const [first] = index.mentionsOf(official.id);
      const location = first && this.store.location(first);
      if (!location) return [];
      return [new vscode.SymbolInformation(symbolName(official, query), vscode.SymbolKind.Object, affiliationsOf(official).join(', '), location)];
    });
  }
}

export function registerOfficialsSymbols(store: OfficialsStore): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider(new OfficialsSymbolProvider(store));
}
