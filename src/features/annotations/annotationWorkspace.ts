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
  moveAnnotation,
  selectorsAt,
  SingleFileLayout,
  type Annotation,
  type AnnotationEdit,
  type Json,
  type NewAnnotation,
  type Reply,
  type StoreStatus,
} from '../../core/annotations';
import { confinedStoreFileSystem } from '../../node/confinedStoreFileSystem';
import { nodeStoreFileSystem } from '../../node/nodeStoreFileSystem';
import { workspaceLayout } from '../../node/openStore';
import { privateLayout, privateStoreFolder } from '../../node/privateStore';
import { creatorIdentity } from '../../node/userName';
import { maxFileBytes, uriInsideFolder, warnOnce } from '../shared/checkedFiles';

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
  /** By workspace folder: the reader's private annotations, in the extension's global storage, never committed. */
  private readonly privateStores = new Map<string, AnnotationStore>();
  /** Per open document URI: where each of its annotations is. */
  private readonly placements = new Map<string, Map<string, Placement>>();
  /** The folder each store asks git who the reader is. */
  private readonly identityFolders = new Map<AnnotationStore, string>();
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
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('opis.annotations.creator') || e.affectsConfiguration('opis.annotations.includeEmail')) void this.updateIdentities();
      }),
    );
    this.ready = this.openStores();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Every annotation of every store, with its URI and, for open documents, its placement. */
  all(): PlacedAnnotation[] {
    const out: PlacedAnnotation[] = [];
    for (const [key, store] of [...this.stores, ...this.privateStores]) {
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
    const stores = this.storesFor(doc.uri);
    return [...placed].flatMap(([id, placement]) => {
      const annotation = stores.map(s => s.get(id)).find(a => a !== undefined);
      return annotation ? [{ annotation, placement }] : [];
    });
  }

  find(id: string): { annotation: Annotation; store: AnnotationStore } | undefined {
    for (const store of this.allStores()) {
      const annotation = store.get(id);
      if (annotation) return { annotation, store };
    }
    return undefined;
  }

  /** Whether this reader wrote it: its creator is the name this window writes under in its store. */
  isMine(annotation: Annotation): boolean {
    return annotation.creator !== undefined && this.find(annotation.id)?.store.creator === annotation.creator;
  }

  /** Who wrote the annotation (or one of its replies) as shown: the name, with "(you)" when it is this reader's. */
  authorLabel(annotation: Annotation, creator = annotation.creator): string | undefined {
    if (creator === undefined) return undefined;
    return this.find(annotation.id)?.store.creator === creator ? `${creator} (you)` : creator;
  }

  /** Whether it is kept in the reader's private store rather than in the repository. */
  isPrivate(annotation: Annotation): boolean {
    const store = this.find(annotation.id)?.store;
    return store !== undefined && [...this.privateStores.values()].includes(store);
  }

  /** Where each workspace folder's shared and private annotations are kept. */
  storeLocations(): { folder: string; shared: string; private: string }[] {
    return [...this.privateStores].map(([key, own]) => ({ folder: key, shared: this.stores.get(key)?.file ?? '', private: own.file }));
  }

  /**
   * Moves an annotation with its replies between its folder's shared store and the reader's private one (to
   * the other one unless `toPrivate` says which). The copy is saved before the original is removed.
   */
  async setPrivate(id: string, toPrivate?: boolean): Promise<boolean> {
    const found = this.find(id);
    const key = found && [...this.stores, ...this.privateStores].find(([, store]) => store === found.store)?.[0];
    const pair = key === undefined ? undefined : { shared: this.stores.get(key), own: this.privateStores.get(key) };
    if (!found || !pair?.shared || !pair.own) {
      void vscode.window.showWarningMessage('Opis: only annotations on files of a workspace folder can be private or shared.');
      return false;
    }
    const from = found.store;
    const to = (toPrivate ?? from === pair.shared) ? pair.own : pair.shared;
    if (from === to) return true;
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Opis: trust this workspace first; moving an annotation writes its .opis/annotations/ folder.');
      return false;
    }
    const moved = await moveAnnotation(from, to, id);
    this.changed.fire();
    if (!moved.ok) void vscode.window.showErrorMessage(`Opis: the annotation was not moved cleanly: ${moved.message}.`);
    return moved.ok;
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
    return this.allStores().flatMap(store => store.conflicts());
  }

  /** Keeps the version at `index` of a conflict, finds its passage again and saves. */
  async resolve(id: string, index: number): Promise<boolean> {
    const store = this.allStores().find(s => s.conflicts().some(c => c.id === id));
    if (!store?.resolve(id, index)) return false;
    for (const doc of vscode.workspace.textDocuments) if (this.storesFor(doc.uri).includes(store)) this.anchorDocument(doc, false);
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
    const store = this.storeFor(doc.uri, newArePrivate());
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

  /** Puts back annotations (a deleted one on undo, imported ones) in the store of `uri` (its private one when
   * `toPrivate`) and finds their passages; returns how many were new. */
  async restore(annotations: readonly Annotation[], uri: vscode.Uri, toPrivate = false): Promise<number> {
    const store = this.storeFor(uri, toPrivate);
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
    if (!found || !source || !this.storesFor(doc.uri).includes(found.store)) return false;
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    for (const placed of this.placements.values()) placed.delete(id);
    found.store.update(id, { source, ...selectorsAt(doc.getText(), start, end) });
    this.placementsOf(doc).set(id, { range: { start, end } });
    await this.persist(found.store);
    return true;
  }

  /** The store new annotations on `uri` go to: its folder's shared one, or with `toPrivate` the reader's own. */
  storeFor(uri: vscode.Uri, toPrivate = false): AnnotationStore | undefined {
    const key = this.rootOf(uri)?.toString();
    if (key === undefined) return undefined;
    return (toPrivate && this.privateStores.get(key)) || this.stores.get(key);
  }

  /** Every store holding annotations on `uri`: its folder's shared and private ones. */
  private storesFor(uri: vscode.Uri): AnnotationStore[] {
    const key = this.rootOf(uri)?.toString();
    return key === undefined ? [] : [this.stores.get(key), this.privateStores.get(key)].filter(s => s !== undefined);
  }

  private allStores(): AnnotationStore[] {
    return [...this.stores.values(), ...this.privateStores.values()];
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
      const identity = await identityIn(folder.uri.fsPath);
      const store = new AnnotationStore(workspaceStoreFileSystem(folder.uri.fsPath), workspaceLayout(folder.uri.fsPath), {
        ...identity,
        trusted: () => vscode.workspace.isTrusted,
        keepFolder: vscode.workspace.isTrusted ? undefined : vscode.Uri.joinPath(this.outside.globalStorageUri, 'damaged').fsPath,
      });
      this.stores.set(key, store);
      // The folders too: a checkout that removes the whole folder may be reported as that folder's deletion alone.
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '{.opis,.opis/annotations.json,.opis/annotations,.opis/annotations/*.json}'));
      const reload = this.reloadOnEvents(store);
      this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
      // Outside the workspace, so written in Restricted Mode too; the same store as `opis annotate --private`, whose
      // notes show here as they are written.
      const ownFolder = privateStoreFolder(folder.uri.fsPath);
      const own = new AnnotationStore(nodeStoreFileSystem, privateLayout(folder.uri.fsPath), identity);
      const ownWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(ownFolder), '*.json'));
      const reloadOwn = this.reloadOnEvents(own);
      this.disposables.push(ownWatcher, ownWatcher.onDidChange(reloadOwn), ownWatcher.onDidCreate(reloadOwn), ownWatcher.onDidDelete(reloadOwn));
      this.privateStores.set(key, own);
      this.identityFolders.set(store, folder.uri.fsPath).set(own, folder.uri.fsPath);
      await this.load(store);
      await this.load(own);
    }
  }

  /**
   * What a watcher event on `store` runs: a read now, and a check once the burst settles, since the watcher drops a
   * file's creation and deletion that arrive in one batch after a read prompted by another change saw the file.
   */
  private reloadOnEvents(store: AnnotationStore): () => void {
    const reload = coalesced(() => this.load(store));
    let settle: ReturnType<typeof setTimeout> | undefined;
    this.disposables.push({ dispose: () => clearTimeout(settle) });
    return () => {
      reload();
      clearTimeout(settle);
      settle = setTimeout(() => void store.changedOnDisk().then(changed => changed && reload(), () => undefined), SETTLE_MS);
    };
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
      const store = new AnnotationStore(nodeStoreFileSystem, new SingleFileLayout(file.fsPath, f => vscode.Uri.joinPath(vscode.Uri.file(f), '..').fsPath), await identityIn(this.outside.globalStorageUri.fsPath));
      this.stores.set(root.toString(), store);
      this.identityFolders.set(store, this.outside.globalStorageUri.fsPath);
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
    for (const doc of vscode.workspace.textDocuments) if (this.storesFor(doc.uri).includes(store)) this.anchorDocument(doc, false);
    this.changed.fire();
  }

  /**
   * Finds every annotation of the document in its current text. The stored selectors are left as written: a
   * refresh would count as a change here, so a note a pull or a colleague deleted meanwhile would be kept and
   * written back, and every reader's window would rewrite the shared files.
   */
  private anchorDocument(doc: vscode.TextDocument, notify = true): void {
    const source = this.sourceOf(doc.uri);
    if (!source) return;
    const mine = this.storesFor(doc.uri).flatMap(store => store.annotations.filter(a => a.source === source));
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
    const stores = this.storesFor(e.document.uri);
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
      const annotation = stores.map(s => s.get(id)).find(a => a !== undefined);
      if (!annotation) continue;
      text ??= e.document.getText();
      points ??= new CodePointIndex(text);
      const found = anchorAnnotation(text, annotation, points);
      placed.set(id, found.status === 'anchored' ? { range: { start: found.start, end: found.end } } : { orphan: found.reason });
    }
    this.changed.fire();
  }

  /** New notes and replies are recorded under the name (and email) the settings now give. */
  private async updateIdentities(): Promise<void> {
    for (const [store, folder] of this.identityFolders) {
      const { creator, creatorEmail } = await identityIn(folder);
      store.setCreator(creator, creatorEmail);
    }
  }

  private async saveAll(): Promise<void> {
    for (const store of this.allStores()) await this.persist(store, false);
  }

  /** Saves a store, unless the workspace is untrusted (then says so once); reports an unreadable store. */
  private async persist(store: AnnotationStore, notify = true): Promise<void> {
    if (notify) this.changed.fire();
    if (!vscode.workspace.isTrusted && ![...this.privateStores.values()].includes(store)) {
      if (!this.warnedUntrusted) {
        this.warnedUntrusted = true;
        void vscode.window.showWarningMessage('Opis is in Restricted Mode: annotations are shown but not written to .opis/annotations/ until you trust this workspace. Notes made now are kept until then.');
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

function newArePrivate(): boolean {
  return vscode.workspace.getConfiguration('opis').get<string>('annotations.defaultSharing') === 'private';
}

/** Quiet time after a store's last watcher event before it is checked once more. */
const SETTLE_MS = 1000;

/**
 * Runs `work` at once, or once more after the run in progress: a checkout reports a change per file, and each
 * read takes in every file, so a burst of events costs two reads, not one per file.
 */
function coalesced(work: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void work().finally(() => {
      running = false;
      if (again) {
        again = false;
        run();
      }
    });
  };
  return run;
}

/** Who the reader is, from the settings and the git config of `folder`. */
function identityIn(folder: string): Promise<{ creator?: string; creatorEmail?: string }> {
  const settings = vscode.workspace.getConfiguration('opis');
  return creatorIdentity(folder, settings.get<string>('annotations.creator') || undefined, settings.get<boolean>('annotations.includeEmail') === true);
}

/** The workspace store's files, read as far as the folder's trust allows (see node/confinedStoreFileSystem). */
function workspaceStoreFileSystem(folder: string) {
  return confinedStoreFileSystem(nodeStoreFileSystem, {
    folder,
    trusted: () => vscode.workspace.isTrusted,
    maxBytes: maxFileBytes,
    refused: (file, problem) => warnOnce(`Opis did not read ${vscode.workspace.asRelativePath(file)}: it ${problem}.`, vscode.Uri.file(file)),
  });
}

/** Problems as errors; notices (duplicate ids renamed, conflicts left by git) as information. */
function report(status: StoreStatus): void {
  if (!status.messages.length) return;
  const text = `Opis: ${status.messages.join('. ')}.`;
  void (status.ok ? vscode.window.showInformationMessage(text) : vscode.window.showErrorMessage(text));
}
