// The Annotations feature: notes on passages kept in the workspace's .opis/annotations.json, shown as
// comment threads and highlights, listed in the Annotations view, and following their passages through edits.
import * as vscode from 'vscode';
import { AnnotationCommands } from './annotationCommands';
import { createAnnotationsView, type AnnotationsTreeProvider, type ShownNote } from './annotationsView';
import { AnnotationWorkspace, type OutsideStores } from './annotationWorkspace';
import { CommentThreads } from './commentThreads';
import { AnnotationConflicts } from './conflicts';
import { Highlights } from './highlights';
import { registerImportExport } from './importExportCommands';
import { registerAnnotationNavigation } from './navigation';
import { PreviewAnnotations } from './previewAnnotations';
import { registerPrepareRepository } from './prepareRepository';

/** What `opis.annotations.inspect` reports: the threads as VS Code holds them, for automation and tests. */
export interface AnnotationsSnapshot {
  threads: { id: string; uri: string; range: [number, number, number, number] | undefined; label: string | undefined; comments: { body: string; reply: boolean }[]; authors: string[] }[];
  orphans: { id: string; quote: string; reason: string }[];
  /** Ids of annotations and replies in conflict, with how many versions each keeps. */
  conflicts: { id: string; versions: number }[];
  /** Per workspace folder (URI), where its shared and private annotations are kept (paths). */
  stores: { folder: string; shared: string; private: string }[];
  /** The Annotations view's notes as shown, filter applied. */
  view: ShownNote[];
}

/** Everything that reads the store; the view stays, pointed at the new workspace on a reload. */
function start(provider: AnnotationsTreeProvider, outside: OutsideStores, changed: vscode.EventEmitter<void>): { parts: vscode.Disposable[]; workspace: AnnotationWorkspace; threads: CommentThreads } {
  const workspace = new AnnotationWorkspace(outside);
  const threads = new CommentThreads(workspace);
  const highlights = new Highlights(workspace);
  provider.setWorkspace(workspace);
  const commands = new AnnotationCommands(workspace, threads, provider).register();
  const conflicts = new AnnotationConflicts(workspace);
  return { parts: [...commands, ...registerAnnotationNavigation(workspace), ...registerImportExport(workspace), conflicts, highlights, threads, workspace, workspace.onDidChange(() => changed.fire())], workspace, threads };
}

/** Returns the annotations as the Markdown preview and the Opis Reader show them. */
export function registerAnnotations(context: vscode.ExtensionContext): PreviewAnnotations {
  const { provider, view } = createAnnotationsView();
  const outside: OutsideStores = { extensionUri: context.extensionUri, globalStorageUri: context.globalStorageUri };
  // Fires whenever the annotations change, whichever workspace is running: tests wait on it, never on a clock.
  const changed = new vscode.EventEmitter<void>();
  let running = start(provider, outside, changed);
  const stop = () => running.parts.forEach(p => p.dispose());
  const preview = new PreviewAnnotations(() => running.workspace, changed.event);
  context.subscriptions.push(
    { dispose: stop },
    changed,
    preview,
    vscode.commands.registerCommand('opis.annotations.onDidChange', () => changed.event),
    view,
    provider,
    ...registerPrepareRepository(context),
    // Re-reads the store and rebuilds every thread, as a window reload would.
    vscode.commands.registerCommand('opis.annotations.restart', async () => {
      stop();
      running = start(provider, outside, changed);
      await running.workspace.ready;
    }),
    vscode.commands.registerCommand('opis.annotations.inspect', async (): Promise<AnnotationsSnapshot> => {
      await running.workspace.ready;
      const threads: AnnotationsSnapshot['threads'] = [];
      const orphans: AnnotationsSnapshot['orphans'] = [];
      for (const placed of running.workspace.all()) {
        const thread = running.threads.thread(placed.annotation.id);
        if (placed.placement && 'orphan' in placed.placement) orphans.push({ id: placed.annotation.id, quote: placed.annotation.quote.exact, reason: placed.placement.orphan });
        if (!thread) continue;
        const r = thread.range;
        threads.push({
          id: placed.annotation.id,
          uri: thread.uri.toString(),
          range: r && [r.start.line, r.start.character, r.end.line, r.end.character],
          label: thread.label,
          comments: thread.comments.map(c => ({ body: typeof c.body === 'string' ? c.body : c.body.value, reply: c.contextValue === 'opis-reply' })),
          authors: thread.comments.map(c => c.author.name),
        });
      }
      return { threads, orphans, conflicts: running.workspace.conflicts().map(c => ({ id: c.id, versions: c.versions.length })), stores: running.workspace.storeLocations(), view: await provider.entries() };
    }),
  );
  return preview;
}
