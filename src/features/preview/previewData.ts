// The corpus data the preview's markdown-it plugin reads synchronously: each folder's CorpusData once loaded,
// the opis.highlight.* settings, the document's shared index, and its annotations where the host keeps them. A
// render before the data is ready gets plain footnotes and starts the load, one before the version's index is
// made and its notes analysed gets the last such index and starts making them in turns; the preview is refreshed
// when either arrives, and again whenever the data, the settings or the annotations change.
import * as vscode from 'vscode';
import { analysedDocumentNotes, analyseDocumentNotesInTurns, archivalOptions, type ArchivalOptions } from '../../core/citations';
import { sharedDocumentIndexCache, type DocumentIndex } from '../../core/document';
import type { SourceAnnotation } from '../../core/preview';
import type { CorpusData, CorpusFolderData } from '../shared/corpusData';
import type { PreviewData } from './markdownItPlugin';

/** What the preview needs of the annotations (kept by the desktop host). */
export interface PreviewAnnotationSource {
  /** The annotations of an open document whose passages are found, with their offsets in its text. */
  inDocument(uri: vscode.Uri): readonly SourceAnnotation[];
  /** Fires when what the annotations show changes; not when their passages only move with an edit. */
  readonly onDidChange: vscode.Event<void>;
}

const HIGHLIGHT = 'opis.highlight';

/** The preview passes the rendered document's URI in the render env. */
function documentUri(env: unknown): vscode.Uri | undefined {
  const current = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  return current instanceof vscode.Uri ? current : undefined;
}

export class PreviewDataSource implements vscode.Disposable {
  private readonly ready = new Map<string, CorpusFolderData>();
  private readonly loading = new Set<string>();
  /** The version whose index is being made, by document. */
  private readonly building = new Map<string, number>();
  /** The index each open document was last rendered with, analysed: what a stale rendering shows. */
  private readonly shown = new Map<string, DocumentIndex>();
  private generation = 0;
  /** Counts the annotations' changes, so a rendering keyed on it is never served from before one. */
  private annotationChanges = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly served = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  /** Fires whenever the previews are refreshed for new data, settings or annotations. */
  readonly onDidChange = this.changed.event;
  /** Renderings given the corpus data, and those given an earlier version's index (for the extension's tests). */
  readonly counters = { renderings: 0, stale: 0 };
  /** Fires when a rendering was given the corpus data. */
  readonly onDidServe = this.served.event;

  constructor(
    private readonly corpus: CorpusData,
    private readonly annotations?: PreviewAnnotationSource,
  ) {
    this.disposables = [
      this.changed,
      this.served,
      corpus.onDidChange(() => {
        this.generation++;
        this.ready.clear();
        this.loading.clear();
        this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument(d => this.shown.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration(HIGHLIGHT)) this.refresh();
      }),
      ...(annotations
        ? [
            annotations.onDidChange(() => {
              this.annotationChanges++;
              this.refresh();
            }),
          ]
        : []),
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
    const data = { sources, kinds, ...(document && this.indexOf(document, archivalOptions(sources.glossary))), annotations: uri && this.annotationsOf(uri) };
    this.counters.renderings++;
    if (data.stale) this.counters.stale++;
    this.served.fire();
    return data;
  }

  /**
   * This version's index once made and its notes analysed; else the last such index of the document, marked
   * stale, while this version's is made and analysed in turns and the previews are then refreshed. The preview
   * renders synchronously: a parse or an analysis of the notes here would hold the host.
   */
  private indexOf(document: vscode.TextDocument, options: ArchivalOptions): Pick<PreviewData, 'index' | 'stale' | 'document'> {
    const key = document.uri.toString();
    const ready = (index: DocumentIndex | undefined) => (index && analysedDocumentNotes(index, options) ? index : undefined);
    const exact = ready(sharedDocumentIndexCache.get(key, document.version));
    if (exact) {
      this.shown.set(key, exact);
      return { index: () => exact, document: key };
    }
    if (this.building.get(key) !== document.version) {
      const version = document.version;
      this.building.set(key, version);
      void sharedDocumentIndexCache
        .obtainAsync(key, version, () => document.getText())
        .then(async index => {
          if (!index) return;
          await analyseDocumentNotesInTurns(index, options);
          if (document.version === version) this.refresh();
        })
        .catch(err => this.corpus.log.error(`indexing ${key} for the preview failed: ${String(err)}`))
        .finally(() => {
          if (this.building.get(key) === version) this.building.delete(key);
        });
    }
    const latest = ready(this.shown.get(key)) ?? ready(sharedDocumentIndexCache.latest(key)?.index);
    return { index: () => latest, stale: true, document: key };
  }

  private annotationsOf(uri: vscode.Uri): PreviewData['annotations'] {
    const placed = this.annotations?.inDocument(uri);
    if (!placed?.length) return undefined;
    // Passages move with edits without a change event: their offsets are part of the key.
    const key = `${this.annotationChanges}:${placed.map(p => `${p.annotation.id}@${p.start}-${p.end}`).join(',')}`;
    return { key, list: placed };
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
    this.changed.fire();
  }
}
