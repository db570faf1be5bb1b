// The Argument view in the Opis sidebar and its title-bar actions: collapse all (built in), switch between
// the argument and the headings, and turn follow-cursor on or off. The view's message says when the
// argument file is unusable or some of its quotes no longer match. Until an article is open the view is
// empty, so VS Code shows its welcome content (declared in package.json).
import * as vscode from 'vscode';
import type { ArgumentMode, ArgumentSession, ArgumentState } from './argumentSession';
import type { ArgumentNode } from './argumentTree';
import { ArgumentTreeProvider } from './argumentTreeProvider';
import { FOLLOW_SETTING } from './followCursor';

export const VIEW_ID = 'opis.argument';

function message(session: ArgumentSession, state: ArgumentState | undefined): string | undefined {
  if (!state) return undefined;
  const file = state.argumentUri?.path.split('/').pop();
  if (state.problems.length) return `${file} has ${state.problems.length} problem(s) (see Problems); showing the headings.`;
  const lost = state.outline.unanchored.length;
  if (lost) return `${lost} quote(s) in ${file} no longer match the article (see Problems).`;
  if (session.mode === 'headings' && session.hasArgumentFile) return 'Headings, topic sentences and notes.';
  return undefined;
}

export function createArgumentView(session: ArgumentSession): { view: vscode.TreeView<ArgumentNode>; provider: ArgumentTreeProvider; disposables: vscode.Disposable[] } {
  const provider = new ArgumentTreeProvider(session);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const setMode = (mode: ArgumentMode) => {
    void vscode.commands.executeCommand('setContext', 'opis.argument.mode', mode);
    return session.setMode(mode);
  };
  const setFollow = (on: boolean) => vscode.workspace.getConfiguration().update(FOLLOW_SETTING, on, vscode.ConfigurationTarget.Global);
  void vscode.commands.executeCommand('setContext', 'opis.argument.mode', session.mode);
  const disposables: vscode.Disposable[] = [
    provider,
    view,
    session.onDidChange(state => {
      view.message = message(session, state);
      void vscode.commands.executeCommand('setContext', 'opis.argument.hasArgumentFile', session.hasArgumentFile);
    }),
    vscode.commands.registerCommand('opis.argument.showHeadings', () => setMode('headings')),
    vscode.commands.registerCommand('opis.argument.showArgument', () => setMode('argument')),
    vscode.commands.registerCommand('opis.argument.followCursorOn', () => setFollow(true)),
    vscode.commands.registerCommand('opis.argument.followCursorOff', () => setFollow(false)),
  ];
  return { view, provider, disposables };
}
