// Reading mode (opis.readingMode, off by default so that editing commands work): Markdown articles open
// read-only through VS Code's own files.readonlyInclude, so no keystroke meant for a note can change an article.
// A status-bar item shows the mode and toggles it.
import * as vscode from 'vscode';

const SETTING = 'readingMode';
/** The files reading mode makes read-only; a glob of Opis's own in the user's files.readonlyInclude. */
const ARTICLES = '**/*.{md,markdown}';

export function registerReadingMode(): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('opis.readingMode', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Opis Reading Mode';
  item.command = 'opis.toggleReadingMode';
  const show = () => {
    const on = readingMode();
    item.text = on ? '$(book) Reading' : '$(edit) Editing';
    item.tooltip = on ? 'Opis reading mode: articles are read-only. Click to edit them.' : 'Opis: articles can be edited. Click to read them read-only.';
    if (vscode.window.activeTextEditor?.document.languageId === 'markdown') item.show();
    else item.hide();
  };
  show();
  void applyReadOnly(readingMode());
  return [
    item,
    vscode.commands.registerCommand('opis.toggleReadingMode', () => vscode.workspace.getConfiguration('opis').update(SETTING, !readingMode(), vscode.ConfigurationTarget.Global)),
    vscode.window.onDidChangeActiveTextEditor(show),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration(`opis.${SETTING}`)) return;
      show();
      void applyReadOnly(readingMode());
    }),
  ];
}

function readingMode(): boolean {
  return vscode.workspace.getConfiguration('opis').get<boolean>(SETTING, false);
}

/** Adds or removes Opis's glob in the user's files.readonlyInclude, leaving the user's own globs alone. */
async function applyReadOnly(on: boolean): Promise<void> {
  const files = vscode.workspace.getConfiguration('files');
  const current = files.inspect<Record<string, boolean>>('readonlyInclude')?.globalValue ?? {};
  if ((current[ARTICLES] === true) === on) return;
  const { [ARTICLES]: _mine, ...others } = current;
  await files.update('readonlyInclude', on ? { ...current, [ARTICLES]: true } : others, vscode.ConfigurationTarget.Global);
}
