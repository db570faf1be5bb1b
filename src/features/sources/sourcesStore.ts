// The sources register of the workspace corpus, kept current. Each file's sources (the core's `sourcesOfFile`, plain
// data) are a part of the corpus index: found once per file and glossary, kept across restarts, found again when
// the file changes; the index reads the corpus in the background with progress in the status bar. They are merged
// into one register as the index reports them, so an edit changes only its own file's contribution.
import * as vscode from 'vscode';
import { citationPlace, citedWords, citesFile, markerOf, SourceRegister, sourceConflicts, sourcesOfFile, type FileSources, type SourceConflict, type SourceFile, type SourceNote, type Span } from '../../core/sources';
import { Pacer } from '../../core/text/eventLoop';
import type { CorpusData } from '../shared/corpusData';
import type { CorpusIndex } from '../shared/corpusIndex';
import type { CorpusWorkspace } from '../shared/corpusWorkspace';
import { dataPart } from '../shared/indexParts';
import { RecentTexts } from '../shared/recentTexts';

const SOURCES = 'sources' as const;

interface Kept {
  name: string;
  /** The workspace's stamp of the text when its sources were taken from the index. */
  stamp: string;
  sources: FileSources;
}

export interface SourcesChange {
  /** False when only positions moved (an edit in the prose): the register is the same. */
  registerChanged: boolean;
}

/** What the register compares: the notes and their citations, not where they are. */
const citedBy = (sources: FileSources) => JSON.stringify(sources.notes.map(n => [n.label, n.resolved]));

export class SourcesStore implements vscode.Disposable {
  readonly register = new SourceRegister();
  private readonly kept = new Map<string, Kept>();
  /** The texts of the articles whose places were last shown. */
  private readonly texts: RecentTexts;
  private readonly uriByName = new Map<string, vscode.Uri>();
  private readonly changed = new vscode.EventEmitter<SourcesChange>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private conflictList: SourceConflict[] | undefined;
  /** Bumped whenever the register changes. */
  private registerGeneration = 0;
  private updating = Promise.resolve();
  /** Fires after the register or the positions of its notes changed. */
  readonly onDidChange = this.changed.event;
  /** Settles once the whole corpus has been read the first time. */
  readonly ready: Promise<void>;

  constructor(
    private readonly workspace: CorpusWorkspace,
    private readonly data: CorpusData,
    private readonly index: CorpusIndex,
  ) {
    this.texts = new RecentTexts(workspace);
    index.register(dataPart<FileSources>(data, SOURCES));
    this.disposables.push(
      // the glossary changes the part's version: the index finds every file's sources again
      data.onDidChange(() => void index.refresh()),
      index.onDidUpdate(({ changed, deleted }) => void this.update(changed, deleted)),
    );
    this.ready = index.ready.then(() => this.update(workspace.files().map(f => f.uri), []));
  }

  files(): SourceFile[] {
    return this.register.files();
  }

  /** Files cited under two opis' with the same title or folios. */
  conflicts(): SourceConflict[] {
    return (this.conflictList ??= sourceConflicts(this.register.files()));
  }

  /** The same, the register's records built with turns for the host between them. */
  async conflictsInTurns(): Promise<SourceConflict[]> {
    if (this.conflictList) return this.conflictList;
    const generation = this.registerGeneration;
    const conflicts = sourceConflicts(await this.register.filesInTurns());
    // the register changed while its records were built: the next call checks it again
    if (generation === this.registerGeneration) this.conflictList = conflicts;
    return conflicts;
  }

  uriOf(article: string): vscode.Uri | undefined {
    return this.uriByName.get(article);
  }

  /** The corpus name of a file the register holds. */
  nameOf(uri: vscode.Uri): string | undefined {
    return this.kept.get(uri.toString())?.name;
  }

  /** The article's note, as found in its text at the last update. */
  note(article: string, label: string): SourceNote | undefined {
    const uri = this.uriByName.get(article);
    return uri && this.kept.get(uri.toString())?.sources.notes.find(n => n.label === label);
  }

  /**
   * The words of each citation of the note as the article writes them; none while the article's text differs from
   * the one its sources were found in (the index is about to bring them up to date).
   */
  async citedWords(article: string, label: string): Promise<string[]> {
    const uri = this.uriByName.get(article);
    const kept = uri && this.kept.get(uri.toString());
    const note = kept && kept.sources.notes.find(n => n.label === label);
    if (!uri || !kept || !note || kept.stamp !== this.workspace.stamp(uri)) return [];
    const text = await this.texts.text(uri);
    return text === undefined ? [] : citedWords(text, note);
  }

  /** The article's note in the text the editor has now (a click may come before an edit has settled). */
  async currentNote(article: string, label: string): Promise<SourceNote | undefined> {
    const uri = this.uriByName.get(article);
    const document = uri && vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    return document ? (await this.sourcesOf(document))?.notes.find(n => n.label === label) : this.note(article, label);
  }

  /** Where a note cites the file: the citation's words, else the note's marker. */
  async citationLocation(article: string, label: string, file: SourceFile): Promise<vscode.Location | undefined> {
    const uri = this.uriByName.get(article);
    const note = this.note(article, label);
    if (!uri || !note) return undefined;
    const i = note.resolved.findIndex(c => citesFile(c, file));
    const range = await this.rangeIn(uri, i >= 0 ? citationPlace(note, i) : markerOf(note));
    return range && new vscode.Location(uri, range);
  }

  /** The lines and columns of a place in an article, from its text as the workspace has it now. */
  rangeIn(uri: vscode.Uri, [start, end]: Span): Promise<vscode.Range | undefined> {
    return this.texts.rangeOf(uri, start, end);
  }

  /** The sources of an article as its editor has it now, also outside the corpus (an untitled document). */
  async sourcesOf(document: vscode.TextDocument): Promise<FileSources | undefined> {
    const kept = this.kept.get(document.uri.toString());
    if (kept && kept.stamp === this.workspace.stamp(document.uri)) return kept.sources;
    return sourcesOfFile(document.getText(), (await this.data.forDocument(document.uri)).glossary);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Updates one after the other, in the order the index reports them. */
  private update(changed: readonly vscode.Uri[], deleted: readonly vscode.Uri[]): Promise<void> {
    this.updating = this.updating.then(() => this.apply(changed, deleted));
    return this.updating;
  }

  /**
   * Takes the changed files' sources from the index and drops the deleted ones; one event for the lot. The host
   * has a turn every few milliseconds: the first indexing reports the whole corpus at once.
   */
  private async apply(changed: readonly vscode.Uri[], deleted: readonly vscode.Uri[]): Promise<void> {
    let registerChanged = false;
    let moved = false;
    const pacer = new Pacer();
    for (const uri of deleted) registerChanged = this.forget(uri) || registerChanged;
    for (const uri of changed) {
      await pacer.pace();
      const result = await this.take(uri, () => pacer.pace());
      registerChanged ||= result === 'register';
      moved ||= result === 'positions';
    }
    if (registerChanged) {
      this.conflictList = undefined;
      this.registerGeneration++;
    }
    if (registerChanged || moved) this.changed.fire({ registerChanged });
  }

  /** What taking the file's sources changed: the register, only the positions of its notes, or nothing. */
  private async take(uri: vscode.Uri, pace: () => Promise<void>): Promise<'register' | 'positions' | undefined> {
    const key = uri.toString();
    const name = this.workspace.info(uri)?.name;
    const sources = this.index.part<FileSources>(uri, SOURCES);
    if (name === undefined || !sources) return this.forget(uri) ? 'register' : undefined;
    const before = this.kept.get(key);
    if (before?.sources === sources && before.name === name) return undefined;
    this.kept.set(key, { name, stamp: this.workspace.stamp(uri), sources });
    this.uriByName.set(name, uri);
    if (before?.name === name && citedBy(before.sources) === citedBy(sources)) return 'positions';
    if (before && before.name !== name) this.register.delete(before.name);
    await this.register.setInTurns(name, sources.notes, pace);
    return 'register';
  }

  private forget(uri: vscode.Uri): boolean {
    const before = this.kept.get(uri.toString());
    if (!before) return false;
    this.kept.delete(uri.toString());
    this.uriByName.delete(before.name);
    this.register.delete(before.name);
    return true;
  }
}
