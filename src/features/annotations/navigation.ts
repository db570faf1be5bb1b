// Opis: Next / Previous Annotation — moves the cursor to the next anchored passage, wrapping around.
import * as vscode from 'vscode';
import type { AnnotationWorkspace } from './annotationWorkspace';

export function registerAnnotationNavigation(workspace: AnnotationWorkspace): vscode.Disposable[] {
  const go = (direction: 1 | -1) => () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const doc = editor.document;
    const starts = workspace
      .inDocument(doc)
      .flatMap(({ placement }) => ('range' in placement ? [placement.range] : []))
      .sort((a, b) => a.start - b.start);
    if (!starts.length) {
      void vscode.window.showInformationMessage('Opis: this file has no annotations.');
      return undefined;
    }
    const here = doc.offsetAt(editor.selection.active);
    const target = direction > 0 ? (starts.find(r => r.start > here) ?? starts[0]) : ([...starts].reverse().find(r => r.start < here) ?? starts[starts.length - 1]);
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return range;
  };
  return [vscode.commands.registerCommand('opis.nextAnnotation', go(1)), vscode.commands.registerCommand('opis.previousAnnotation', go(-1))];
}
