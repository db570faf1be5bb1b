// The officials of the open corpus, kept current: the corpus's Markdown files (an open editor's text wins over the
// file on disk) and a folder's own officials file, or the bundled corpus when no folder is open. Each file's
// mentions are kept with the stamp of the text they were found in, so a change searches that file again, not the
// whole corpus. A malformed officials file is reported by the corpus data; what loaded is used anyway.
import * as vscode from 'vscode';
import { MentionCache, OfficialsIndex, type FileMention } from '../../core/officials/corpusIndex';
import { proposeOfficials } from '../../core/officials/candidates';
import { loadOfficials } from '../../core/officials/loader';
import type { Author, Official } from '../../core/officials/model';
import { OfficialsSearch } from '../../core/officials/search';
import { toLocation } from '../shared/convert';
import type { CorpusData } from '../shared/corpusData';
import type { CorpusWorkspace } from '../shared/corpusWorkspace';

interface People {
  key: string;
  officials: Official[];
  authors: Author[];
  errors: string[];
  proposed: boolean;
  search: OfficialsSearch;
}

export class OfficialsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private current: OfficialsIndex | undefined;
  private people: People | undefined;
  private readonly mentions = new MentionCache();
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  private reloadQueued = false;
  /** Settles once the first index is built. */
  readonly ready: Promise<void>;

  constructor(
    private readonly corpus: CorpusData,
    private readonly workspace: CorpusWorkspace,
  ) {
    this.disposables.push(
      corpus.onDidChange(() => this.queue(true)),
      workspace.onDidChange(({ changed, deleted }) => {
        if (changed.some(uri => workspace.has(uri)) || deleted.length) this.queue(false);
      }),
    );
    this.ready = this.queue(true);
  }

  get index(): OfficialsIndex | undefined {
    return this.current;
  }

  uriOf(file: string): vscode.Uri | undefined {
    return this.workspace.named(file)?.uri;
  }

  /** The corpus file name of a document, if it belongs to the corpus. */
  keyOf(uri: vscode.Uri): string | undefined {
    return this.workspace.info(uri)?.name;
  }

  /** The mention's line, shortened around it, for pick lists and the tree. */
  contextOf(mention: FileMention): string {
    return this.mentions.context(mention.file, mention.start) ?? mention.text;
  }

  location(mention: FileMention): vscode.Location | undefined {
    const uri = this.uriOf(mention.file);
    return uri && toLocation(uri, mention.range);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /**
   * Rebuilds after the running rebuild, so two never interleave, and once for any number of changes that arrive
   * meanwhile (a checkout changes many files at once); `reload` reads the people again.
   */
  private queue(reload: boolean): Promise<void> {
    this.reloadQueued ||= reload;
    if (this.queued) return this.queued;
    this.queued = this.running.then(() => {
      const reloadNow = this.reloadQueued;
      this.queued = undefined;
      this.reloadQueued = false;
      return this.rebuild(reloadNow);
    }).catch(err => this.corpus.log.error(`officials: ${String(err)}`));
    this.running = this.queued;
    return this.queued;
  }

  private async rebuild(reload: boolean): Promise<void> {
    await this.workspace.ready;
    const files = this.workspace.files();
    if (reload || !this.people || this.people.proposed) this.people = await this.readPeople(files.map(f => f.uri));
    const { officials, authors, errors, proposed, search, key } = this.people;
    this.mentions.prepare(officials, files.map(f => ({ file: f.name })), key);
    for (const { uri, name } of files) {
      const stamp = this.workspace.stamp(uri);
      if (this.mentions.isCurrent(name, stamp)) continue;
      const text = await this.workspace.text(uri);
      if (text === undefined) this.mentions.forget(name);
      else this.mentions.find(name, text, stamp);
    }
    this.current = new OfficialsIndex(officials, authors, new Map(files.map(f => [f.name, this.mentions.mentionsIn(f.name)])), errors, proposed, search);
    this.changed.fire();
  }

  /**
   * The officials file of the first folder that has its own; with none the people are proposed from the text of the
   * corpus (read for it, and read again at each change while there is no file). The bundled file only serves the
   * bundled corpus.
   */
  private async readPeople(uris: vscode.Uri[]): Promise<People> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const data = await Promise.all(folders.length > 0 ? folders.map(folder => this.corpus.forFolder(folder.uri)) : [this.corpus.forFolder(undefined)]);
    const officialsFile = data.map(d => d.officialsFile).find(file => file && (file.own || folders.length === 0));
    if (officialsFile) {
      if (this.people?.key === officialsFile.text) return this.people;
      const { data: loaded, errors } = loadOfficials(officialsFile.text, officialsFile.file);
      return people(officialsFile.text, loaded.officials, loaded.authors, errors, false);
    }
    const texts = (await Promise.all(uris.map(uri => this.workspace.text(uri)))).filter((t): t is string => t !== undefined);
    const proposed = proposeOfficials(texts);
    const key = JSON.stringify(proposed);
    return this.people?.key === key ? this.people : people(key, proposed, [], [], true);
  }
}

function people(key: string, officials: Official[], authors: Author[], errors: string[], proposed: boolean): People {
  return { key, officials, authors, errors, proposed, search: new OfficialsSearch(officials) };
}
