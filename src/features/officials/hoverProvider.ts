// Hover on an official's name: full name, Cyrillic, roles and the first mention, as untrusted Markdown.
import * as vscode from 'vscode';
import { affiliationsOf, fullName } from '../../core/officials/model';
import type { OfficialsStore } from './officialsStore';
import { mentionAtPosition } from './mentionAtPosition';

export class OfficialsHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: OfficialsStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const mention = mentionAtPosition(this.store, document, position);
    const official = mention && this.store.index?.official(mention.officialId);
    if (!mention || !official) return undefined;
    const markdown = new vscode.MarkdownString();
    markdown.appendMarkdown('**').appendText(fullName(official)).appendMarkdown('** · ').appendText(official.cyrillic).appendMarkdown('\n\n');
    for (const role of official.roles) markdown.appendMarkdown('- ').appendText(role.years ? `${role.title} (${role.years})` : role.title).appendMarkdown('\n');
    const affiliations = affiliationsOf(official);
    if (affiliations.length > 0) markdown.appendMarkdown('\n').appendText(affiliations.join(' · ')).appendMarkdown('\n');
    if (official.note) markdown.appendMarkdown('\n').appendText(official.note).appendMarkdown('\n');
    const [first] = this.store.index?.mentionsOf(official.id) ?? [];
    if (first) {
      markdown.appendMarkdown('\n*First mention:* ').appendText(`${first.file}:${first.range.start.line + 1} — ${this.store.contextOf(first)}`);
    }
    const { start, end } = mention.range;
    return new vscode.Hover(markdown, new vscode.Range(start.line, start.character, end.line, end.character));
  }
}

export function registerOfficialsHover(store: OfficialsStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, new OfficialsHoverProvider(store));
}
