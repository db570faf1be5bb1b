// Shows a passage of the article: opens (or focuses) its editor, selects the passage and scrolls it into view, and
// scrolls the article's other views to it. VS Code's Markdown preview follows the editor's top line
// (markdown.preview.scrollPreviewWithEditor) and offers no other way in, so while one is showing the passage is
// put at the top of the editor, and the preview brings it to its own top; the Opis Readers are told the line.
import * as vscode from 'vscode';
import type { Range } from '../../core/text/range';
import { toVscodeRange } from '../shared/convert';
import type { ArticleViews } from '../shared/articleViews';
import type { ArgumentSession } from './argumentSession';
import type { ArgumentNode } from './argumentTree';

export const REVEAL_COMMAND = 'opis.argument.reveal';

/** Whether a Markdown preview is showing (its tabs do not say which document it shows). */
function previewShowing(): boolean {
  return vscode.window.tabGroups.all.some(g => g.activeTab?.input instanceof vscode.TabInputWebview && g.activeTab.input.viewType.endsWith('markdown.preview'));
}

export async function revealPassage(document: vscode.TextDocument, range: Range, preserveFocus: boolean, views?: ArticleViews): Promise<vscode.TextEditor> {
  const target = toVscodeRange(range);
  const visible = vscode.window.visibleTextEditors.find(e => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus, preview: false });
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, previewShowing() ? vscode.TextEditorRevealType.AtTop : vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  views?.reveal(document.uri, target.start.line);
  return editor;
}

/** The command tree items run when clicked; returns the editor so callers (and tests) can check it. */
export function registerRevealCommand(session: ArgumentSession, views?: ArticleViews): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, async (node: ArgumentNode) => {
    const document = session.state?.document;
    if (!document || !node?.range) return undefined;
    return revealPassage(document, node.range, true, views);
  });
}
