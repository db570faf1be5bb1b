// Runs git in a folder: annotations are shared through the reader's own repositories, so git is asked what it
// knows (the user's name, the repository's top folder) and configured for merging them.
import { execFile } from 'node:child_process';

export type GitRun = { ok: true; stdout: string } | { ok: false; error: string };

export function git(args: string[], cwd: string): Promise<GitRun> {
  return new Promise(resolve =>
    execFile('git', args, { cwd }, (err, stdout, stderr) => resolve(err ? { ok: false, error: stderr.trim() || err.message } : { ok: true, stdout: stdout.trim() })),
  );
}
