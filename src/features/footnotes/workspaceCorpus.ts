// The note problems of every file of the workspace corpus, so they show without opening the file: a part of the
// corpus index (found once per file and kept across restarts), published for the files not open in an editor.
// Open documents are left to the editor-side index.
import * as vscode from 'vscode';
import type { NoteFinding } from '../../core/citations';
import { dataPart } from '../shared/indexParts';
import type { CorpusData } from '../shared/corpusData';
import type { CorpusIndex } from '../shared/corpusIndex';
import type { FootnoteDiagnostics } from './footnoteDiagnostics';

const NOTES = 'notes' as const;

export class WorkspaceCorpus implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(index: CorpusIndex, data: CorpusData, diagnostics: FootnoteDiagnostics) {
    index.register(dataPart<NoteFinding[]>(data, NOTES));
    this.disposables.push(
      data.onDidChange(() => void index.refresh()),
      index.onDidUpdate(({ changed, deleted }) => {
        for (const uri of deleted) diagnostics.forget(uri);
        for (const uri of changed) {
          if (vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString())) continue;
          const findings = index.part<NoteFinding[]>(uri, NOTES);
          if (findings) diagnostics.publishFindings(uri, findings);
        }
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
