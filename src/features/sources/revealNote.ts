// Opens the article of a citing note at the note: its definition, with the citation of the file selected when the
// note was chosen under a file, or its reference in the text.
import * as vscode from 'vscode';
import { markerOf, referenceOf } from '../../core/sources';
import type { SourcesNode } from './sourcesTreeProvider';
import type { SourcesStore } from './sourcesStore';

export type NoteTarget = 'definition' | 'reference';

export async function revealNote(store: SourcesStore, node: SourcesNode & { kind: 'note' }, target: NoteTarget): Promise<vscode.TextEditor | undefined> {
  const { article, note: label } = node.note;
  const note = await store.currentNote(article, label);
  const uri = store.uriOf(article);
  if (!note || !uri) return undefined;
  const cited = node.parent.kind === 'file' ? (await store.citationLocation(article, label, node.parent.file))?.range : undefined;
  const reference = referenceOf(note);
  const range = (target === 'reference' && reference ? await store.rangeIn(uri, reference) : cited) ?? (await store.rangeIn(uri, markerOf(note)));
  const editor = await vscode.window.showTextDocument(uri, { selection: range, preview: false });
  if (!range) return editor;
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

