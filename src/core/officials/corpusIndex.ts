// Officials of a whole corpus: the people (from its officials file, or proposed from the text when it has
// none), every mention in every Markdown file, and the search over them.
import { authorsAsPeople, authorsFromNotes } from './authors';
import { proposeOfficials, type KnownTerms } from './candidates';
import { loadOfficials } from './loader';
import type { Author, Official } from './model';
import { MentionFinder, type Mention } from './mentions';
import { OfficialsSearch } from './search';
import { findFileMentions, type FileMentionsRecord } from './fileMentions';

export interface CorpusFile {
  /** Path relative to the corpus folder, '/'-separated. */
  file: string;
  text: string;
}

export interface FileMention extends Mention {
  file: string;
}

export class OfficialsIndex {
  private searchCache: OfficialsSearch | undefined;
  /** Built on first use: an edit makes a new index, and most are never asked who is mentioned where. */
  private byOfficialCache: Map<string, FileMention[]> | undefined;
  private readonly byId: Map<string, Official>;
  private authorSearchCache: OfficialsSearch | undefined;

  constructor(
    readonly officials: readonly Official[],
    readonly authors: readonly Author[],
    /** The mentions of the people in each file of the corpus, each naming its file. */
    private readonly byFile: ReadonlyMap<string, readonly FileMention[]>,
    /** Problems with the officials file, one line each; what could be loaded is used anyway. */
    readonly errors: readonly string[] = [],
    /** The people were proposed from the text: the corpus has no officials file. */
    readonly proposed = false,
    /** The search of these people when the caller keeps one (while the people stay the same), made on first use. */
    private readonly searchOf: () => OfficialsSearch = () => new OfficialsSearch(officials),
  ) {
    this.byId = new Map(officials.map(official => [official.id, official]));
  }

  /** The search of the people, built on first use: a large roster's takes a second, and many sessions never search. */
  get search(): OfficialsSearch {
    this.searchCache ??= this.searchOf();
    return this.searchCache;
  }

  /** The cited authors as the search reads them, and their search (built on first use: most queries are names). */
  get authorSearch(): OfficialsSearch {
    this.authorSearchCache ??= new OfficialsSearch(authorsAsPeople(this.authors));
    return this.authorSearchCache;
  }

  official(id: string): Official | undefined {
    return this.byId.get(id);
  }

  /** Every mention of the person, by file then position. */
  mentionsOf(id: string): readonly FileMention[] {
    return this.byOfficial().get(id) ?? [];
  }

  mentionsIn(file: string): readonly FileMention[] {
    return this.byFile.get(file) ?? [];
  }

  /** The mention covering `offset` in `file`, if any. */
  mentionAt(file: string, offset: number): FileMention | undefined {
    return this.mentionsIn(file).find(mention => mention.start <= offset && offset <= mention.end);
  }

  private byOfficial(): Map<string, FileMention[]> {
    if (this.byOfficialCache) return this.byOfficialCache;
    const byOfficial = new Map<string, FileMention[]>();
    for (const file of [...this.byFile.keys()].sort((a, b) => a.localeCompare(b))) {
      for (const mention of this.byFile.get(file) ?? []) {
        const list = byOfficial.get(mention.officialId) ?? [];
        list.push(mention);
        byOfficial.set(mention.officialId, list);
      }
    }
    this.byOfficialCache = byOfficial;
    return byOfficial;
  }
}

/**
 * The mentions of each file, kept between builds of the index with the stamp of the text they were found in (the
 * text itself, or a version the caller keeps): a file is searched again only when its stamp or the list of people
 * changed, so an edit costs a search of one file, not of the whole corpus.
 */
export class MentionCache {
  private people: string | undefined;
  private finder = new MentionFinder([]);
  private readonly byFile = new Map<string, { stamp: string; mentions: FileMention[] }>();

  /**
   * Called before each build, with the people and the files of the corpus as they now are; `peopleKey` names the
   * people when the caller can do it more cheaply than by the whole list.
   */
  prepare(officials: readonly Official[], files: readonly { file: string }[], peopleKey = JSON.stringify(officials)): void {
    if (peopleKey !== this.people) {
      this.people = peopleKey;
      this.finder = new MentionFinder(officials);
      this.byFile.clear();
    }
    const present = new Set(files.map(f => f.file));
    for (const file of this.byFile.keys()) if (!present.has(file)) this.byFile.delete(file);
  }

  /** Whether the file's mentions were found in the text with this stamp. */
  isCurrent(file: string, stamp: string): boolean {
    return this.byFile.get(file)?.stamp === stamp;
  }

  find(file: string, text: string, stamp = text): FileMention[] {
    const known = this.byFile.get(file);
    if (known?.stamp === stamp) return known.mentions;
    return this.keep(file, stamp, findFileMentions(this.finder, text));
  }

  /** Takes mentions found elsewhere (read back from the persisted index) as the file's at this stamp. */
  keep(file: string, stamp: string, found: FileMentionsRecord): FileMention[] {
    const mentions = found.mentions.map(mention => ({ ...mention, file }));
    this.byFile.set(file, { stamp, mentions });
    return mentions;
  }

  /** The mentions last found in the file (none when it was never searched). */
  mentionsIn(file: string): FileMention[] {
    return this.byFile.get(file)?.mentions ?? [];
  }

  forget(file: string): void {
    this.byFile.delete(file);
  }
}

/**
 * Builds the index from the corpus's Markdown files and its officials file (`undefined` when it has none); give the
 * same `mentions` cache to every build of one corpus. Without an officials file no word the glossary (`terms`) knows
 * is proposed as a person.
 */
export function buildOfficialsIndex(files: readonly CorpusFile[], officialsFile?: CorpusFile, mentions = new MentionCache(), terms?: KnownTerms): OfficialsIndex {
  const found = (officials: readonly Official[]) => {
    mentions.prepare(officials, files);
    return new Map(files.map(({ file, text }) => [file, mentions.find(file, text)]));
  };
  if (!officialsFile) {
    const proposed = proposeOfficials(files.map(f => f.text), terms);
    return new OfficialsIndex(proposed, authorsFromNotes(files.map(f => f.text)), found(proposed), [], true);
  }
  const { data, errors } = loadOfficials(officialsFile.text, officialsFile.file);
  return new OfficialsIndex(data.officials, data.authors, found(data.officials), errors, false);
}
