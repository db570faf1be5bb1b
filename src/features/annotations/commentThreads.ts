// Annotations as comment threads (Comments API): the note is the first comment, replies follow. The threads
// are a view of the store: they are rebuilt from it whenever it or a passage's range changes.
import * as vscode from 'vscode';
import type { Annotation, Reply } from '../../core/annotations';
import { noteMarkdown } from '../../core/text/markdownFromData';
import { safeMarkdown } from '../shared/safeMarkdown';
import type { AnnotationWorkspace } from './annotationWorkspace';

export class AnnotationComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  /** The note rendered; while it is being edited, the note as written. */
  body: string | vscode.MarkdownString;
  author: vscode.CommentAuthorInformation;
  timestamp: Date;
  label: string | undefined;
  contextValue: 'opis-note' | 'opis-reply';

  constructor(
    readonly annotationId: string,
    readonly replyId: string | undefined,
    readonly parent: vscode.CommentThread,
    source: Annotation | Reply,
    /** The author as the workspace names them: "(you)" after the reader's own name. */
    author: string | undefined,
  ) {
    this.contextValue = replyId ? 'opis-reply' : 'opis-note';
    this.body = noteBody(source.note);
    this.author = { name: author ?? 'Opis' };
    this.timestamp = new Date(source.modified || source.created);
    this.label = 'category' in source ? [source.category, ...source.tags.map(t => `#${t}`)].join(' ') : undefined;
  }
}

/** A note as shown: its Markdown without images, links or HTML (the store may come from anyone). */
export function noteBody(note: string): vscode.MarkdownString {
  return safeMarkdown(noteMarkdown(note));
}

/** The thread of each annotation placed in an open document, keyed by annotation id. */
export class CommentThreads implements vscode.Disposable {
  readonly controller = vscode.comments.createCommentController('opis.annotations', 'Opis annotations');
  private readonly threads = new Map<string, vscode.CommentThread>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly workspace: AnnotationWorkspace) {
    // Any Markdown line of a workspace file can start a new annotation from the gutter.
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: doc => (workspace.sourceOf(doc.uri) && doc.languageId === 'markdown' ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : []),
    };
    this.controller.options = { prompt: 'Write a note (Markdown)…', placeHolder: 'Note on this passage (Markdown)' };
    this.subscription = workspace.onDidChange(() => this.render());
    this.render();
  }

  dispose(): void {
    this.subscription.dispose();
    for (const thread of this.threads.values()) thread.dispose();
    this.threads.clear();
    this.controller.dispose();
  }

  thread(id: string): vscode.CommentThread | undefined {
    return this.threads.get(id);
  }

  /** Opens the thread of an annotation, expanded. */
  reveal(id: string): void {
    const thread = this.threads.get(id);
    if (thread) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }

  render(): void {
    const seen = new Set<string>();
    const conflicted = new Set(this.workspace.conflicts().map(c => c.id));
    for (const doc of vscode.workspace.textDocuments) {
      for (const { annotation, placement } of this.workspace.inDocument(doc)) {
        if (!('range' in placement)) continue;
        seen.add(annotation.id);
        const range = new vscode.Range(doc.positionAt(placement.range.start), doc.positionAt(placement.range.end));
        let thread = this.threads.get(annotation.id);
        if (!thread || thread.uri.toString() !== doc.uri.toString()) {
          thread?.dispose();
          thread = this.controller.createCommentThread(doc.uri, range, []);
          thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
          this.threads.set(annotation.id, thread);
        } else if (!thread.range?.isEqual(range)) thread.range = range;
        const conflict = [annotation.id, ...annotation.replies.map(r => r.id)].some(id => conflicted.has(id));
        // A conflict is named first: the thread shows one version until someone resolves it.
        const marks = [...(conflict ? ['Conflict'] : []), ...(this.workspace.isPrivate(annotation) ? ['Private'] : [])];
        thread.label = [...marks, annotation.category].join(' · ') + (annotation.tags.length ? ` · ${annotation.tags.map(t => `#${t}`).join(' ')}` : '');
        thread.contextValue = 'opis-annotation';
        this.updateComments(thread, annotation);
      }
    }
    for (const [id, thread] of this.threads) {
      if (seen.has(id)) continue;
      thread.dispose();
      this.threads.delete(id);
    }
  }

  /** Replaces the comments unless one is being edited (that would throw the user's edit away). */
  private updateComments(thread: vscode.CommentThread, annotation: Annotation): void {
    const current = thread.comments as readonly AnnotationComment[];
    if (current.some(c => c.mode === vscode.CommentMode.Editing)) return;
    const byline = (creator: string | undefined) => this.workspace.authorLabel(annotation, creator);
    const next = [
      new AnnotationComment(annotation.id, undefined, thread, annotation, byline(annotation.creator)),
      ...annotation.replies.map(r => new AnnotationComment(annotation.id, r.id, thread, r, byline(r.creator))),
    ];
    const text = (c: AnnotationComment) => (typeof c.body === 'string' ? c.body : c.body.value);
    const same = next.length === current.length && next.every((c, i) => text(c) === text(current[i]) && c.label === current[i].label && c.replyId === current[i].replyId && c.author.name === current[i].author.name);
    if (!same) thread.comments = next;
  }
}
