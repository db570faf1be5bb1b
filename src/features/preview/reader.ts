// The Opis Reader: `opis.openReader` opens a Reader panel of a Markdown document beside its editor, one per
// document. The built-in preview cannot carry annotation: it runs no command links, and its scripts have no channel
// to an extension. A Reader left open comes back after a reload of the window (a serializer, with the document
// and the line at the top of its page as the page's state), and it is one of the article's views the Argument
// view reveals passages in and follows.
import * as vscode from 'vscode';
import type { ArticleViews, ArticleScroll } from '../shared/articleViews';
import type { PreviewDataSource } from './previewData';
import { ReaderPanel, readerTitle, readerWebviewOptions, type ReaderAssets } from './readerPanel';

export const READER_VIEW_TYPE = 'opis.reader';
const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';

/** The state a Reader page keeps, read back defensively: it comes from storage. */
export function readerState(state: unknown): { uri: vscode.Uri; line: number } | undefined {
  const { uri, line } = (state ?? {}) as { uri?: unknown; line?: unknown };
  if (typeof uri !== 'string' || !uri) return undefined;
  try {
    return { uri: vscode.Uri.parse(uri, true), line: typeof line === 'number' && Number.isFinite(line) && line > 0 ? line : 0 };
  } catch {
    return undefined;
  }
}

/** The Markdown document to read: the one given, else the active or a visible Markdown editor's. */
function documentToRead(uri: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
  return editors.find(e => e?.document.languageId === 'markdown')?.document.uri;
}

/** The open Reader panels; what `opis.reader.inspect` returns, for the extension's tests. */
export class Readers implements ArticleViews, vscode.Disposable {
  readonly panels = new Map<string, ReaderPanel>();
  private readonly scrolled = new vscode.EventEmitter<ArticleScroll>();
  readonly onDidScroll = this.scrolled.event;

  constructor(
    private readonly assets: ReaderAssets,
    private readonly canAnnotate: boolean,
    /** The preview's data; its `onDidChange` tells the extension's tests when the previews were refreshed. */
    readonly data: PreviewDataSource,
  ) {}

  /** Makes `panel` the Reader of `uri`: a new panel, or one VS Code restores after a reload. */
  adopt(uri: vscode.Uri, panel: vscode.WebviewPanel, startLine = 0): ReaderPanel {
    panel.title = readerTitle(uri);
    panel.webview.options = readerWebviewOptions(this.assets);
    const reader = new ReaderPanel(uri, panel, this.assets, this.canAnnotate, this.data, line => this.scrolled.fire({ uri, line }), startLine);
    this.panels.get(uri.toString())?.panel.dispose();
    this.panels.set(uri.toString(), reader);
    panel.onDidDispose(() => {
      if (this.panels.get(uri.toString()) === reader) this.panels.delete(uri.toString());
      reader.dispose();
    });
    return reader;
  }

  /** Restores a Reader from the state its page kept; a state that names no document closes the panel. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = readerState(state);
    if (!saved) {
      panel.dispose();
      return;
    }
    await this.adopt(saved.uri, panel, saved.line).update();
  }

  reveal(uri: vscode.Uri, line: number): void {
    this.panels.get(uri.toString())?.reveal(line);
  }

  topLine(uri: vscode.Uri): number | undefined {
    return this.panels.get(uri.toString())?.topLine;
  }

  /** Leaves the panels open: the window keeps them, to restore after a reload. */
  dispose(): void {
    this.panels.forEach(p => p.dispose());
    this.scrolled.dispose();
  }
}

/** `opis.openReader` opens (or shows) the Reader of a Markdown document beside its editor. */
export function registerReader(context: vscode.ExtensionContext, data: PreviewDataSource, canAnnotate: boolean): Readers {
  const markdown = vscode.extensions.getExtension(MARKDOWN_EXTENSION)?.extensionUri;
  const readers = new Readers({ extension: context.extensionUri, markdown }, canAnnotate, data);
  context.subscriptions.push(
    readers,
    vscode.window.registerWebviewPanelSerializer(READER_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => readers.restore(panel, state) }),
    vscode.commands.registerCommand('opis.reader.inspect', () => readers),
    vscode.commands.registerCommand('opis.openReader', async (target?: unknown) => {
      const uri = documentToRead(target);
      if (!uri) {
        void vscode.window.showInformationMessage('Opis: open a Markdown article first, then its Reader.');
        return;
      }
      const known = readers.panels.get(uri.toString());
      if (known) {
        known.panel.reveal(vscode.ViewColumn.Beside);
        return;
      }
      // a reader comes back to the place where they left off, and the page keeps the content sent since it opened
      const panel = vscode.window.createWebviewPanel(READER_VIEW_TYPE, readerTitle(uri), vscode.ViewColumn.Beside, { retainContextWhenHidden: true });
      await readers.adopt(uri, panel).update();
    }),
  );
  return readers;
}
