// The glossary footnote features use for a document: the bundled one (or a corpus folder's own glossary.json
// at its root), extended by the folder's `.opis/glossary.json` in a trusted workspace. Reloaded when any of
// them changes or the workspace becomes trusted.
import * as vscode from 'vscode';
import { archivalOptions, type ArchivalOptions } from '../../core/citations';
import { GLOSSARY_FILE, WORKSPACE_GLOSSARY, glossaryFromSources, type Glossary, type GlossarySource } from '../../core/glossary';

export interface LoadedFootnoteGlossary {
  glossary: Glossary;
  options: ArchivalOptions;
}

export class FootnoteGlossary implements vscode.Disposable {
  private readonly loaded = new Map<string, Promise<LoadedFootnoteGlossary>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly bundledCorpus: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{glossary.json,.opis/glossary.json}');
    const reload = () => {
      this.loaded.clear();
      this.changed.fire();
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
    );
  }

  forDocument(uri: vscode.Uri): Promise<LoadedFootnoteGlossary> {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    const key = folder?.toString() ?? '';
    let data = this.loaded.get(key);
    if (!data) {
      data = this.load(folder);
      this.loaded.set(key, data);
    }
    return data;
  }

  private async load(folder: vscode.Uri | undefined): Promise<LoadedFootnoteGlossary> {
    const base =
      (folder && (await this.read(vscode.Uri.joinPath(folder, GLOSSARY_FILE)))) ??
      (await this.read(vscode.Uri.joinPath(this.bundledCorpus, GLOSSARY_FILE))) ?? { text: '{"version":1,"entries":[]}', file: GLOSSARY_FILE };
    const own = folder && vscode.workspace.isTrusted ? await this.read(vscode.Uri.joinPath(folder, WORKSPACE_GLOSSARY)) : undefined;
    const { glossary, errors } = glossaryFromSources(base, own);
    for (const error of errors) this.log.warn(error);
    if (errors.length && own) void vscode.window.showWarningMessage(`Opis: ${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more, see the Opis: Footnotes log)` : ''}`);
    return { glossary, options: archivalOptions(glossary) };
  }

  private async read(uri: vscode.Uri): Promise<GlossarySource | undefined> {
    try {
      return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), file: vscode.workspace.asRelativePath(uri) };
    } catch (err) {
      if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) this.log.warn(`${uri.toString()}: ${String(err)}`);
      return undefined;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
