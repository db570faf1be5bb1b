// Find All References on an official's name: every mention of that person in the corpus.
import * as vscode from 'vscode';
import type { OfficialsStore } from './officialsStore';
import { mentionAtPosition } from './mentionAtPosition';

export class OfficialsReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: OfficialsStore) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    await this.store.ready;
    const mention = mentionAtPosition(this.store, document, position);
    if (!mention) return [];
    return (this.store.index?.mentionsOf(mention.officialId) ?? []).flatMap(m => this.store.location(m) ?? []);
  }
}

export function registerOfficialsReferences(store: OfficialsStore): vscode.Disposable {
  return vscode.languages.registerReferenceProvider({ language: 'markdown' }, new OfficialsReferenceProvider(store));
}
