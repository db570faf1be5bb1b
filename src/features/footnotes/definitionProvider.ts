// Go to Definition (and Peek) on a footnote reference: the note's definition.
import * as vscode from 'vscode';
import { toCorePosition, toVscodeRange } from '../shared/convert';
import type { FootnoteIndexes } from './footnoteIndexes';

export class FootnoteDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly indexes: FootnoteIndexes) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DefinitionLink[] | undefined> {
    const index = await this.indexes.index(document);
    const reference = index?.referenceAt(toCorePosition(position));
    const definition = reference && index?.definition(reference.label);
    if (!reference || !definition) return undefined;
    return [
      {
        originSelectionRange: toVscodeRange(reference.range),
        targetUri: document.uri,
        targetRange: toVscodeRange(definition.range),
        targetSelectionRange: toVscodeRange(definition.labelRange),
      },
    ];
  }
}
