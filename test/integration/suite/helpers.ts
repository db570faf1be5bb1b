// Shared helpers for the extension-host suites.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Readers } from '../../../src/features/preview/reader';
import type { AnnotationsSnapshot } from '../../../src/features/annotations';
import type { ArgumentViewHandle } from '../../../src/features/argument';

export const EXTENSION_ID = 'opis-history.opis';
export const ARTICLE = 'harris-dual-subordination.md';

export async function activateOpis(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  await ext.activate();
  return ext;
}

/** Opens a file of the test workspace (a fresh copy of corpus/) in an editor. */
export async function openWorkspaceFile(relative: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap(h => h.contents)
    .map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/**
 * The code actions for `range`, asked again when VS Code cancels the request: it does when the set of code action
 * providers changes while it runs (an extension activated by the document registering its own), and the editor's
 * light bulb then asks again too.
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  for (let asked = 1; ; asked++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
    } catch (err) {
      if (asked === 5 || !(err instanceof Error) || err.message !== 'Canceled') throw err;
    }
  }
}

/** Resolves when `predicate` holds after a change event, or rejects after `ms` with `what`. */
export function waitFor<T>(event: vscode.Event<unknown>, predicate: () => T | undefined, what: string, ms = 20000): Promise<T> {
  const now = predicate();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      const value = predicate();
      if (value) {
        clearTimeout(timer);
        sub.dispose();
        resolve(value);
      }
    });
  });
}

export interface DecodedToken {
  text: string;
  type: string;
}

/** Runs the semantic tokens providers on a document and decodes the relative encoding with their legend. */
export async function semanticTokens(document: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  assert.ok(legend && tokens, 'a semantic tokens provider answers for Markdown');
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine ? deltaStart : character + deltaStart;
    const start = new vscode.Position(line, character);
    out.push({ text: document.getText(new vscode.Range(start, start.translate(0, length))), type: legend.tokenTypes[type] });
  }
  return out;
}

export const inspectAnnotations = () => vscode.commands.executeCommand<AnnotationsSnapshot>('opis.annotations.inspect');

/** Resolves once `check` finds what it waits for, checked now and after each change of the annotations. */
export async function untilAnnotations<T>(what: string, check: (snapshot: AnnotationsSnapshot) => T | undefined): Promise<T> {
  const changes = await vscode.commands.executeCommand<vscode.Event<void>>('opis.annotations.onDidChange');
  return new Promise((resolve, reject) => {
    let done = false;
    const sub = changes(() => void attempt());
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for ${what}`))), 20000);
    function finish(settle: () => void) {
      done = true;
      clearTimeout(timer);
      sub.dispose();
      settle();
    }
    async function attempt() {
      const found = check(await inspectAnnotations());
      if (found !== undefined && !done) finish(() => resolve(found));
    }
    void attempt();
  });
}

/** The article open in an editor and its curated outline in the Argument view. */
export async function articleWithArgument(): Promise<{ editor: vscode.TextEditor; handle: ArgumentViewHandle }> {
  await activateOpis();
  const editor = await openWorkspaceFile(ARTICLE);
  const handle = await vscode.commands.executeCommand<ArgumentViewHandle>('opis.argument.inspect');
  assert.ok(handle, 'opis.argument.inspect returns the view handle');
  // the session follows the active editor; earlier suites leave other editors (a diff of two versions) behind, so
  // the article is loaded here rather than through whichever editor event arrives last
  await handle.session.load(editor.document);
  await waitFor(
    handle.session.onDidChange,
    () =>
      handle.session.state?.document === editor.document &&
      handle.session.state.index.text === editor.document.getText() &&
      handle.session.state.outline.kind === 'curated',
    'the curated outline of the article',
  );
  return { editor, handle };
}

/** VS Code's Markdown extension renders as its preview does, with Opis's plugin; the corpus data loads after
 * activation, so render until Opis's layer (or `expected`) is there (a bounded number of renders, no timers). */
/**
 * Renders the document as the preview does until the HTML holds `expected`. The preview renders plain footnotes
 * until the folder's corpus data is loaded, and a version with the latest index until its own is made; Opis then
 * refreshes the previews, and this renders again.
 */
export async function renderWithOpis(document: vscode.TextDocument, expected: string | ((html: string) => boolean) = 'opis-mark', ms = 20000): Promise<string> {
  const done = typeof expected === 'string' ? (html: string) => html.includes(expected) : expected;
  const { data } = await vscode.commands.executeCommand<Readers>('opis.reader.inspect');
  const deadline = Date.now() + ms;
  for (;;) {
    let refreshed = () => {};
    const next = new Promise<void>(resolve => (refreshed = resolve));
    const subscription = data.onDidChange(() => refreshed());
    try {
      const html = await vscode.commands.executeCommand<string>('markdown.api.render', document);
      const left = deadline - Date.now();
      if (done(html) || left <= 0) return html;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([next, new Promise<void>(resolve => (timer = setTimeout(resolve, left)))]);
      clearTimeout(timer);
    } finally {
      subscription.dispose();
    }
  }
}
