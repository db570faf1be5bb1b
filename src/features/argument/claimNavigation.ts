// Opis: Next Claim / Opis: Previous Claim — move the selection to the next or previous claim of the
// article's outline (curated claims, or topic sentences in a derived outline).
import * as vscode from 'vscode';
import type { ArticleViews } from '../shared/articleViews';
import type { ArgumentSession } from './argumentSession';
import { revealPassage } from './revealPassage';

async function step(session: ArgumentSession, direction: 'next' | 'previous', views?: ArticleViews): Promise<vscode.TextEditor | undefined> {
  const editor = vscode.window.activeTextEditor;
  const state = session.state;
  if (!editor || !state || editor.document !== state.document) {
    void vscode.window.showInformationMessage('Opis: open an article in the editor to move between its claims.');
    return undefined;
  }
  const from = editor.selection.start;
  const claim = direction === 'next' ? state.locator.next(from) : state.locator.previous(from);
  if (!claim?.range) {
    void vscode.window.setStatusBarMessage(`Opis: no ${direction} claim`, 3000);
    return undefined;
  }
  return revealPassage(state.document, claim.range, false, views);
}

export function registerClaimNavigation(session: ArgumentSession, views?: ArticleViews): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('opis.argument.nextClaim', () => step(session, 'next', views)),
    vscode.commands.registerCommand('opis.argument.previousClaim', () => step(session, 'previous', views)),
  ];
}
