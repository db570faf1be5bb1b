// The official's mention under the cursor, shared by the reference and hover providers.
import type * as vscode from 'vscode';
import type { FileMention } from '../../core/officials/corpusIndex';
import type { OfficialsStore } from './officialsStore';

/** Undefined when the document is not in the corpus, has edits the index has not caught up with, or the
 * position is on no name. */
export function mentionAtPosition(store: OfficialsStore, document: vscode.TextDocument, position: vscode.Position): FileMention | undefined {
  const file = store.keyOf(document.uri);
  if (file === undefined) return undefined;
  const mention = store.index?.mentionAt(file, document.offsetAt(position));
  return mention && document.getText().slice(mention.start, mention.end) === mention.text ? mention : undefined;
}
