// The annotations of the open workspace: one store per workspace folder, the live range of each annotation
// in open documents (following edits), re-anchoring when a document opens or changes outside the editor,
// and refreshing the stored selectors once a document matches its file on disk.
import * as vscode from 'vscode';
import { applyChanges, type OffsetRange } from '../../core/anchoring';
import {
  AnnotationStore,
  anchorAnnotation,
  authorsOf,
  CodePointIndex,
  selectorsAt,
  SingleFileLayout,
  type Annotation,
  type AnnotationEdit,
  type Json,
  type NewAnnotation,
  type Reply,
  type StoreStatus,
} from '../../core/annotations';
import { nodeStoreFileSystem } from '../../node/nodeStoreFileSystem';
import { workspaceLayout } from '../../node/openStore';
import { creatorName } from '../../node/userName';
import { uriInsideFolder } from '../shared/checkedFiles';

/** Where an annotation is: a range in an open document, or an orphan with the reason. */
export type Placement = { range: OffsetRange } | { orphan: string };

export interface PlacedAnnotation {
  annotation: Annotation;
  /** Undefined when the annotation's source lies outside its folder: that path is never read or opened. */
  uri: vscode.Uri | undefined;
  placement: Placement | undefined;
}

/**
 * Where notes on files outside the workspace folders are kept: the article shipped with Opis (sources relative
 * to the extension, so they survive updates) and any other local file (sources relative to the file system
 * root), each in a store of its own in the extension's global storage.
 */
export interface OutsideStores {
  extensionUri: vscode.Uri;
  globalStorageUri: vscode.Uri;
}

const FILE_SYSTEM_ROOT = vscode.Uri.file('/');

export class AnnotationWorkspace implements vscode.Disposable {
  /** By the URI its sources are relative to: a workspace folder, the extension, or the file system root. */
  private readonly stores = new Map<string, AnnotationStore>();
  /** Per open document URI: where each of its annotations is. */
  private readonly placements = new Map<string, Map<string, Placement>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private warnedUntrusted = false;
  readonly onDidChange = this.changed.event;
  readonly ready: Promise<void>;

  constructor(private readonly outside: OutsideStores) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(doc => this.anchorDocument(doc)),
      vscode.workspace.onDidCloseTextDocument(doc => this.placements.delete(doc.uri.toString())),
      vscode.workspace.onDidChangeTextDocument(e => this.followEdits(e)),
      vscode.workspace.onDidSaveTextDocument(doc => this.anchorDocument(doc)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.saveAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.openStores()),
    );
    this.ready = this.openStores();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Every annotation of every store, with its URI and, for open documents, its placement. */
  all(): PlacedAnnotation[] {
    const out: PlacedAnnotation[] = [];
    for (const [key, store] of this.stores) {
      const root = vscode.Uri.parse(key);
      for (const annotation of store.annotations) {
        const found = uriInsideFolder(root, annotation.source);
        if ('problem' in found) out.push({ annotation, uri: undefined, placement: { orphan: found.problem } });
        else out.push({ annotation, uri: found.uri, placement: this.placements.get(found.uri.toString())?.get(annotation.id) });
      }
    }
    return out;
  }

  /** The annotations of an open document, each with its current placement. */
  inDocument(doc: vscode.TextDocument): { annotation: Annotation; placement: Placement }[] {
    const placed = this.placements.get(doc.uri.toString());
    if (!placed) return [];
    const store = this.storeFor(doc.uri);
    return [...placed].flatMap(([id, placement]) => {
      const annotation = store?.get(id);
      return annotation ? [{ annotation, placement }] : [];
    });
  }

  find(id: string): { annotation: Annotation; store: AnnotationStore } | undefined {
    for (const store of this.stores.values()) {
      const annotation = store.get(id);
      if (annotation) return { annotation, store };
    }
    return undefined;
  }

  /** Whether this reader wrote it: its creator is the name this window writes under in its store. */
  isMine(annotation: Annotation): boolean {
    return annotation.creator !== undefined && this.find(annotation.id)?.store.creator === annotation.creator;
  }

  /** Everyone who wrote an annotation or a reply. */
  authors(): string[] {
    return authorsOf(this.all().map(p => p.annotation));
  }

  tags(): string[] {
    return [...new Set([...this.stores.values()].flatMap(s => s.tags()))].sort((a, b) => a.localeCompare(b));
  }

  /** Annotations and replies changed in two places (a merge, another window), with every version, in every store. */
  conflicts(): { id: string; versions: Json[] }[] {
    return [...this.stores.values()].flatMap(store => store.conflicts());
  }

  /** Keeps the version at `index` of a conflict, finds its passage again and saves. */
  async resolve(id: string, index: number): Promise<boolean> {
    const store = [...this.stores.values()].find(s => s.conflicts().some(c => c.id === id));
    if (!store?.resolve(id, index)) return false;
    for (const doc of vscode.workspace.textDocuments) if (this.storeFor(doc.uri) === store) this.anchorDocument(doc, false);
    await this.persist(store);
    return true;
  }

  /** The source of a document as its store records it (a path relative to the store's root), if it has a store. */
  sourceOf(uri: vscode.Uri): string | undefined {
    const root = this.rootOf(uri);
    if (!root) return undefined;
    const rel = uri.path.slice(root.path.replace(/\/$/, '').length + 1);
    return rel || undefined;
  }

  /** A workspace folder holding the file, else the extension for its own files, else the file system root. */
  private rootOf(uri: vscode.Uri): vscode.Uri | undefined {
    if (uri.scheme !== 'file') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) return folder.uri.scheme === 'file' ? folder.uri : undefined;
    const extension = this.outside.extensionUri;
    return uri.path.startsWith(`${extension.path.replace(/\/$/, '')}/`) ? extension : FILE_SYSTEM_ROOT;
  }

  async create(doc: vscode.TextDocument, range: vscode.Range, fields: Pick<NewAnnotation, 'note' | 'tags' | 'category'>): Promise<Annotation | undefined> {
    const store = this.storeFor(doc.uri);
    const source = this.sourceOf(doc.uri);
    if (!store || !source) {
      void vscode.window.showWarningMessage(`Opis cannot keep annotations on ${doc.uri.scheme}: documents; save the file to disk first.`);
      return undefined;
    }
    const text = doc.getText();
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const annotation = store.add({ source, ...selectorsAt(text, start, end), ...fields });
    this.placementsOf(doc).set(annotation.id, { range: { start, end } });
    await this.persist(store);
    return annotation;
  }

  async update(id: string, edit: AnnotationEdit): Promise<Annotation | undefined> {
    const found = this.find(id);
    if (!found) return undefined;
    const updated = found.store.update(id, edit);
    await this.persist(found.store);
    return updated;
  }

  async remove(id: string): Promise<Annotation | undefined> {
    const found = this.find(id);
    const removed = found?.store.remove(id);
    if (found && removed) await this.persist(found.store);
    return removed;
  }

  /** Puts back annotations (a deleted one on undo, imported ones) in the store of `uri` and finds their
   * passages; returns how many were new. */
  async restore(annotations: readonly Annotation[], uri: vscode.Uri): Promise<number> {
    const store = this.storeFor(uri);
    if (!store) return 0;
    const added = store.restore(annotations).added.length;
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (doc) this.anchorDocument(doc, false);
    await this.persist(store);
    return added;
  }

  async reply(id: string, note: string): Promise<Reply | undefined> {
    const found = this.find(id);
    const reply = found?.store.addReply(id, note);
    if (found && reply) await this.persist(found.store);
    return reply;
  }

  async editReply(id: string, replyId: string, note: string): Promise<Reply | undefined> {
    const found = this.find(id);
    const reply = found?.store.updateReply(id, replyId, note);
    if (found && reply) await this.persist(found.store);
    return reply;
  }

  async removeReply(id: string, replyId: string): Promise<Reply | undefined> {
    const found = this.find(id);
    const reply = found?.store.removeReply(id, replyId);
    if (found && reply) await this.persist(found.store);
    return reply;
  }

  /** Attaches an annotation (typically an orphan) to a new passage, possibly in another file of the same folder. */
  async reattach(id: string, doc: vscode.TextDocument, range: vscode.Range): Promise<boolean> {
    const found = this.find(id);
    const source = this.sourceOf(doc.uri);
    if (!found || !source || this.storeFor(doc.uri) !== found.store) return false;
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    for (const placed of this.placements.values()) placed.delete(id);
    found.store.update(id, { source, ...selectorsAt(doc.getText(), start, end) });
    this.placementsOf(doc).set(id, { range: { start, end } });
    await this.persist(found.store);
    return true;
  }

  storeFor(uri: vscode.Uri): AnnotationStore | undefined {
    const root = this.rootOf(uri);
    return root && this.stores.get(root.toString());
  }

  private placementsOf(doc: vscode.TextDocument): Map<string, Placement> {
    const key = doc.uri.toString();
    let placed = this.placements.get(key);
    if (!placed) this.placements.set(key, (placed = new Map()));
    return placed;
  }

  private async openStores(): Promise<void> {
    await this.openOutsideStores();
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const folder of folders) {
      const key = folder.uri.toString();
      if (this.stores.has(key) || folder.uri.scheme !== 'file') continue;
      // Restricted Mode: nothing is written into the workspace (no lock, copy or migration); copies of damaged
      // files go to the extension's storage.
      const store = new AnnotationStore(nodeStoreFileSystem, workspaceLayout(folder.uri.fsPath), {
        creator: await creatorName(folder.uri.fsPath, configuredCreator()),
        trusted: () => vscode.workspace.isTrusted,
        keepFolder: vscode.workspace.isTrusted ? undefined : vscode.Uri.joinPath(this.outside.globalStorageUri, 'damaged').fsPath,
      });
      this.stores.set(key, store);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '.opis/{annotations.json,annotations/*.json}'));
      const reload = () => void this.load(store);
      this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
      await this.load(store);
    }
  }

  /** The two stores in global storage, opened once. */
  private async openOutsideStores(): Promise<void> {
    const outside: [vscode.Uri, string][] = [
      [this.outside.extensionUri, 'bundled-annotations.json'],
      [FILE_SYSTEM_ROOT, 'annotations.json'],
    ];
    for (const [root, name] of outside) {
      if (this.stores.has(root.toString())) continue;
      const file = vscode.Uri.joinPath(this.outside.globalStorageUri, name);
      const store = new AnnotationStore(nodeStoreFileSystem, new SingleFileLayout(file.fsPath, f => vscode.Uri.joinPath(vscode.Uri.file(f), '..').fsPath), {
        creator: await creatorName(this.outside.globalStorageUri.fsPath, configuredCreator()),
      });
      this.stores.set(root.toString(), store);
      await this.load(store);
    }
  }

  /** Reads a store (merging outside changes) and re-anchors every open document. */
  private async load(store: AnnotationStore): Promise<void> {
    try {
      report(await store.load());
    } catch (err) {
      // Unreadable, not corrupt (a directory, no permission): nothing is written over it, notes made now stay in memory.
      void vscode.window.showErrorMessage(`Opis could not read annotations from ${store.file}: ${err instanceof Error ? err.message : String(err)}. Notes made now are kept in memory and saved once it can be read.`);
    }
    for (const doc of vscode.workspace.textDocuments) if (this.storeFor(doc.uri) === store) this.anchorDocument(doc, false);
    this.changed.fire();
  }

  /**
   * Finds every annotation of the document in its current text. The stored selectors are left as written: a
   * refresh would count as a change here, so a note a pull or a colleague deleted meanwhile would be kept and
   * written back, and every reader's window would rewrite the shared files.
   */
  private anchorDocument(doc: vscode.TextDocument, notify = true): void {
    const store = this.storeFor(doc.uri);
    const source = this.sourceOf(doc.uri);
    if (!store || !source) return;
    const mine = store.annotations.filter(a => a.source === source);
    if (!mine.length && !this.placements.has(doc.uri.toString())) return;
    const text = doc.getText();
    const points = new CodePointIndex(text);
    const placed = new Map<string, Placement>();
    for (const annotation of mine) {
      const found = anchorAnnotation(text, annotation, points);
      if (found.status === 'orphaned') {
        placed.set(annotation.id, { orphan: found.reason });
        continue;
      }
      placed.set(annotation.id, { range: { start: found.start, end: found.end } });
    }
    this.placements.set(doc.uri.toString(), placed);
    if (notify) this.changed.fire();
  }

  /** Moves ranges with the edits; a passage that an edit replaced whole (e.g. a reload from disk) is searched for. */
  private followEdits(e: vscode.TextDocumentChangeEvent): void {
    const placed = this.placements.get(e.document.uri.toString());
    if (!placed || !e.contentChanges.length) return;
    const changes = e.contentChanges.map(c => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
    const store = this.storeFor(e.document.uri);
    let text: string | undefined;
    let points: CodePointIndex | undefined;
    // Undo and redo may bring an orphan's passage back; ordinary typing cannot, so orphans are not searched then.
    const retryOrphans = e.reason !== undefined;
    for (const [id, placement] of placed) {
      if (!('range' in placement) && !retryOrphans) continue;
      const range = 'range' in placement ? applyChanges(placement.range, changes) : undefined;
      if (range) {
        placed.set(id, { range });
        continue;
      }
      const annotation = store?.get(id);
      if (!annotation) continue;
      text ??= e.document.getText();
      points ??= new CodePointIndex(text);
      const found = anchorAnnotation(text, annotation, points);
      placed.set(id, found.status === 'anchored' ? { range: { start: found.start, end: found.end } } : { orphan: found.reason });
    }
    this.changed.fire();
  }

  private async saveAll(): Promise<void> {
    for (const store of this.stores.values()) await this.persist(store, false);
  }

  /** Saves a store, unless the workspace is untrusted (then says so once); reports an unreadable store. */
  private async persist(store: AnnotationStore, notify = true): Promise<void> {
    if (notify) this.changed.fire();
    if (!vscode.workspace.isTrusted) {
      if (!this.warnedUntrusted) {
        this.warnedUntrusted = true;
        void vscode.window.showWarningMessage('Opis is in Restricted Mode: annotations are shown but not written to .opis/annotations.json until you trust this workspace. Notes made now are kept until then.');
      }
      return;
    }
    try {
      report(await store.save());
    } catch (err) {
      void vscode.window.showErrorMessage(`Opis could not save annotations to ${store.file}: ${err instanceof Error ? err.message : String(err)}. They are kept in memory and saved with the next change.`);
    }
  }
}

function configuredCreator(): string | undefined {
  return vscode.workspace.getConfiguration('opis').get<string>('annotations.creator') || undefined;
}

/** Problems as errors; notices (duplicate ids renamed, conflicts left by git) as information. */
function report(status: StoreStatus): void {
  if (!status.messages.length) return;
  const text = `Opis: ${status.messages.join('. ')}.`;
  void (status.ok ? vscode.window.showInformationMessage(text) : vscode.window.showErrorMessage(text));
}
