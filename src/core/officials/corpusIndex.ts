// Officials of a whole corpus: the people (from its officials file, or proposed from the text when it has
// none), every mention in every Markdown file, and the search over them.
import { proposeOfficials } from './candidates';
import { loadOfficials } from './loader';
import type { Author, Official } from './model';
import { MentionFinder, type Mention } from './mentions';
import { OfficialsSearch } from './search';

export interface CorpusFile {
  /** Path relative to the corpus folder, '/'-separated. */
  file: string;
  text: string;
}

export interface FileMention extends Mention {
  file: string;
}

export class OfficialsIndex {
  readonly search: OfficialsSearch;
  private readonly byOfficial = new Map<string, FileMention[]>();
  private readonly byFile = new Map<string, FileMention[]>();
  private readonly byId: Map<string, Official>;

  constructor(
    readonly officials: readonly Official[],
    readonly authors: readonly Author[],
    /** The mentions of the people in each file of the corpus. */
    mentionsByFile: ReadonlyMap<string, readonly Mention[]>,
    /** Problems with the officials file, one line each; what could be loaded is used anyway. */
    readonly errors: readonly string[] = [],
    /** The people were proposed from the text: the corpus has no officials file. */
    readonly proposed = false,
    /** The search of these people when the caller has it already (it is kept while the people stay the same). */
    search?: OfficialsSearch,
  ) {
    this.search = search ?? new OfficialsSearch(officials);
    this.byId = new Map(officials.map(official => [official.id, official]));
    for (const file of [...mentionsByFile.keys()].sort((a, b) => a.localeCompare(b))) this.addFile(file, mentionsByFile.get(file) ?? []);
  }

  official(id: string): Official | undefined {
    return this.byId.get(id);
  }

  /** Every mention of the person, by file then position. */
  mentionsOf(id: string): readonly FileMention[] {
    return this.byOfficial.get(id) ?? [];
  }

  mentionsIn(file: string): readonly FileMention[] {
    return this.byFile.get(file) ?? [];
  }

  /** The mention covering `offset` in `file`, if any. */
  mentionAt(file: string, offset: number): FileMention | undefined {
    return this.mentionsIn(file).find(mention => mention.start <= offset && offset <= mention.end);
  }

  private addFile(file: string, mentions: readonly Mention[]): void {
    const inFile = mentions.map(mention => ({ ...mention, file }));
    this.byFile.set(file, inFile);
    for (const mention of inFile) {
      const list = this.byOfficial.get(mention.officialId) ?? [];
      list.push(mention);
      this.byOfficial.set(mention.officialId, list);
    }
  }
}

/**
 * The mentions of each file, kept between builds of the index: a file is searched again only when its text or the
 * list of people changed, so an edit costs a search of one file, not of the whole corpus.
 */
export class MentionCache {
  private people = '';
  private finder = new MentionFinder([]);
  private readonly byFile = new Map<string, { text: string; mentions: Mention[] }>();

  /** Called before each build, with the people and the files of the corpus as they now are. */
  prepare(officials: readonly Official[], files: readonly CorpusFile[]): void {
    const people = JSON.stringify(officials);
    if (people !== this.people) {
      this.people = people;
      this.finder = new MentionFinder(officials);
      this.byFile.clear();
    }
    const present = new Set(files.map(f => f.file));
    for (const file of this.byFile.keys()) if (!present.has(file)) this.byFile.delete(file);
  }

  find(file: string, text: string): Mention[] {
    const known = this.byFile.get(file);
    if (known?.text === text) return known.mentions;
    const mentions = this.finder.find(text);
    this.byFile.set(file, { text, mentions });
    return mentions;
  }
}

/**
 * Builds the index from the corpus's Markdown files and its officials file (`undefined` when it has none); give the
 * same `mentions` cache to every build of one corpus.
 */
export function buildOfficialsIndex(files: readonly CorpusFile[], officialsFile?: CorpusFile, mentions = new MentionCache()): OfficialsIndex {
  const found = (officials: readonly Official[]) => {
    mentions.prepare(officials, files);
    return new Map(files.map(({ file, text }) => [file, mentions.find(file, text)]));
  };
  if (!officialsFile) {
    const proposed = proposeOfficials(files.map(f => f.text));
    return new OfficialsIndex(proposed, [], found(proposed), [], true);
  }
  const { data, errors } = loadOfficials(officialsFile.text, officialsFile.file);
  return new OfficialsIndex(data.officials, data.authors, found(data.officials), errors, false);
}
