// Opens the document of a mention and selects the name: what choosing a mention anywhere does.
import * as vscode from 'vscode';
import type { FileMention } from '../../core/officials/corpusIndex';
import type { OfficialsStore } from './officialsStore';

export const REVEAL_MENTION_COMMAND = 'opis.officials.revealMention';

export async function revealMention(store: OfficialsStore, mention: FileMention): Promise<vscode.TextEditor | undefined> {
  const location = store.location(mention);
  if (!location) return undefined;
  const editor = await vscode.window.showTextDocument(location.uri, { selection: location.range, preview: false });
  editor.revealRange(location.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerRevealMention(store: OfficialsStore): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_MENTION_COMMAND, (mention: FileMention) => revealMention(store, mention));
}
