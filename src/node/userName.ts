// Who writes an annotation when no setting names them: `git config user.name` (a research group shares
// annotations through git, where that name is already known), else the system user.
import { userInfo } from 'node:os';
import { git } from './git';

export async function gitUserName(cwd: string): Promise<string | undefined> {
  const run = await git(['config', 'user.name'], cwd);
  return run.ok ? run.stdout || undefined : undefined;
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
