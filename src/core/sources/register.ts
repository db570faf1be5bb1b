// The register of sources across a corpus: every archival file (archive under its current name, fond, opis',
// delo, tom) and every printed work the notes cite, with the citing notes. Kept per article, so an edited article
// replaces only its own contribution; each file's record is rebuilt only when a citing article changes.
import { fileKey } from '../citations';
import { issueDate } from '../citations/periodical';
import { surnames } from '../citations/printed';
import { numericCollator } from '../text/collators';
import { Pacer } from '../text/eventLoop';
import type { SourceCitation } from './fileSources';
import { FolioSet } from './folioSpans';
import type { CitingNote, SourceFile, SourceWork } from './types';

interface Cite {
  note: string;
  citation: SourceCitation;
}

/** The cites of one source, by article, and the record made from them (dropped when they change). */
interface Entry<T> {
  byArticle: Map<string, Cite[]>;
  record?: T;
}

/** Lower case, words only: how names and titles are compared. */
export const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function archivalKey(c: SourceCitation): string | undefined {
  const key = fileKey(c);
  return key && `${key}|${words(c.tom ?? '')}`;
}

/** A periodical issue's date as a key: the day, month or year it names, else the words as written (never guessed). */
const issueKey = (c: SourceCitation) => (c.date ? (issueDate(c.date) ?? words(c.date)) : '');

/**
 * A work is its author and title; a newspaper or journal cited by its issue is that issue (its date and number), as
 * a reference manager keeps it (Zotero's newspaper article, CSL's `article-newspaper`, is an item with its date): a
 * historian cites `Pravda, 5 March 1937`, not Pravda, and each note must keep the issue it cites. The issues of one
 * newspaper come together under its name in the Sources view (see `authorGroups`). The same day written two ways
 * (`5 March 1937`, `March 5, 1937`) is one issue; an issue given once with its number and once without stays two.
 */
function workKey(c: SourceCitation): string | undefined {
  if (c.kind !== 'printed' || c.unresolved || (!c.author && !c.title)) return undefined;
  return `${words(c.author ?? '')}|${words(c.articleTitle ?? '')}|${words(c.title ?? c.raw ?? '')}|${issueKey(c)}|${words(c.issue ?? '')}`;
}

/** Whether the register counts the citation: it names an archival file, or a printed work it can tell. */
export function isSourceCitation(c: SourceCitation): boolean {
  return archivalKey(c) !== undefined || workKey(c) !== undefined;
}

/** Whether the citation names that archival file (the same archive, fond, opis', delo and tom). */
export function citesFile(c: SourceCitation, f: SourceFile): boolean {
  const key = archivalKey(c);
  return key !== undefined && key === archivalKey({ kind: 'archival', ...f });
}

/** Citing notes in order; a note citing the source twice is one entry with both locators. */
function citingNotes(entry: Entry<unknown>, locator: (c: SourceCitation) => Partial<CitingNote>): CitingNote[] {
  const notes: CitingNote[] = [];
  for (const [article, cites] of entry.byArticle) {
    for (const { note, citation } of cites) {
      const found = locator(citation);
      const last = notes[notes.length - 1];
      if (last?.article === article && last.note === note) {
        if (found.folios) last.folios = last.folios ? `${last.folios}, ${found.folios}` : found.folios;
        if (found.pages) last.pages = last.pages ? `${last.pages}, ${found.pages}` : found.pages;
      } else notes.push({ article, note, ...found });
    }
  }
  return notes;
}

function fileRecord(entry: Entry<SourceFile>): SourceFile {
  const all = [...entry.byArticle.values()].flat().map(c => c.citation);
  const first = all[0];
  const folios = new FolioSet();
  for (const c of all) if (c.folios) folios.add(c.folios);
  const titles = [...new Set(all.map(c => c.deloTitle).filter((t): t is string => t !== undefined))];
  const opisTitle = all.find(c => c.opisName)?.opisName;
  const notes = citingNotes(entry, c => (c.folios ? { folios: c.folios } : {}));
  return {
    archive: first.archive ?? '',
    ...(first.archiveCurrent && { archiveCurrent: first.archiveCurrent }),
    fond: first.fond ?? '',
    ...(first.opis && { opis: first.opis }),
    ...(opisTitle && { opisTitle }),
    delo: first.delo ?? '',
    ...(first.tom && { tom: first.tom }),
    titles,
    folios: folios.toString(),
    notes,
    articles: [...entry.byArticle.keys()],
  };
}

function workRecord(entry: Entry<SourceWork>): SourceWork {
  const all = [...entry.byArticle.values()].flat().map(c => c.citation);
  const pick = (f: 'author' | 'articleTitle' | 'editor' | 'title' | 'published' | 'date' | 'issue') => all.find(c => c[f])?.[f];
  const [author, articleTitle, editor, title, published, date, issue] = [pick('author'), pick('articleTitle'), pick('editor'), pick('title'), pick('published'), pick('date'), pick('issue')];
  return {
    ...(author && { author }),
    ...(articleTitle && { articleTitle }),
    ...(editor && { editor }),
    ...(title && { title }),
    ...(published && { published }),
    ...(date && { date }),
    ...(issue && { issue }),
    notes: citingNotes(entry, c => ({ ...(c.pages && { pages: c.pages }), ...(c.volume && { volume: c.volume }) })),
    articles: [...entry.byArticle.keys()],
  };
}

/** Sources of one kind: entries by key, the keys each article contributes to, the records in order. */
class Shelf<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly keysOf = new Map<string, Set<string>>();
  private sorted?: Entry<T>[];

  constructor(
    private readonly build: (entry: Entry<T>) => T,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  set(article: string, cites: Map<string, Cite[]>): void {
    this.delete(article);
    for (const [key, list] of cites) {
      let entry = this.entries.get(key);
      if (!entry) {
        entry = { byArticle: new Map() };
        this.entries.set(key, entry);
        this.sorted = undefined;
      }
      entry.byArticle.set(article, list);
      entry.record = undefined;
    }
    if (cites.size) this.keysOf.set(article, new Set(cites.keys()));
  }

  delete(article: string): void {
    for (const key of this.keysOf.get(article) ?? []) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      entry.byArticle.delete(article);
      entry.record = undefined;
      if (entry.byArticle.size === 0) {
        this.entries.delete(key);
        this.sorted = undefined;
      }
    }
    this.keysOf.delete(article);
  }

  /**
   * The same, the records not built yet built one after another with a turn for the host every few milliseconds
   * (a corpus of thousands of sources takes a good part of a second).
   */
  async recordsInTurns(): Promise<T[]> {
    const pacer = new Pacer();
    for (const entry of this.entries.values()) {
      if (entry.record) continue;
      await pacer.pace();
      entry.record ??= this.build(entry);
    }
    return this.records();
  }

  /** The records in order; the order is worked out again only when a source comes or goes. */
  records(): T[] {
    const record = (e: Entry<T>) => (e.record ??= this.build(e));
    this.sorted ??= [...this.entries.values()].sort((a, b) => this.compare(record(a), record(b)));
    return this.sorted.map(record);
  }
}

/** Archive (current name), fond, opis', delo, tom, with numbers in numeric order. */
export function compareFiles(a: SourceFile, b: SourceFile): number {
  const levels = (f: SourceFile) => [f.archiveCurrent ?? f.archive, f.fond, f.opis ?? '', f.delo, f.tom ?? ''];
  const [x, y] = [levels(a), levels(b)];
  const collator = numericCollator();
  for (let i = 0; i < x.length; i++) {
    const order = collator.compare(x[i], y[i]);
    if (order) return order;
  }
  return 0;
}

/** By the first author's surname (a work without one by its title), then title, then a periodical's issues by date. */
function compareWorks(a: SourceWork, b: SourceWork): number {
  const head = (w: SourceWork) => (w.author && surnames(w.author)[0]) || w.title || '';
  const when = (w: SourceWork) => (w.date ? (issueDate(w.date) ?? w.date) : '');
  const collator = numericCollator();
  return (
    collator.compare(head(a), head(b)) || collator.compare(a.title ?? '', b.title ?? '') ||
    collator.compare(when(a), when(b)) || collator.compare(a.issue ?? '', b.issue ?? '')
  );
}

type CitingNotes = readonly { label: string; resolved: readonly SourceCitation[] }[];

const shelves = () => ({ files: new Map<string, Cite[]>(), works: new Map<string, Cite[]>() });

/** A note's citations, each under the archival file and the printed work it names. */
function shelve({ files, works }: ReturnType<typeof shelves>, note: CitingNotes[number]): void {
  for (const citation of note.resolved) {
    const cite = { note: note.label, citation };
    add(files, archivalKey(citation), cite);
    add(works, workKey(citation), cite);
  }
}

function add(map: Map<string, Cite[]>, key: string | undefined, cite: Cite): void {
  if (key === undefined) return;
  const list = map.get(key) ?? [];
  list.push(cite);
  map.set(key, list);
}

export class SourceRegister {
  private readonly fileShelf = new Shelf<SourceFile>(fileRecord, compareFiles);
  private readonly workShelf = new Shelf<SourceWork>(workRecord, compareWorks);

  /** Replaces what the article contributes with what its (resolved) notes cite. */
  set(article: string, notes: CitingNotes): void {
    const shelved = shelves();
    for (const note of notes) shelve(shelved, note);
    this.place(article, shelved);
  }

  /**
   * The same, with `pace` awaited between notes: an article of thousands of notes would otherwise hold the host for
   * tens of milliseconds. The article's part changes at once, when every note is read.
   */
  async setInTurns(article: string, notes: CitingNotes, pace: () => Promise<void>): Promise<void> {
    const shelved = shelves();
    for (const note of notes) {
      await pace();
      shelve(shelved, note);
    }
    this.place(article, shelved);
  }

  private place(article: string, { files, works }: ReturnType<typeof shelves>): void {
    this.fileShelf.set(article, files);
    this.workShelf.set(article, works);
  }

  delete(article: string): void {
    this.fileShelf.delete(article);
    this.workShelf.delete(article);
  }

  /** Every archival file cited, in archive, fond, opis', delo order. */
  files(): SourceFile[] {
    return this.fileShelf.records();
  }

  /** The same, without holding the host's thread for long (see Shelf.recordsInTurns). */
  filesInTurns(): Promise<SourceFile[]> {
    return this.fileShelf.recordsInTurns();
  }

  /** Every printed work cited, by author, then title. */
  works(): SourceWork[] {
    return this.workShelf.records();
  }
}
