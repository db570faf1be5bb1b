// The Opis Reader: the article as VS Code's Markdown preview renders it (markdown.api.render, so with Opis's
// plugin and the preview's own styles) in a webview of Opis's own, where a selected passage can be annotated.
// The built-in preview cannot carry that: it runs no command links, and its scripts have no channel to an
// extension. The page's policy admits only the Reader's own scripts and styles and inline images: corpus markup
// cannot run, load a remote image or follow a command link.
import * as vscode from 'vscode';
import { sharedDocumentIndexCache } from '../../core/document';
import { passageSource, postedPassage, readingText } from '../../core/preview';
import type { PreviewDataSource } from './previewData';

const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';
/** Edits typed in a row update the page once. */
const TYPING_PAUSE_MS = 300;

/** One Reader panel per document. */
class ReaderPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private shown = false;
  private rendering = Promise.resolve();

  constructor(
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private readonly assets: { extension: vscode.Uri; markdown: vscode.Uri | undefined },
    private readonly canAnnotate: boolean,
    data: PreviewDataSource,
  ) {
    this.disposables.push(
      data.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document.uri.toString() !== uri.toString()) return;
        clearTimeout(this.pending);
        this.pending = setTimeout(() => this.update(), TYPING_PAUSE_MS);
      }),
      panel.webview.onDidReceiveMessage((message: { type?: unknown; passage?: unknown }) => {
        const passage = message?.type === 'annotate' ? postedPassage(message.passage) : undefined;
        if (passage) void this.annotate(passage);
      }),
    );
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const d of this.disposables) d.dispose();
  }

  /** Renders the document again: the first time as the whole page, then as new content for the page's script. */
  update(): Promise<void> {
    this.rendering = this.rendering.then(async () => {
      const document = await vscode.workspace.openTextDocument(this.uri);
      const html = (await vscode.commands.executeCommand<string>('markdown.api.render', document)) ?? '';
      if (this.shown) {
        await this.panel.webview.postMessage({ type: 'update', html });
      } else {
        this.panel.webview.html = this.page(html);
        this.shown = true;
      }
    });
    return this.rendering;
  }

  private page(body: string): string {
    const { webview } = this.panel;
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
    const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.assets.extension, ...path)).toString();
    const markdownCss = this.assets.markdown ? `<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(this.assets.markdown, 'media', 'markdown.css')).toString()}">` : '';
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource} data:; font-src ${webview.cspSource}; script-src 'nonce-${nonce}'; form-action 'none'; base-uri 'none';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${markdownCss}
<link rel="stylesheet" href="${asset('media', 'preview', 'reading.css')}">
</head>
<body class="vscode-body opis-reader" data-opis-annotate="${this.canAnnotate}">
<div class="markdown-body" dir="auto">${body}</div>
<script nonce="${nonce}" src="${asset('media', 'preview', 'popover.js')}"></script>
<script nonce="${nonce}" src="${asset('dist', 'webview', 'reader.js')}"></script>
</body>
</html>`;
  }

  /** Finds the passage in the source, selects it in an editor and opens the new annotation's thread there. */
  private async annotate(passage: NonNullable<ReturnType<typeof postedPassage>>): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const index = sharedDocumentIndexCache.obtain(document.uri.toString(), document.version, () => document.getText());
    const found = passageSource(index.memo(readingText, readingText), passage);
    if ('problem' in found) {
      void vscode.window.showWarningMessage(`Opis could not find the selected passage in ${vscode.workspace.asRelativePath(this.uri)} (${found.problem}): select it in the editor and run Annotate Selection.`);
      return;
    }
    const open = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
    const column = open?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const selection = new vscode.Selection(document.positionAt(found.start), document.positionAt(found.end));
    await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
    await vscode.commands.executeCommand('opis.annotateSelection');
  }
}

/** The Markdown document to read: the one given, else the active or a visible Markdown editor's. */
function documentToRead(uri: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
  return editors.find(e => e?.document.languageId === 'markdown')?.document.uri;
}

/** `opis.openReader`: opens (or shows) the Reader of a Markdown document beside its editor. */
export function registerReader(context: vscode.ExtensionContext, data: PreviewDataSource, canAnnotate: boolean): void {
  const panels = new Map<string, ReaderPanel>();
  const markdown = vscode.extensions.getExtension(MARKDOWN_EXTENSION)?.extensionUri;
  const assets = { extension: context.extensionUri, markdown };
  context.subscriptions.push(
    { dispose: () => panels.forEach(p => p.dispose()) },
    vscode.commands.registerCommand('opis.openReader', async (target?: unknown) => {
      const uri = documentToRead(target);
      if (!uri) {
        void vscode.window.showInformationMessage('Opis: open a Markdown article first, then its Reader.');
        return;
      }
      const known = panels.get(uri.toString());
      if (known) {
        known.panel.reveal(vscode.ViewColumn.Beside);
        return;
      }
      const roots = [vscode.Uri.joinPath(context.extensionUri, 'media'), vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview'), ...(markdown ? [vscode.Uri.joinPath(markdown, 'media')] : [])];
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const panel = vscode.window.createWebviewPanel('opis.reader', `Reader: ${name}`, vscode.ViewColumn.Beside, {
        enableScripts: true,
        enableForms: false,
        enableCommandUris: false,
        // a reader comes back to the place where they left off, and the page keeps the content sent since it opened
        retainContextWhenHidden: true,
        localResourceRoots: roots,
      });
      const reader = new ReaderPanel(uri, panel, assets, canAnnotate, data);
      panels.set(uri.toString(), reader);
      panel.onDidDispose(() => {
        panels.delete(uri.toString());
        reader.dispose();
      });
      await reader.update();
    }),
  );
}
