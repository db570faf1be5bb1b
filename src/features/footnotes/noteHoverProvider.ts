// Hover on a footnote reference `[^n]` (or a definition's own marker): the whole note and a card per citation.
import * as vscode from 'vscode';
import { toCorePosition, toVscodeRange } from '../shared/convert';
import type { FootnoteIndexes } from './footnoteIndexes';
import { missingNoteHover, noteHover } from './hoverCards';

export class NoteHoverProvider implements vscode.HoverProvider {
  constructor(private readonly indexes: FootnoteIndexes) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const view = await this.indexes.view(document);
    if (!view) return undefined;
    const at = toCorePosition(position);
    const reference = view.index.referenceAt(at);
    const definition = reference ? view.index.definition(reference.label) : view.index.onDefinitionLabel(at);
    if (reference && !definition) return new vscode.Hover(missingNoteHover(reference.label), toVscodeRange(reference.range));
    if (!definition) return undefined;
    const range = toVscodeRange(reference ? reference.range : definition.labelRange);
    return new vscode.Hover(noteHover(definition, view.analysis, view.glossary), range);
  }
}
