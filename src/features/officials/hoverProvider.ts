// Hover on an official's name: full name, Cyrillic, roles and the first mention, as untrusted Markdown.
import * as vscode from 'vscode';
import { escapeMarkdown as escape } from '../../core/document';
import { mentionRange } from '../../core/officials/mentions';
import { affiliationsOf, fullName } from '../../core/officials/model';
import { toVscodeRange } from '../shared/convert';
import { safeMarkdown } from '../shared/safeMarkdown';
import type { OfficialsStore } from './officialsStore';
import { mentionAtPosition } from './mentionAtPosition';

export class OfficialsHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: OfficialsStore) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const mention = mentionAtPosition(this.store, document, position);
    const official = mention && this.store.index?.official(mention.officialId);
    if (!mention || !official) return undefined;
    const lines = [`**${escape(fullName(official))}**${official.cyrillic ? ` · ${escape(official.cyrillic)}` : ''}`, ''];
    for (const role of official.roles) lines.push(`- ${escape(role.years ? `${role.title} (${role.years})` : role.title)}`);
    const affiliations = affiliationsOf(official);
    if (affiliations.length > 0) lines.push('', escape(affiliations.join(' · ')));
    if (official.note) lines.push('', escape(official.note));
    const [first] = this.store.index?.mentionsOf(official.id) ?? [];
    if (first) lines.push('', `*First mention:* ${escape(`${first.file}:${first.line + 1} — ${await this.store.contextOf(first)}`)}`);
    return new vscode.Hover(safeMarkdown(lines.join('\n')), toVscodeRange(mentionRange(mention)));
  }
}

export function registerOfficialsHover(store: OfficialsStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, new OfficialsHoverProvider(store));
}
