// Follow-cursor: as the reader moves through the article, the view reveals and selects the current claim
// (or, between claims, the current section). `opis.argument.followCursor` turns it off.
import * as vscode from 'vscode';
import type { ArgumentSession } from './argumentSession';
import type { ArgumentNode } from './argumentTree';

export const FOLLOW_SETTING = 'opis.argument.followCursor';

export class FollowCursor implements vscode.Disposable {
  /** The item for the cursor's place in the article, kept even while the view is hidden. */
  current: ArgumentNode | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly session: ArgumentSession,
    private readonly view: vscode.TreeView<ArgumentNode>,
  ) {
    this.disposables = [
      vscode.window.onDidChangeTextEditorSelection(e => {
        if (e.textEditor.document === session.state?.document) void this.follow(e.textEditor.selection.active);
      }),
      session.onDidChange(() => {
        this.current = undefined;
        const editor = vscode.window.activeTextEditor;
        if (editor && editor.document === session.state?.document) void this.follow(editor.selection.active);
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
