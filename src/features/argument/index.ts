// The Argument feature: the Argument view, follow-cursor, Next/Previous Claim and the argument file's
// diagnostics, all driven by one session that tracks the article being read.
import * as vscode from 'vscode';
import type { ArticleViews } from '../shared/articleViews';
import { registerArgumentDiagnostics } from './argumentDiagnostics';
import { ArgumentSession } from './argumentSession';
import type { ArgumentNode } from './argumentTree';
import type { ArgumentTreeProvider } from './argumentTreeProvider';
import { createArgumentView } from './argumentView';
import { registerClaimNavigation } from './claimNavigation';
import { FollowCursor } from './followCursor';
import { noteSummary } from './noteSummary';
import { registerRevealCommand } from './revealPassage';

/** What `opis.argument.inspect` returns: the view's live parts, for automation and the extension's tests. */
export interface ArgumentViewHandle {
  session: ArgumentSession;
  provider: ArgumentTreeProvider;
  view: vscode.TreeView<ArgumentNode>;
  followCursor: FollowCursor;
}

/** `views`: the article's views besides the editor (the Opis Readers), revealed in and followed too. */
export function registerArgumentView(context: vscode.ExtensionContext, views?: ArticleViews): void {
  const session = new ArgumentSession(noteSummary);
  const { view, provider, disposables } = createArgumentView(session);
  const followCursor = new FollowCursor(session, view, views);
  const handle: ArgumentViewHandle = { session, provider, view, followCursor };
  context.subscriptions.push(
    session,
    ...disposables,
    followCursor,
    registerRevealCommand(session, views),
    ...registerClaimNavigation(session, views),
    ...registerArgumentDiagnostics(session),
    vscode.commands.registerCommand('opis.argument.inspect', () => handle),
  );
}
