// Opis: Export Bibliography…: the printed works and archival files the corpus or the active article cites, as
// CSL-JSON, BibTeX or RIS, each item naming the notes and articles that cite it. The formats are written by
// citation-js, which needs Node: the desktop host passes the writer in, and the browser host has no such command.
import * as vscode from 'vscode';
import { bibliographyItems, SourceRegister, type CslItem } from '../../core/sources';
import type { BibliographyFormat } from '../../node/bibliographyFormats';
import { isReaderDocument } from '../shared/corpusWorkspace';
import type { SourcesStore } from './sourcesStore';

export const EXPORT_BIBLIOGRAPHY_COMMAND = 'opis.sources.exportBibliography';

export type FormatBibliography = (items: readonly CslItem[], format: BibliographyFormat) => string;

/** Arguments for automation and tests; without them the command asks. */
export interface ExportBibliographyArgs {
  format?: BibliographyFormat;
  scope?: 'corpus' | 'article';
  target?: vscode.Uri;
}

const FORMATS: Record<BibliographyFormat, { label: string; detail: string; extension: string }> = {
  'csl-json': { label: 'CSL-JSON', detail: 'Zotero, Mendeley, Pandoc', extension: 'json' },
  bibtex: { label: 'BibTeX', detail: 'BibLaTeX, JabRef', extension: 'bib' },
  ris: { label: 'RIS', detail: 'EndNote, Zotero and most reference managers', extension: 'ris' },
};

export function registerExportBibliography(store: SourcesStore, format: FormatBibliography): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_BIBLIOGRAPHY_COMMAND, (args: ExportBibliographyArgs = {}) => exportBibliography(store, format, args));
}

async function exportBibliography(store: SourcesStore, write: FormatBibliography, args: ExportBibliographyArgs): Promise<vscode.Uri | undefined> {
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  const editor = vscode.window.activeTextEditor;
  const article = editor && isReaderDocument(editor.document) ? editor.document : undefined;
  const scope = args.scope ?? (article ? await pickScope(article) : 'corpus');
  if (!scope) return undefined;
  if (scope === 'article' && !article) {
    void vscode.window.showErrorMessage('Opis: open the article whose bibliography to export.');
    return undefined;
  }
  const items = scope === 'article' && article ? await articleItems(store, article) : await corpusItems(store);
  if (items.length === 0) {
    void vscode.window.showWarningMessage(`Opis: ${scope === 'article' ? 'the article' : 'the corpus'} cites no printed work or archival file.`);
    return undefined;
  }
  const { label, extension } = FORMATS[format];
  const base = scope === 'article' && article ? article.uri.path.split('/').pop()!.replace(/\.[^.]*$/, '') : 'bibliography';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({ title: 'Export Bibliography', defaultUri: folder && vscode.Uri.joinPath(folder, `${base}.${extension}`), filters: { [label]: [extension] } }));
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(write(items, format)));
  const open = 'Open';
  void vscode.window.showInformationMessage(`Opis: ${items.length} items written to ${target.path.split('/').pop()} (${label}).`, open).then(choice => {
    if (choice === open) void vscode.window.showTextDocument(target);
  });
  return target;
}

async function pickFormat(): Promise<BibliographyFormat | undefined> {
  const items = Object.entries(FORMATS).map(([format, f]) => ({ label: f.label, detail: f.detail, format: format as BibliographyFormat }));
  return (await vscode.window.showQuickPick(items, { title: 'Export Bibliography: format' }))?.format;
}

async function pickScope(article: vscode.TextDocument): Promise<ExportBibliographyArgs['scope']> {
  const name = vscode.workspace.asRelativePath(article.uri);
  const items = [
    { label: 'Every article of the corpus', scope: 'corpus' as const },
    { label: `This article: ${name}`, scope: 'article' as const },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Export Bibliography: of' }))?.scope;
}

async function corpusItems(store: SourcesStore): Promise<CslItem[]> {
  await store.ready;
  return bibliographyItems(store.register.works(), store.files());
}

async function articleItems(store: SourcesStore, article: vscode.TextDocument): Promise<CslItem[]> {
  const sources = await store.sourcesOf(article);
  const register = new SourceRegister();
  register.set(store.nameOf(article.uri) ?? vscode.workspace.asRelativePath(article.uri), sources?.notes ?? []);
  return bibliographyItems(register.works(), register.files());
}
