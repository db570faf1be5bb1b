// Find All References (and Peek) on a note's definition marker or any of its references: every reference.
import * as vscode from 'vscode';
import { toCorePosition, toLocation } from '../shared/convert';
import type { FootnoteIndexes } from './footnoteIndexes';

export class FootnoteReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly indexes: FootnoteIndexes) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): Promise<vscode.Location[] | undefined> {
    const index = await this.indexes.index(document);
    if (!index) return undefined;
    const at = toCorePosition(position);
    const label = index.referenceAt(at)?.label ?? index.onDefinitionLabel(at)?.label;
    if (label === undefined) return undefined;
    const locations = index.referencesTo(label).map(r => toLocation(document.uri, r.range));
    const definition = index.definition(label);
    if (context.includeDeclaration && definition) locations.unshift(toLocation(document.uri, definition.labelRange));
    return locations;
  }
}
