// What every feature finds in each file of the workspace corpus (its notes' problems, mentions, romanized
// spellings), found once per file and kept across restarts in the extension's workspace storage: at start-up an
// unchanged file is not analysed again (nor read, when its size and date vouch for it). Changed, new and deleted files are reconciled in the
// background with progress in the status bar (a click stops it); then only the files that change. Features
// register their part before `start` and listen to `onDidUpdate`.
import * as vscode from 'vscode';
import { fileProblem } from '../../core/files/dataPaths';
import { IndexCache, IndexedCorpus, type IndexPart, type PartWorker } from '../../core/indexCache';
import { fileFacts, maxFileBytes } from './checkedFiles';
import type { CorpusChange, CorpusWorkspace } from './corpusWorkspace';

const CACHE_FILE = 'opis-index.json';
/** Saving writes the whole cache: after edits it waits for a quiet half-minute (what is lost is only re-analysed). */
const SAVE_DELAY_MS = 30_000;
const BATCH = 50;
const CANCEL_COMMAND = 'opis.index.cancel';

export class CorpusIndex implements vscode.Disposable {
  private readonly parts: IndexPart[] = [];
  private readonly cache: IndexCache;
  private readonly indexed: IndexedCorpus;
  private readonly updated = new vscode.EventEmitter<CorpusChange>();
  private readonly status = vscode.window.createStatusBarItem('opis.index', vscode.StatusBarAlignment.Left, -100);
  private readonly disposables: vscode.Disposable[] = [this.updated, this.status];
  /** Runs one after another, so two passes never interleave. */
  private running: Promise<unknown> = Promise.resolve();
  /** Bumped by every full pass and by Stop: an older pass gives up. */
  private generation = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private started: Promise<void> | undefined;
  /** Set once the first pass has the list of files: changes before it (the first listing itself) are in that pass. */
  private listed = false;
  private settle!: () => void;
  /** Settles once every file of the corpus has its parts (the first full pass, started by `start`). */
  readonly ready = new Promise<void>(resolve => (this.settle = resolve));
  /** Fires with the files whose parts were found again or read back, and those that left the corpus. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly workspace: CorpusWorkspace,
    private readonly storage: vscode.Uri | undefined,
    private readonly log: vscode.LogOutputChannel,
    writer: string,
    worker?: PartWorker,
  ) {
    this.cache = new IndexCache({ writer, maxBytes: maxCacheBytes() });
    this.indexed = new IndexedCorpus({
      stat: async key => {
        const stat = await Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.parse(key))).catch(() => undefined);
        // a file that may not be read (not regular, above the size limit) is never served from the cache either
        return stat && !fileProblem(fileFacts(stat), maxFileBytes()) ? { size: stat.size, mtime: stat.mtime } : undefined;
      },
      read: key => workspace.text(vscode.Uri.parse(key)),
      inEditor: key => vscode.workspace.textDocuments.some(document => document.uri.toString() === key),
    }, this.parts, this.cache, worker);
    this.status.name = 'Opis indexing';
    this.status.command = CANCEL_COMMAND;
    this.status.tooltip = 'Opis is reading the corpus. Click to stop.';
    this.disposables.push(
      vscode.commands.registerCommand(CANCEL_COMMAND, () => this.cancel()),
      workspace.onDidChange(change => void this.apply(change)),
    );
  }

  /** Adds what a feature finds in a file; call before `start`. */
  register<T>(part: IndexPart<T>): void {
    this.parts.push(part as IndexPart);
  }

  /** Reads the persisted cache and brings every file up to date; once. */
  start(): Promise<void> {
    this.started ??= this.loadCache().then(() => this.refresh()).then(this.settle);
    return this.started;
  }

  part<T>(uri: vscode.Uri, name: string): T | undefined {
    return this.indexed.part<T>(uri.toString(), name);
  }

  /** Counters of the work done since activation, for the tests: files read, parts found again, parts cached. */
  get counters() {
    return this.indexed.counters;
  }

  /** Every file again (a part's data changed): unchanged parts come from the cache, the others are found again. */
  refresh(): Promise<void> {
    const generation = ++this.generation;
    return this.queue(async () => {
      await this.workspace.ready;
      this.listed = true;
      const keys = this.workspace.files().map(f => f.uri.toString());
      this.indexed.retain(keys);
      const total = keys.length.toLocaleString('en');
      const cancelled = () => generation !== this.generation;
      let done = 0;
      // features hear of each batch as it is done: a large corpus fills the views while it is read
      for (let i = 0; i < keys.length && !cancelled(); i += BATCH) {
        const changed = await this.indexed.update(keys.slice(i, i + BATCH), {
          cancelled,
          report: n => this.showProgress(`${(done + n).toLocaleString('en')} / ${total}`),
        });
        done += Math.min(BATCH, keys.length - i);
        this.fire(changed, []);
      }
      this.status.hide();
      if (cancelled()) this.log.info(`indexing stopped after ${done} of ${keys.length} files`);
      const { analysed, cached } = this.indexed.counters;
      this.log.info(`index: ${keys.length} files, ${analysed.size} analysed since start, ${cached} parts read from the cache`);
      await this.save();
    });
  }

  /** Opis: Rebuild Index — forgets the cache and finds everything again. */
  async rebuild(): Promise<void> {
    await this.queue(async () => {
      this.indexed.clear();
      if (this.storage) await Promise.resolve(vscode.workspace.fs.delete(this.cacheUri(), { useTrash: false })).catch(() => undefined);
    });
    await this.refresh();
  }

  /** Stops the pass running; the files it did not reach are indexed when they change or at the next start. */
  cancel(): void {
    this.generation++;
    this.status.hide();
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    this.cancel();
    for (const d of this.disposables) d.dispose();
  }

  private apply({ changed, deleted }: CorpusChange): Promise<void> {
    // before the first pass has its files there is nothing to bring up to date: it reads every file as it then is
    if (!this.listed) return Promise.resolve();
    return this.queue(async () => {
      const keys = changed.filter(uri => this.workspace.has(uri)).map(uri => uri.toString());
      this.indexed.forget(deleted.map(uri => uri.toString()));
      const updated = await this.indexed.update(keys);
      this.fire(updated, deleted.map(uri => uri.toString()));
      this.saveSoon();
    });
  }

  private queue(task: () => Promise<void>): Promise<void> {
    const next = this.running.then(task).catch(err => this.log.error(`indexing: ${String(err)}`));
    this.running = next;
    return next;
  }

  private fire(changed: string[], deleted: string[]): void {
    if (changed.length || deleted.length) this.updated.fire({ changed: changed.map(k => vscode.Uri.parse(k)), deleted: deleted.map(k => vscode.Uri.parse(k)) });
  }

  private showProgress(text: string): void {
    this.status.text = `$(sync~spin) Opis: indexing ${text}`;
    this.status.show();
  }

  private cacheUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.storage!, CACHE_FILE);
  }

  /** A cache that cannot be read as one is dropped with a line in the log, never an error to the reader. */
  private async loadCache(): Promise<void> {
    if (!this.storage) return;
    const bytes = await Promise.resolve(vscode.workspace.fs.readFile(this.cacheUri())).catch(() => undefined);
    const dropped = await this.cache.load(bytes);
    if (dropped) this.log.info(`${dropped}; rebuilding it`);
    else if (bytes) this.log.info(`index: ${this.cache.size} files in the cache of the last session`);
  }

  private saveSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.queue(() => this.save()), SAVE_DELAY_MS);
  }

  /** Writes a new file beside the cache and renames it over, so a crash mid-write leaves the old cache whole. */
  private async save(): Promise<void> {
    if (!this.storage || !this.cache.dirty) return;
    const target = this.cacheUri();
    const temporary = vscode.Uri.joinPath(this.storage, `${CACHE_FILE}.${Date.now()}.tmp`);
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(temporary, await this.cache.serialise());
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (err) {
      this.log.warn(`the index cache could not be saved: ${String(err)}`);
      await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    }
  }
}

function maxCacheBytes(): number {
  const megabytes = vscode.workspace.getConfiguration('opis.index').get<number>('maxCacheSize') ?? 256;
  return Math.max(1, megabytes) * 1024 * 1024;
}
