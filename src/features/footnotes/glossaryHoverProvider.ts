// Hover on an archive siglum, a citation abbreviation or a Soviet term anywhere in a document: expansion,
// English, Cyrillic. Footnote markers have their own hover.
import * as vscode from 'vscode';
import type { CorpusData } from '../shared/corpusData';
import { glossaryHover } from './hoverCards';

export class GlossaryHoverProvider implements vscode.HoverProvider {
  constructor(private readonly corpus: CorpusData) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const { glossary } = await this.corpus.forDocument(document.uri);
    const line = document.lineAt(position.line).text;
    const match = glossary.findAt(line, position.character);
    if (!match || position.character === match.end) return undefined;
    return new vscode.Hover(glossaryHover(match.entry), new vscode.Range(position.line, match.start, position.line, match.end));
  }
}
