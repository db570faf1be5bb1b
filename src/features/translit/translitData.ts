// The corpus data transliteration needs for a document: the lexicon (curated words, glossary terms, officials'
// names), the glossary and the officials' mention finder. Each file is taken from the document's workspace
// folder when it has one, else from the corpus bundled with Opis; a change to any of them reloads.
import * as vscode from 'vscode';
import { GLOSSARY_FILE, Glossary, parseGlossary } from '../../core/glossary';
import { OFFICIALS_FILE, loadOfficials } from '../../core/officials/loader';
import { MentionFinder } from '../../core/officials/mentions';
import { buildCorpusLexicon, TRANSLIT_LEXICON_FILE, type SourceFile, type TextSources } from '../../core/translit';

/** The lexicon, glossary and officials of a workspace folder (or of the bundled corpus). */
export type CorpusData = TextSources;

const FILES = [TRANSLIT_LEXICON_FILE, OFFICIALS_FILE, GLOSSARY_FILE];

export class TranslitData implements vscode.Disposable {
  private readonly loaded = new Map<string, Promise<CorpusData>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly bundledCorpus: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${FILES.join(',')}}`);
    const reload = () => {
      this.loaded.clear();
      this.changed.fire();
    };
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  forDocument(document: vscode.TextDocument): Promise<CorpusData> {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const key = folder?.uri.toString() ?? '';
    let data = this.loaded.get(key);
    if (!data) {
      data = this.load(folder?.uri);
      this.loaded.set(key, data);
    }
    return data;
  }

  private async load(folder: vscode.Uri | undefined): Promise<CorpusData> {
    const [translitLexicon, officials, glossary] = await Promise.all(FILES.map(file => this.read(file, folder)));
    const { lexicon, errors } = buildCorpusLexicon({ translitLexicon, officials, glossary });
    for (const error of errors) this.log.warn(error);
    const entries = glossary ? parseGlossary(glossary.text, glossary.file).entries : [];
    const people = officials ? loadOfficials(officials.text, officials.file).data.officials : [];
    return { lexicon, glossary: new Glossary(entries), officials: people.length ? new MentionFinder(people) : undefined };
  }

  /** The folder's copy of a data file, else the bundled one; undefined when neither can be read. */
  private async read(file: string, folder: vscode.Uri | undefined): Promise<SourceFile | undefined> {
    for (const dir of folder ? [folder, this.bundledCorpus] : [this.bundledCorpus]) {
      const uri = vscode.Uri.joinPath(dir, file);
      try {
        return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), file: vscode.workspace.asRelativePath(uri) };
      } catch (err) {
        if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) this.log.warn(`${uri.fsPath}: ${String(err)}`);
      }
    }
    return undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
