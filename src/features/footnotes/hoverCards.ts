// The Markdown of footnote and glossary hovers, rendered from the card models the preview shares. Everything
// taken from the corpus (note text, titles, glossary entries) is escaped by the renderer.
import * as vscode from 'vscode';
import { glossaryCard, glossaryCardMarkdown, missingNoteMarkdown, noteCard, noteCardMarkdown } from '../../core/cards';
import type { NotesAnalysis } from '../../core/citations';
import type { FootnoteDefinition } from '../../core/document';
import type { Glossary, GlossaryEntry } from '../../core/glossary';
import { safeMarkdown } from '../shared/safeMarkdown';

/** The whole note, then a card per citation. */
export function noteHover(definition: FootnoteDefinition, analysis: NotesAnalysis, glossary: Glossary): vscode.MarkdownString {
  return safeMarkdown(noteCardMarkdown(noteCard(definition, analysis, glossary)));
}

export function missingNoteHover(label: string): vscode.MarkdownString {
  return safeMarkdown(missingNoteMarkdown(label));
}

export function glossaryHover(entry: GlossaryEntry): vscode.MarkdownString {
  return safeMarkdown(glossaryCardMarkdown(glossaryCard(entry)));
}
