// Moving annotations in and out of Opis: import a Hypothesis JSON export onto a workspace article, and export
// the workspace's annotations as Markdown (for writing) or W3C JSON (for other tools).
import * as vscode from 'vscode';
import { exportMarkdown, exportW3c, importHypothesis } from '../../core/annotations';
import { parseJson } from '../../core/data/jsonData';
import type { AnnotationWorkspace } from './annotationWorkspace';

/** Arguments for automation and tests; without them the commands ask. */
export interface ImportArgs {
  file?: vscode.Uri;
  target?: vscode.Uri;
}

async function pickTarget(given: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (given) return given;
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'markdown') return active.uri;
  const [picked] = (await vscode.window.showOpenDialog({ title: 'Article the annotations belong to', filters: { Markdown: ['md'] } })) ?? [];
  return picked;
}

async function importFromHypothesis(workspace: AnnotationWorkspace, args: ImportArgs = {}): Promise<number | undefined> {
  const target = await pickTarget(args.target);
  if (!target) return undefined;
  const source = workspace.sourceOf(target);
  if (!source || !workspace.storeFor(target)) {
    void vscode.window.showWarningMessage('Opis: annotations can be imported only onto an article inside the open workspace folder.');
    return undefined;
  }
  const file = args.file ?? (await vscode.window.showOpenDialog({ title: 'Hypothesis export', filters: { 'Hypothesis JSON': ['json'] } }))?.[0];
  if (!file) return undefined;
  const parsed = parseJson(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(`Opis: ${vscode.workspace.asRelativePath(file)}: ${parsed.error}`);
    return undefined;
  }
  const { annotations, skipped } = importHypothesis(parsed.value, source);
  const added = await workspace.restore(annotations, target);
  const already = annotations.length - added;
  const parts = [`imported ${added} annotation${added === 1 ? '' : 's'} onto ${source}`];
  if (already) parts.push(`${already} already present`);
  if (skipped.length) parts.push(`${skipped.length} skipped (${skipped[0]}${skipped.length > 1 ? ', …' : ''})`);
  void vscode.window.showInformationMessage(`Opis: ${parts.join('; ')}.`);
  return added;
}

async function exportAnnotations(workspace: AnnotationWorkspace, format?: 'md' | 'w3c'): Promise<vscode.TextDocument | undefined> {
  const chosen =
    format ??
    (await vscode.window.showQuickPick(
      [
        { label: 'Markdown', description: 'quotes, notes, tags and the notes they cite — for writing', format: 'md' as const },
        { label: 'W3C Web Annotation JSON', description: 'an AnnotationCollection for other tools', format: 'w3c' as const },
      ],
      { title: 'Export annotations as' },
    ))?.format;
  if (!chosen) return undefined;
  const annotations = workspace.all().map(p => p.annotation);
  const content =
    chosen === 'md' ? exportMarkdown(annotations) : exportW3c({ annotations, foreign: [] });
  const doc = await vscode.workspace.openTextDocument({ language: chosen === 'md' ? 'markdown' : 'json', content });
  await vscode.window.showTextDocument(doc);
  return doc;
}

export function registerImportExport(workspace: AnnotationWorkspace): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('opis.annotations.importHypothesis', (args?: ImportArgs) => importFromHypothesis(workspace, args)),
    vscode.commands.registerCommand('opis.annotations.export', (format?: 'md' | 'w3c') => exportAnnotations(workspace, format)),
  ];
}
