// Runs work on a document a moment after its last change, so a long article is not re-parsed on every keystroke.
import type * as vscode from 'vscode';

export class DocumentDebouncer implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly delayMs: number,
    private readonly work: (document: vscode.TextDocument) => void,
  ) {}

  /** (Re)starts the document's wait; the work runs once it ends, unless the document was closed by then. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.work(document);
      }, this.delayMs),
    );
  }

  cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
