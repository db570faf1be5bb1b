// The officials of the open corpus, kept current: the corpus's Markdown files (an open editor's text wins over the
// file on disk) and a folder's own officials file, or the bundled corpus when no folder is open. Each file's
// mentions are a part of the corpus index, found again only when the file or the people change and kept across
// restarts. A malformed officials file is reported by the corpus data; what loaded is used anyway.
import * as vscode from 'vscode';
import { OfficialsIndex, type FileMention } from '../../core/officials/corpusIndex';
import { authorsFromNotes } from '../../core/officials/authors';
import { proposeOfficials } from '../../core/officials/candidates';
import { mentionContext, type FileMentionsRecord } from '../../core/officials/fileMentions';
import { MentionFinder, mentionRange } from '../../core/officials/mentions';
import { contentHash } from '../../core/indexCache';
import { loadOfficials } from '../../core/officials/loader';
import type { Author, Official } from '../../core/officials/model';
import { OfficialsSearch } from '../../core/officials/search';
import { toLocation } from '../shared/convert';
import { editorPart } from '../shared/indexParts';
import type { CorpusData } from '../shared/corpusData';
import type { CorpusIndex } from '../shared/corpusIndex';
import type { CorpusWorkspace } from '../shared/corpusWorkspace';
import { RecentTexts } from '../shared/recentTexts';

const MENTIONS = 'mentions' as const;

interface People {
  key: string;
  /** A short key of the people, the version of the mentions found with them. */
  version: string;
  finder: MentionFinder;
  officials: Official[];
  authors: Author[];
  errors: string[];
  proposed: boolean;
  /** Built on first use, then kept while the people stay the same. */
  search: () => OfficialsSearch;
}

export class OfficialsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private current: OfficialsIndex | undefined;
  private people: Promise<People> | undefined;
  /** The texts of the articles whose mentions were last shown. */
  private readonly texts: RecentTexts;
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  private reloadQueued = false;
  /** Settles once the first index is built. */
  readonly ready: Promise<void>;

  constructor(
    private readonly corpus: CorpusData,
    private readonly workspace: CorpusWorkspace,
    private readonly corpusIndex: CorpusIndex,
  ) {
    this.texts = new RecentTexts(workspace);
    corpusIndex.register(editorPart<FileMentionsRecord, typeof MENTIONS>(MENTIONS, async () => {
      const { version, officials, finder } = await this.currentPeople();
      return { version, plain: officials, prepared: finder };
    }));
    this.disposables.push(
      corpus.onDidChange(() => this.queue(true)),
      corpusIndex.onDidUpdate(() => this.queue(false)),
    );
    this.ready = corpusIndex.ready.then(() => this.queue(false));
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

  /**
   * The mention's line, shortened around it, for pick lists, the tree and hovers: read from the file's text when
   * shown (an open editor's over the file on disk); the mention's own words when the text changed meanwhile.
   */
  async contextOf(mention: FileMention): Promise<string> {
    const uri = this.uriOf(mention.file);
    if (!uri) return mention.text;
    const text = await this.texts.text(uri);
    return (text !== undefined && mentionContext(text, mention)) || mention.text;
  }

  location(mention: FileMention): vscode.Location | undefined {
    const uri = this.uriOf(mention.file);
    return uri && toLocation(uri, mentionRange(mention));
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

  private currentPeople(): Promise<People> {
    this.people ??= this.workspace.ready.then(() => this.readPeople(undefined));
    return this.people;
  }

  /**
   * Reads the people again when asked, or at each change while they are proposed from the text; when they
   * changed, every file's mentions are found again (by the index), else the index is gathered from its parts.
   */
  private async rebuild(reload: boolean): Promise<void> {
    const before = await this.currentPeople();
    if (reload || before.proposed) {
      this.people = this.readPeople(before);
      // other people: every file's mentions are found again before an index is built, so that none is built from
      // mentions found with the people before (a person would show the other's counts)
      if ((await this.people).version !== before.version) await this.corpusIndex.refresh();
    }
    const { officials, authors, errors, proposed, search } = await this.currentPeople();
    const files = this.workspace.files();
    const byFile = new Map<string, FileMention[]>();
    for (const { uri, name } of files) {
      const found = this.corpusIndex.part<FileMentionsRecord>(uri, MENTIONS);
      byFile.set(name, found?.mentions.map(mention => ({ ...mention, file: name })) ?? []);
    }
    this.current = new OfficialsIndex(officials, authors, byFile, errors, proposed, search);
    this.changed.fire();
  }

  /**
   * The officials file of the first folder that has its own; with none the people are proposed from the text of the
   * corpus (read for it, and read again at each change while there is no file). The bundled file only serves the
   * bundled corpus.
   */
  private async readPeople(known: People | undefined): Promise<People> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const data = await Promise.all(folders.length > 0 ? folders.map(folder => this.corpus.forFolder(folder.uri)) : [this.corpus.forFolder(undefined)]);
    const officialsFile = data.map(d => d.officialsFile).find(file => file && (file.own || folders.length === 0));
    if (officialsFile) {
      if (known?.key === officialsFile.text) return known;
      const { data: loaded, errors } = loadOfficials(officialsFile.text, officialsFile.file);
      return people(officialsFile.text, loaded.officials, loaded.authors, errors, false);
    }
    const uris = this.workspace.files().map(f => f.uri);
    const texts = (await Promise.all(uris.map(uri => this.workspace.text(uri)))).filter((t): t is string => t !== undefined);
    // no organ, place or term of the folders' glossaries is a person
    const proposed = proposeOfficials(texts, { knows: word => data.some(d => d.glossary.knows(word)) });
    const authors = authorsFromNotes(texts);
    const key = JSON.stringify(proposed);
    if (known?.key !== key) return people(key, proposed, authors, [], true);
    // The historians cited may change while the people stay: the mentions found with them stay valid.
    return JSON.stringify(known.authors) === JSON.stringify(authors) ? known : { ...known, authors };
  }
}

async function people(key: string, officials: Official[], authors: Author[], errors: string[], proposed: boolean): Promise<People> {
  const version = await contentHash(key);
  return { key, version, finder: new MentionFinder(officials), officials, authors, errors, proposed, search: once(() => new OfficialsSearch(officials)) };
}

/** `make`'s value, made at the first call and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
