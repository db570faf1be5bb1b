// Workspace symbols (Ctrl+T) for officials: each person at their first mention, found by the fuzzy search.
import * as vscode from 'vscode';
import { affiliationsOf, fullName } from '../../core/officials/model';
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
      return [new vscode.SymbolInformation(fullName(official), vscode.SymbolKind.Object, affiliationsOf(official).join(', '), location)];
    });
  }
}

export function registerOfficialsSymbols(store: OfficialsStore): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider(new OfficialsSymbolProvider(store));
}
