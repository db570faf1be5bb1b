// Shows a passage of the article: opens (or focuses) its editor, selects the passage and scrolls it into view.
import * as vscode from 'vscode';
import type { Range } from '../../core/text/range';
import { toVscodeRange } from '../shared/convert';
import type { ArgumentSession } from './argumentSession';
import type { ArgumentNode } from './argumentTree';

export const REVEAL_COMMAND = 'opis.argument.reveal';

export async function revealPassage(document: vscode.TextDocument, range: Range, preserveFocus: boolean): Promise<vscode.TextEditor> {
  const target = toVscodeRange(range);
  const visible = vscode.window.visibleTextEditors.find(e => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus, preview: false });
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The command tree items run when clicked; returns the editor so callers (and tests) can check it. */
export function registerRevealCommand(session: ArgumentSession): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, async (node: ArgumentNode) => {
    const document = session.state?.document;
    if (!document || !node?.range) return undefined;
    return revealPassage(document, node.range, true);
  });
}
