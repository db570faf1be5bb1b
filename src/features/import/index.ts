// Import Article…: asks for an article (PDF, Word .docx or a text extraction) and where to write its Markdown,
// runs the bundled command line's `opis import` on it (so pdf.js and mammoth stay out of the extension's own
// bundle), shows the summary with its guesses, and opens the result.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';

/** Arguments for automation and tests; without them the command asks. */
export interface ImportArticleArgs {
  file?: vscode.Uri;
  target?: vscode.Uri;
}

interface Run {
  code: number;
  stderr: string;
}

export function registerImportArticle(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Opis Import');
  const cli = context.asAbsolutePath('dist/cli.js');
  context.subscriptions.push(
    output,
    // from the Explorer's context menu the command gets the file's URI
    vscode.commands.registerCommand('opis.importArticle', (args: ImportArticleArgs | vscode.Uri = {}) =>
      importArticle(cli, output, args instanceof vscode.Uri ? { file: args } : args),
    ),
  );
}

async function importArticle(cli: string, output: vscode.OutputChannel, args: ImportArticleArgs): Promise<vscode.Uri | undefined> {
  const file =
    args.file ?? (await vscode.window.showOpenDialog({ title: 'Article to import', filters: { Articles: ['pdf', 'docx', 'txt'], 'All files': ['*'] } }))?.[0];
  if (!file) return undefined;
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({ title: 'Write the Markdown to', defaultUri: file.with({ path: file.path.replace(/\.[^./]*$/, '') + '.md' }), filters: { Markdown: ['md'] } }));
  if (!target) return undefined;
  const run = await runImport(cli, file.fsPath, target.fsPath);
  // The summary is the command line's: what was read, the number of notes, then each guess to check.
  const summary = run.stderr.replace(/^opis import: /, '').trim();
  output.appendLine(summary);
  if (run.code !== 0) {
    void vscode.window.showErrorMessage(`Opis: ${summary}`);
    return undefined;
  }
  const [first, ...guesses] = summary.split('\n');
  await vscode.window.showTextDocument(target);
  const show = guesses.length > 0 ? 'Show Guesses' : undefined;
  void vscode.window.showInformationMessage(`Opis: ${first}${show ? ` — ${guesses[0]}` : ''}`, ...(show ? [show] : [])).then(choice => choice && output.show());
  return target;
}

/** `opis import FILE -o TARGET` in the extension host's own runtime, run as Node. */
function runImport(cli: string, file: string, target: string): Promise<Run> {
  return new Promise(resolve => {
    execFile(process.execPath, [cli, 'import', file, '-o', target], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr });
    });
  });
}
