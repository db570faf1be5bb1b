// Views of an article other than its editor (the Opis Reader): the Argument view reveals a passage in them and
// follows them as they scroll.
import type * as vscode from 'vscode';

/** A view of the document `uri` scrolled so that source line `line` (0-based, fractional) is at its top. */
export interface ArticleScroll {
  uri: vscode.Uri;
  line: number;
}

export interface ArticleViews {
  /** Scrolls the document's views to put source line `line` at their top. */
  reveal(uri: vscode.Uri, line: number): void;
  readonly onDidScroll: vscode.Event<ArticleScroll>;
  /** The source line last reported at the top of a view of the document, if any. */
  topLine(uri: vscode.Uri): number | undefined;
}
