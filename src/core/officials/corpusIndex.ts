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
    files: readonly CorpusFile[],
    /** Problems with the officials file, one line each; what could be loaded is used anyway. */
    readonly errors: readonly string[] = [],
    /** The people were proposed from the text: the corpus has no officials file. */
    readonly proposed = false,
  ) {
    this.search = new OfficialsSearch(officials);
    this.byId = new Map(officials.map(official => [official.id, official]));
    const finder = new MentionFinder(officials);
    for (const { file, text } of [...files].sort((a, b) => a.file.localeCompare(b.file))) this.addFile(file, finder.find(text));
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

  private addFile(file: string, mentions: Mention[]): void {
    const inFile = mentions.map(mention => ({ ...mention, file }));
    this.byFile.set(file, inFile);
    for (const mention of inFile) {
      const list = this.byOfficial.get(mention.officialId) ?? [];
      list.push(mention);
      this.byOfficial.set(mention.officialId, list);
    }
  }
}

/** Builds the index from the corpus's Markdown files and its officials file (`undefined` when it has none). */
export function buildOfficialsIndex(files: readonly CorpusFile[], officialsFile?: CorpusFile): OfficialsIndex {
  if (!officialsFile) return new OfficialsIndex(proposeOfficials(files.map(f => f.text)), [], files, [], true);
  const { data, errors } = loadOfficials(officialsFile.text, officialsFile.file);
  return new OfficialsIndex(data.officials, data.authors, files, errors);
}
