// Footnote and archive intelligence: note hovers with citation cards, glossary hovers, Go to Definition and
// Find All References for notes, footnote diagnostics, and background indexing of the workspace corpus.
import * as vscode from 'vscode';
import { FootnoteDefinitionProvider } from './definitionProvider';
import { FootnoteDiagnostics } from './footnoteDiagnostics';
import { FootnoteGlossary } from './footnoteGlossary';
import { FootnoteIndexes } from './footnoteIndexes';
import { GlossaryHoverProvider } from './glossaryHoverProvider';
import { NoteHoverProvider } from './noteHoverProvider';
import { FootnoteReferenceProvider } from './referenceProvider';
import { WorkspaceCorpus } from './workspaceCorpus';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function registerFootnotes(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Opis: Footnotes', { log: true });
  const glossaries = new FootnoteGlossary(vscode.Uri.joinPath(context.extensionUri, 'corpus'), log);
  const indexes = new FootnoteIndexes(glossaries);
  const diagnostics = new FootnoteDiagnostics(indexes);
  const corpus = new WorkspaceCorpus(glossaries, diagnostics);
  context.subscriptions.push(
    log,
    glossaries,
    indexes,
    diagnostics,
    corpus,
    glossaries.onDidChange(() => vscode.workspace.textDocuments.forEach(d => void diagnostics.check(d))),
    vscode.languages.registerHoverProvider(MARKDOWN, new NoteHoverProvider(indexes)),
    vscode.languages.registerHoverProvider(MARKDOWN, new GlossaryHoverProvider(glossaries)),
    vscode.languages.registerDefinitionProvider(MARKDOWN, new FootnoteDefinitionProvider(indexes)),
    vscode.languages.registerReferenceProvider(MARKDOWN, new FootnoteReferenceProvider(indexes)),
  );
  void corpus.indexAll().catch(err => log.error(`indexing the workspace corpus failed: ${String(err)}`));
}
