// The texts of the articles last asked for a place (a mention's line, a citation revealed, a conflict published):
// read through the workspace when asked and kept for a few articles while their text stays the same, so the places
// of one article cost one read and one line index. The index keeps offsets, not every article's text.
import type * as vscode from 'vscode';
import { LineIndex } from '../../core/text/range';
import { toVscodeRange } from './convert';
import type { CorpusWorkspace } from './corpusWorkspace';

interface Kept {
  stamp: string;
  text: Promise<string | undefined>;
  lines?: LineIndex;
}

export class RecentTexts {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly workspace: CorpusWorkspace,
    private readonly size = 8,
  ) {}

  /** The article's text as the workspace has it now (an open editor's over the file on disk). */
  text(uri: vscode.Uri): Promise<string | undefined> {
    return this.entry(uri).text;
  }

  /** The lines and columns of offsets in the article; undefined when its text is gone or shorter. */
  async rangeOf(uri: vscode.Uri, start: number, end: number): Promise<vscode.Range | undefined> {
    const entry = this.entry(uri);
    const text = await entry.text;
    if (text === undefined || end > text.length) return undefined;
    entry.lines ??= new LineIndex(text);
    return toVscodeRange(entry.lines.rangeOf(start, end));
  }

  private entry(uri: vscode.Uri): Kept {
    const key = uri.toString();
    const stamp = this.workspace.stamp(uri);
    let entry = this.kept.get(key);
    if (entry?.stamp !== stamp) {
      entry = { stamp, text: this.workspace.text(uri) };
      this.kept.delete(key);
      if (this.kept.size >= this.size) this.kept.delete(this.kept.keys().next().value!);
    } else this.kept.delete(key);
    // the most recently asked last, so the oldest goes first
    this.kept.set(key, entry);
    return entry;
  }
}
