// The annotation commands. Each accepts arguments as well as working from the editor and the comment
// widgets, so it can be run from keybindings, menus, the view and tests alike.
import * as vscode from 'vscode';
import { CATEGORIES, type Annotation } from '../../core/annotations';
import type { AnnotationWorkspace } from './annotationWorkspace';
import type { AnnotationFilter, AnnotationsTreeProvider } from './annotationsView';
import { AnnotationComment, noteBody, type CommentThreads } from './commentThreads';
import { registerReadingMode } from './readingMode';

/** Arguments of `opis.annotateSelection` when run without the editor's selection (tests, automation). */
export interface AnnotateArgs {
  uri?: vscode.Uri | string;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  note?: string;
  tags?: string[];
  category?: string;
}

/** An annotation id, or what the view and the comment widgets pass. */
type Target = string | { id?: string; annotationId?: string; kind?: string; annotation?: Annotation } | AnnotationComment | vscode.CommentThread | undefined;

export class AnnotationCommands {
  private lastDeleted: { annotation: Annotation; uri: vscode.Uri; private: boolean } | undefined;
  /** New threads opened by Annotate Selection, waiting for their first note. */
  private readonly drafts = new Set<vscode.CommentThread>();

  constructor(
    private readonly workspace: AnnotationWorkspace,
    private readonly threads: CommentThreads,
    private readonly tree: AnnotationsTreeProvider,
  ) {}

  register(): vscode.Disposable[] {
    const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
    return [
      command('opis.annotateSelection', (args?: AnnotateArgs) => this.annotate(args)),
      command('opis.annotation.create', (reply: vscode.CommentReply) => this.createFromThread(reply)),
      command('opis.annotation.reply', (reply: vscode.CommentReply | { id: string; note: string }) => this.reply(reply)),
      command('opis.annotation.edit', (comment: AnnotationComment) => this.setMode(comment, vscode.CommentMode.Editing)),
      command('opis.annotation.cancelEdit', (comment: AnnotationComment) => this.setMode(comment, vscode.CommentMode.Preview)),
      command('opis.annotation.saveEdit', (comment: AnnotationComment | { id: string; replyId?: string; note: string }) => this.saveEdit(comment)),
      command('opis.annotation.delete', (target: Target | { id: string; replyId?: string }) => this.delete(target)),
      command('opis.annotation.undoDelete', () => this.undoDelete()),
      command('opis.annotation.setTags', (target: Target, tags?: string[]) => this.setTags(target, tags)),
      command('opis.annotation.setCategory', (target: Target, category?: string) => this.setCategory(target, category)),
      command('opis.annotation.reattach', (target: Target, args?: AnnotateArgs) => this.reattach(target, args)),
      command('opis.annotation.toggleSharing', (target: Target, toPrivate?: boolean) => this.toggleSharing(target, toPrivate)),
      command('opis.annotation.reveal', (target: Target) => this.reveal(target)),
      command('opis.annotations.filter', (filter?: AnnotationFilter) => this.chooseFilter(filter)),
      command('opis.annotations.clearFilter', () => this.applyFilter({})),
      ...registerReadingMode(),
    ];
  }

  private idOf(target: Target): string | undefined {
    if (typeof target === 'string') return target;
    if (!target) return this.idAtCursor();
    if (target instanceof AnnotationComment) return target.annotationId;
    if ('annotationId' in target && target.annotationId) return target.annotationId;
    if ('annotation' in target && target.annotation) return target.annotation.id;
    if ('id' in target && typeof target.id === 'string') return target.id;
    if ('comments' in target) return (target.comments[0] as AnnotationComment | undefined)?.annotationId;
    return undefined;
  }

  /** The annotation under the cursor in the active editor. */
  private idAtCursor(): string | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const here = editor.document.offsetAt(editor.selection.active);
    return this.workspace.inDocument(editor.document).find(({ placement }) => 'range' in placement && placement.range.start <= here && here <= placement.range.end)?.annotation.id;
  }

  private async editorFor(args: AnnotateArgs | undefined): Promise<{ doc: vscode.TextDocument; range: vscode.Range } | undefined> {
    if (args?.uri && args.range) {
      const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
      const doc = await vscode.workspace.openTextDocument(uri);
      const { start, end } = args.range;
      return { doc, range: doc.validateRange(new vscode.Range(start.line, start.character, end.line, end.character)) };
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('Opis: select the passage to annotate first.');
      return undefined;
    }
    return { doc: editor.document, range: editor.selection };
  }

  /** With a note: stores the annotation at once (returns its id). Without: opens an empty thread for the note. */
  private async annotate(args?: AnnotateArgs): Promise<string | undefined> {
    await this.workspace.ready;
    const at = await this.editorFor(args);
    if (!at || at.range.isEmpty) return undefined;
    // A selection of whole lines ends at the start of the next one; the passage ends with its last line.
    if (at.range.end.character === 0 && at.range.end.line > at.range.start.line) at.range = at.range.with({ end: at.doc.lineAt(at.range.end.line - 1).range.end });
    if (args?.note !== undefined) {
      const annotation = await this.workspace.create(at.doc, at.range, { note: args.note, tags: args.tags, category: args.category });
      return annotation?.id;
    }
    const editor = vscode.window.activeTextEditor;
    if (!args && editor?.document === at.doc && !this.threadEndsOn(at.doc, at.range.end.line)) {
      // VS Code's own Add Comment opens the thread on the selection with its note input focused, so what is typed
      // next goes into the note and never over the passage. Its first note creates the annotation (as from the
      // gutter). It would only open an existing thread whose passage ends on the same line, so then Opis opens one.
      editor.selection = new vscode.Selection(at.range.start, at.range.end);
      await vscode.commands.executeCommand('workbench.action.addComment');
      return undefined;
    }
    const thread = this.threads.controller.createCommentThread(at.doc.uri, at.range, []);
    thread.contextValue = 'opis-draft';
    thread.label = 'New annotation';
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    this.drafts.add(thread);
    // The thread's input cannot take the focus from here: a keystroke then lands after the passage, not over it.
    if (editor?.document === at.doc) editor.selection = new vscode.Selection(at.range.end, at.range.end);
    return undefined;
  }

  /** Whether a thread of Opis's already ends on the line (VS Code shows one comment widget per line end). */
  private threadEndsOn(doc: vscode.TextDocument, line: number): boolean {
    return this.workspace.inDocument(doc).some(({ placement }) => 'range' in placement && doc.positionAt(placement.range.end).line === line);
  }

  /** The first note of a draft thread (from Annotate Selection or the gutter) creates the annotation. */
  private async createFromThread(reply: vscode.CommentReply): Promise<void> {
    const thread = reply.thread;
    const range = thread.range;
    this.drafts.delete(thread);
    thread.dispose();
    if (!range) return;
    const doc = await vscode.workspace.openTextDocument(thread.uri);
    // A gutter thread covers whole lines; its end is the end of the last line.
    const passage = range.isEmpty || range.end.character === 0 ? new vscode.Range(range.start.with({ character: 0 }), doc.lineAt(range.end.line).range.end) : range;
    const annotation = await this.workspace.create(doc, passage, { note: reply.text });
    if (annotation) this.threads.reveal(annotation.id);
  }

  private async reply(reply: vscode.CommentReply | { id: string; note: string }): Promise<string | undefined> {
    if ('thread' in reply && this.drafts.has(reply.thread)) {
      await this.createFromThread(reply);
      return undefined;
    }
    const id = 'thread' in reply ? this.idOf(reply.thread) : reply.id;
    const note = 'thread' in reply ? reply.text : reply.note;
    if (!id || !note.trim()) return undefined;
    return (await this.workspace.reply(id, note))?.id;
  }

  /** Editing shows the note as written; preview (cancel) puts back the stored note as it renders. */
  private setMode(comment: AnnotationComment, mode: vscode.CommentMode): void {
    const annotation = this.workspace.find(comment.annotationId)?.annotation;
    const stored = comment.replyId ? annotation?.replies.find(r => r.id === comment.replyId)?.note : annotation?.note;
    if (stored !== undefined) comment.body = mode === vscode.CommentMode.Editing ? stored : noteBody(stored);
    comment.mode = mode;
    comment.parent.comments = [...comment.parent.comments];
  }

  private async saveEdit(target: AnnotationComment | { id: string; replyId?: string; note: string }): Promise<void> {
    const isComment = target instanceof AnnotationComment;
    const id = isComment ? target.annotationId : target.id;
    const note = isComment ? (typeof target.body === 'string' ? target.body : target.body.value) : target.note;
    if (isComment) {
      target.mode = vscode.CommentMode.Preview;
      target.parent.comments = [...target.parent.comments];
    }
    if (target.replyId) await this.workspace.editReply(id, target.replyId, note);
    else await this.workspace.update(id, { note });
  }

  /** Deleting the note deletes the annotation (with Undo); deleting a reply deletes that reply. */
  private async delete(target: Target | { id: string; replyId?: string }): Promise<boolean> {
    if (target && typeof target === 'object' && 'comments' in target && this.drafts.delete(target)) {
      target.dispose();
      return true;
    }
    const replyId = target instanceof AnnotationComment ? target.replyId : target && typeof target === 'object' && 'replyId' in target ? target.replyId : undefined;
    const id = this.idOf(target as Target);
    if (!id) return false;
    if (replyId) return (await this.workspace.removeReply(id, replyId)) !== undefined;
    const placed = this.workspace.all().find(p => p.annotation.id === id);
    const wasPrivate = placed ? this.workspace.isPrivate(placed.annotation) : false;
    const removed = await this.workspace.remove(id);
    if (!removed) return false;
    // Without a file inside the folder there is no store to put it back in.
    if (!placed?.uri) return true;
    this.lastDeleted = { annotation: removed, uri: placed.uri, private: wasPrivate };
    void vscode.window.showInformationMessage('Annotation deleted.', 'Undo').then(choice => {
      if (choice === 'Undo') void this.undoDelete();
    });
    return true;
  }

  private async undoDelete(): Promise<string | undefined> {
    const last = this.lastDeleted;
    this.lastDeleted = undefined;
    if (!last) return undefined;
    await this.workspace.restore([last.annotation], last.uri, last.private);
    return last.annotation.id;
  }

  private async setTags(target: Target, tags?: string[]): Promise<void> {
    const id = this.idOf(target);
    const annotation = id && this.workspace.find(id)?.annotation;
    if (!annotation) return;
    const chosen = tags ?? (await pickTags(this.workspace.tags(), annotation.tags));
    if (chosen) await this.workspace.update(annotation.id, { tags: [...new Set(chosen.map(t => t.trim()).filter(Boolean))] });
  }

  private async setCategory(target: Target, category?: string): Promise<void> {
    const id = this.idOf(target);
    const annotation = id && this.workspace.find(id)?.annotation;
    if (!annotation) return;
    const chosen = category ?? (await vscode.window.showQuickPick([...CATEGORIES], { placeHolder: `Category (now ${annotation.category}); it sets the highlight colour` }));
    if (chosen) await this.workspace.update(annotation.id, { category: chosen });
  }

  /** Moves an annotation between the repository and the reader's private store; true once it is where asked. */
  private async toggleSharing(target: Target, toPrivate?: boolean): Promise<boolean> {
    const id = this.idOf(target);
    if (!id || !this.workspace.find(id)) return false;
    return this.workspace.setPrivate(id, toPrivate);
  }

  /** Attaches an annotation (usually an orphan) to the passage selected in the editor, or given as arguments. */
  private async reattach(target: Target, args?: AnnotateArgs): Promise<boolean> {
    const id = this.idOf(target);
    const found = id && this.workspace.find(id);
    if (!found) return false;
    const editor = vscode.window.activeTextEditor;
    if (!args && (!editor || editor.selection.isEmpty)) {
      const uri = this.workspace.all().find(p => p.annotation.id === found.annotation.id)?.uri;
      if (uri) await vscode.window.showTextDocument(uri, { preview: false }).then(undefined, () => undefined);
      void vscode.window.showInformationMessage(`Select the passage for “${found.annotation.quote.exact.slice(0, 60)}”, then choose Re-attach to Selection again.`);
      return false;
    }
    const at = await this.editorFor(args);
    return at ? this.workspace.reattach(found.annotation.id, at.doc, at.range) : false;
  }

  private async reveal(target: Target): Promise<void> {
    const id = this.idOf(target);
    const placed = this.workspace.all().find(p => p.annotation.id === id);
    if (!placed) return;
    if (!placed.uri) {
      void vscode.window.showWarningMessage(`Opis: the file of this note is not opened: ${placed.placement && 'orphan' in placed.placement ? placed.placement.orphan : 'it cannot be found'}.`);
      return;
    }
    const editor = await vscode.window.showTextDocument(placed.uri, { preview: true });
    const placement = this.workspace.inDocument(editor.document).find(p => p.annotation.id === id)?.placement;
    if (!placement || !('range' in placement)) {
      void vscode.window.showWarningMessage(`Opis: the passage of this note cannot be found (${placement && 'orphan' in placement ? placement.orphan : 'orphaned'}). Select its new place and choose Re-attach to Selection.`);
      return;
    }
    const range = new vscode.Range(editor.document.positionAt(placement.range.start), editor.document.positionAt(placement.range.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.threads.reveal(placed.annotation.id);
  }

  private async chooseFilter(filter?: AnnotationFilter): Promise<void> {
    if (filter) return this.applyFilter(filter);
    const items: (vscode.QuickPickItem & { filter: AnnotationFilter })[] = [
      { label: 'Show all', filter: {} },
      ...CATEGORIES.map(category => ({ label: category, description: 'category', filter: { category } })),
      ...this.workspace.tags().map(tag => ({ label: `#${tag}`, description: 'tag', filter: { tag } })),
      ...this.workspace.authors().map(author => ({ label: author, description: 'author (notes and replies)', filter: { author } })),
    ];
    const chosen = await vscode.window.showQuickPick(items, { placeHolder: 'Show annotations of a category, with a tag, or by an author' });
    if (chosen) this.applyFilter(chosen.filter);
  }

  private applyFilter(filter: AnnotationFilter): void {
    this.tree.filter = filter;
    const active = filter.category ?? filter.author ?? (filter.tag ? `#${filter.tag}` : undefined);
    void vscode.commands.executeCommand('setContext', 'opis.annotations.filtered', Boolean(active));
    this.tree.refresh();
  }
}

/** Existing tags to tick, plus whatever is typed as a new tag. */
function pickTags(existing: string[], current: string[]): Promise<string[] | undefined> {
  return new Promise(resolve => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem>();
    const base = [...new Set([...existing, ...current])].map(label => ({ label }));
    pick.canSelectMany = true;
    pick.placeholder = 'Tick tags, or type a new one and press Enter';
    pick.items = base;
    pick.selectedItems = base.filter(i => current.includes(i.label));
    pick.onDidChangeValue(value => {
      const typed = value.trim();
      const selected = pick.selectedItems;
      pick.items = typed && !base.some(i => i.label === typed) ? [{ label: typed, description: 'new tag' }, ...base] : base;
      pick.selectedItems = pick.items.filter(i => selected.some(s => s.label === i.label));
    });
    pick.onDidAccept(() => {
      const typed = pick.value.trim();
      const chosen = pick.selectedItems.map(i => i.label);
      resolve(typed && !chosen.includes(typed) ? [...chosen, typed] : chosen);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

