// Follow-cursor: as the reader moves through the article, the view reveals and selects the current claim
// (or, between claims, the current section). `opis.argument.followCursor` turns it off. The place followed is the
// cursor while it is on screen; once the reader scrolls it away (in the editor, or in the Markdown preview, which
// scrolls the editor with it) the line at the top of the editor; and the line at the top of an Opis Reader as it
// scrolls.
import * as vscode from 'vscode';
import type { ArticleViews } from '../shared/articleViews';
import type { ArgumentSession } from './argumentSession';
import type { ArgumentNode } from './argumentTree';
import type { Range } from '../../core/text/range';

export const FOLLOW_SETTING = 'opis.argument.followCursor';

function contains(range: Range, { line, character }: { line: number; character: number }): boolean {
  const { start, end } = range;
  const afterStart = line > start.line || (line === start.line && character >= start.character);
  const beforeEnd = line < end.line || (line === end.line && character <= end.character);
  return afterStart && beforeEnd;
}

/** The start of the source line nearest a view's fractional top line. */
function lineStart(line: number): vscode.Position {
  return new vscode.Position(Math.max(0, Math.round(line)), 0);
}

export class FollowCursor implements vscode.Disposable {
  /** The item for the cursor's place in the article, kept even while the view is hidden. */
  current: ArgumentNode | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly session: ArgumentSession,
    private readonly view: vscode.TreeView<ArgumentNode>,
    views?: ArticleViews,
  ) {
    this.disposables = [
      vscode.window.onDidChangeTextEditorSelection(e => {
        if (e.textEditor.document === session.state?.document) void this.follow(e.textEditor.selection.active);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => {
        if (textEditor.document !== session.state?.document || !visibleRanges.length) return;
        const cursor = textEditor.selection.active;
        void this.follow(visibleRanges.some(r => r.contains(cursor)) ? cursor : visibleRanges[0].start);
      }),
      ...(views
        ? [
            views.onDidScroll(({ uri, line }) => {
              if (uri.toString() === session.state?.document.uri.toString()) void this.follow(lineStart(line));
            }),
          ]
        : []),
      session.onDidChange(state => {
        this.current = undefined;
        const editor = vscode.window.activeTextEditor;
        // the cursor of the article's editor, else the top of its Reader (in front, as after a reload)
        const line = state && views?.topLine(state.document.uri);
        if (editor && editor.document === state?.document) void this.follow(editor.selection.active);
        else if (line !== undefined) void this.follow(lineStart(line));
      }),
      view.onDidChangeVisibility(e => {
        if (e.visible && this.current && this.enabled) void this.reveal(this.current);
      }),
    ];
  }

  get enabled(): boolean {
    return vscode.workspace.getConfiguration().get<boolean>(FOLLOW_SETTING, true);
  }

  /** Finds the item for `position` and, when following, reveals it; returns it. */
  async follow(position: vscode.Position): Promise<ArgumentNode | undefined> {
    const state = this.session.state;
    if (!state || !this.enabled) return undefined;
    const { section, claim } = state.locator.locate(position);
    const target = state.tree.claimNode(claim) ?? state.tree.sectionNode(section);
    if (target === this.current) return target;
    this.current = target;
    // an item the reader clicked (the question, a period's passage, a note) stays selected while the cursor is
    // in its passage, when it is narrower than the section or claim the cursor is in
    const selected = this.view.selection[0];
    if (selected?.range && target?.range && contains(selected.range, position) && contains(target.range, selected.range.start) && contains(target.range, selected.range.end)) {
      return target;
    }
    if (target) await this.reveal(target);
    return target;
  }

  private async reveal(node: ArgumentNode): Promise<void> {
    if (!this.view.visible) return;
    try {
      await this.view.reveal(node, { select: true, focus: false, expand: false });
    } catch {
      // The tree was rebuilt while revealing; the next cursor move reveals the new item.
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
