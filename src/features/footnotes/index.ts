// Footnote and archive intelligence: note hovers with citation cards, glossary hovers, Go to Definition and
// Find All References for notes, and footnote diagnostics, those of closed corpus files from the corpus index.
import * as vscode from 'vscode';
import type { CorpusData } from '../shared/corpusData';
import type { CorpusIndex } from '../shared/corpusIndex';
import { FootnoteDefinitionProvider } from './definitionProvider';
import { FootnoteDiagnostics } from './footnoteDiagnostics';
import { FootnoteIndexes } from './footnoteIndexes';
import { GlossaryHoverProvider } from './glossaryHoverProvider';
import { NoteHoverProvider } from './noteHoverProvider';
import { FootnoteReferenceProvider } from './referenceProvider';
import { WorkspaceCorpus } from './workspaceCorpus';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function registerFootnotes(context: vscode.ExtensionContext, data: CorpusData, index: CorpusIndex): void {
  const indexes = new FootnoteIndexes(data);
  const diagnostics = new FootnoteDiagnostics(indexes);
  const corpus = new WorkspaceCorpus(index, data, diagnostics);
  context.subscriptions.push(
    indexes,
    diagnostics,
    corpus,
    data.onDidChange(() => vscode.workspace.textDocuments.forEach(d => void diagnostics.check(d))),
    vscode.languages.registerHoverProvider(MARKDOWN, new NoteHoverProvider(indexes)),
    vscode.languages.registerHoverProvider(MARKDOWN, new GlossaryHoverProvider(data)),
    vscode.languages.registerDefinitionProvider(MARKDOWN, new FootnoteDefinitionProvider(indexes)),
    vscode.languages.registerReferenceProvider(MARKDOWN, new FootnoteReferenceProvider(indexes)),
  );
}
