// Runs the `opis` command line in memory, the way the CLI tests of every area need it: the exit code and
// everything written to stdout and stderr.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../src/cli/main';

/** The corpus shipped with Opis. */
export const BUNDLED_CORPUS = path.resolve(__dirname, '..', '..', 'corpus');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Where relative paths resolve; the bundled corpus unless given. */
  cwd?: string;
  /** The corpus Opis ships; the repository's `corpus/` unless given. */
  bundledCorpus?: string;
}

/** The CLI run from its sources, as git runs it when a test sets up the merge driver. */
export const CLI_FROM_SOURCE = [process.execPath, '--import', pathToFileURL(require.resolve('tsx')).href, path.resolve(__dirname, '..', '..', 'src', 'cli', 'cli.ts')];

export async function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const bundledCorpus = options.bundledCorpus ?? BUNDLED_CORPUS;
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    cwd: options.cwd ?? bundledCorpus,
    bundledCorpus,
    self: CLI_FROM_SOURCE,
  });
  return { code, stdout, stderr };
}
