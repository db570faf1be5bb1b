// The corpus data the preview's markdown-it plugin reads synchronously: each folder's CorpusData once loaded,
// the opis.highlight.* settings, and the document's shared index when the editor has built it. A render before
// the data is ready gets plain footnotes and starts the load; the preview is refreshed when it arrives, and
// again whenever the data or the settings change.
import * as vscode from 'vscode';
import { sharedDocumentIndexCache } from '../../core/document';
import type { CorpusData, CorpusFolderData } from '../shared/corpusData';
import type { PreviewData } from './markdownItPlugin';

const HIGHLIGHT = 'opis.highlight';

/** The preview passes the rendered document's URI in the render env. */
function documentUri(env: unknown): vscode.Uri | undefined {
  const current = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  return current instanceof vscode.Uri ? current : undefined;
}

export class PreviewDataSource implements vscode.Disposable {
  private readonly ready = new Map<string, CorpusFolderData>();
  private readonly loading = new Set<string>();
  private generation = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly corpus: CorpusData) {
    this.disposables = [
      corpus.onDidChange(() => {
        this.generation++;
        this.ready.clear();
        this.loading.clear();
        this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration(HIGHLIGHT)) this.refresh();
      }),
    ];
    for (const folder of [undefined, ...(vscode.workspace.workspaceFolders ?? []).map(f => f.uri)]) this.load(folder);
  }

  dataFor(env: unknown): PreviewData | undefined {
    const uri = documentUri(env);
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri)?.uri;
    const sources = this.ready.get(folder?.toString() ?? '');
    if (!sources) {
      this.load(folder);
      return undefined;
    }
    const config = vscode.workspace.getConfiguration(HIGHLIGHT, uri);
    const kinds = {
      romanized: config.get('romanized', true),
      glossaryTerms: config.get('glossaryTerms', true),
      officials: config.get('officials', true),
    };
    const document = uri && vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    const index = document && (() => sharedDocumentIndexCache.obtain(document.uri.toString(), document.version, () => document.getText()));
    return { sources, kinds, index };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private load(folder: vscode.Uri | undefined): void {
    const key = folder?.toString() ?? '';
    if (this.ready.has(key) || this.loading.has(key)) return;
    this.loading.add(key);
    const generation = this.generation;
    void this.corpus.forFolder(folder).then(
      data => {
        if (generation !== this.generation) return;
        this.ready.set(key, data);
        this.refresh();
      },
      err => this.corpus.log.error(`loading the corpus data for the preview failed: ${String(err)}`),
    );
  }

  private refresh(): void {
    void vscode.commands.executeCommand('markdown.preview.refresh');
  }
}
