// One Opis Reader panel: the article as VS Code's Markdown preview renders it (markdown.api.render, so with Opis's
// plugin and the preview's own styles) in a webview of Opis's own, where a selected passage can be annotated. The
// page's policy admits only the Reader's own scripts and styles and inline images: corpus markup cannot run, load
// a remote image or follow a command link. The page scrolls to a source line on request and reports the line at
// its top, which it also keeps as its state for a restore.
import * as vscode from 'vscode';
import { escapeHtml } from '../../core/cards';
import { sharedDocumentIndexCache } from '../../core/document';
import { passageSource, postedPassage, readingText } from '../../core/preview';
import type { PreviewDataSource } from './previewData';

/** Edits typed in a row update the page once. */
const TYPING_PAUSE_MS = 300;

export interface ReaderAssets {
  extension: vscode.Uri;
  /** VS Code's Markdown extension, whose preview styles the Reader uses. */
  markdown: vscode.Uri | undefined;
}

/** What the Reader's webview may load and run, for a new panel and a restored one alike. */
export function readerWebviewOptions(assets: ReaderAssets): vscode.WebviewOptions {
  const roots = [vscode.Uri.joinPath(assets.extension, 'media'), vscode.Uri.joinPath(assets.extension, 'dist', 'webview')];
  if (assets.markdown) roots.push(vscode.Uri.joinPath(assets.markdown, 'media'));
  return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: roots };
}

export function readerTitle(uri: vscode.Uri): string {
  return `Reader: ${uri.path.slice(uri.path.lastIndexOf('/') + 1)}`;
}

export class ReaderPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private shown = false;
  private rendering = Promise.resolve();
  /** Whether the page's script has said it listens; until then the host keeps the line to open at. */
  private ready = false;
  /** The source line a page not yet written opens at. */
  private openAt: number;
  /** A line asked for after the page was written, before it listened. */
  private revealOnReady: number | undefined;
  /** The source line the page last reported at its top. */
  topLine: number | undefined;

  constructor(
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    private readonly assets: ReaderAssets,
    private readonly canAnnotate: boolean,
    data: PreviewDataSource,
    private readonly scrolled: (line: number) => void,
    startLine = 0,
  ) {
    // a restored page opens where it was left
    this.openAt = startLine;
    this.disposables.push(
      data.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document.uri.toString() !== uri.toString()) return;
        clearTimeout(this.pending);
        this.pending = setTimeout(() => this.update(), TYPING_PAUSE_MS);
      }),
      panel.webview.onDidReceiveMessage((message: { type?: unknown; passage?: unknown; line?: unknown }) => {
        if (message?.type === 'ready') {
          // the page placed itself (where it was written to open, or where its kept state left it); only a line
          // asked for since it was written is sent, so a reader who scrolled at once is not moved back
          this.ready = true;
          if (this.revealOnReady !== undefined) void panel.webview.postMessage({ type: 'reveal', line: this.revealOnReady });
          this.revealOnReady = undefined;
          return;
        }
        if (message?.type === 'scroll' && typeof message.line === 'number' && Number.isFinite(message.line)) {
          this.topLine = message.line;
          this.scrolled(message.line);
          return;
        }
        const passage = message?.type === 'annotate' ? postedPassage(message.passage) : undefined;
        if (passage) void this.annotate(passage);
      }),
    );
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const d of this.disposables) d.dispose();
  }

  /** Scrolls the page to source line `line` (a hidden page when it shows again). */
  reveal(line: number): void {
    if (this.ready) void this.panel.webview.postMessage({ type: 'reveal', line });
    else if (this.shown) this.revealOnReady = line;
    else this.openAt = line;
  }

  /** Renders the document again: the first time as the whole page, then as new content for the page's script. */
  update(): Promise<void> {
    this.rendering = this.rendering.then(async () => {
      let document: vscode.TextDocument;
      try {
        document = await vscode.workspace.openTextDocument(this.uri);
      } catch (err) {
        this.panel.webview.html = this.page(`<p>Opis could not open ${escapeHtml(this.uri.toString(true))}: ${escapeHtml(String(err))}</p>`);
        return;
      }
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
<body class="vscode-body opis-reader" data-opis-annotate="${this.canAnnotate}" data-opis-document="${escapeHtml(this.uri.toString())}" data-opis-line="${this.openAt}">
<div class="markdown-body" dir="auto">${body}</div>
<script nonce="${nonce}" src="${asset('media', 'preview', 'popover.js')}"></script>
<script nonce="${nonce}" src="${asset('dist', 'webview', 'reader.js')}"></script>
</body>
</html>`;
  }

  /** Finds the passage in the source, selects it in an editor and opens the new annotation's thread there. */
  private async annotate(passage: NonNullable<ReturnType<typeof postedPassage>>): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const key = document.uri.toString();
    // made in turns; only an edit while it is made (which stops it) leaves a parse of the new version here
    const index = (await sharedDocumentIndexCache.obtainAsync(key, document.version, () => document.getText())) ?? sharedDocumentIndexCache.obtain(key, document.version, () => document.getText());
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
