// Who writes an annotation when no setting names them: `git config user.name` (a research group shares
// annotations through git, where that name is already known), else the system user.
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';

export function gitUserName(cwd: string): Promise<string | undefined> {
  return new Promise(resolve => execFile('git', ['config', 'user.name'], { cwd }, (err, stdout) => resolve(err ? undefined : stdout.trim() || undefined)));
}

export async function creatorName(cwd: string, configured?: string): Promise<string | undefined> {
  if (configured) return configured;
  const fromGit = await gitUserName(cwd);
  if (fromGit) return fromGit;
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}
