// Who writes an annotation when no setting names them: `git config user.name` (a research group shares
// annotations through git, where that name is already known), else the system user. The email address is
// recorded only when the reader asks for it: shared annotations are committed, so everyone would see it.
import { userInfo } from 'node:os';
import { git } from './git';

async function gitConfig(key: string, cwd: string): Promise<string | undefined> {
  const run = await git(['config', key], cwd);
  return run.ok ? run.stdout || undefined : undefined;
}

export const gitUserName = (cwd: string) => gitConfig('user.name', cwd);

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

/** The creator's name and, when `withEmail`, `git config user.email` (if set). */
export async function creatorIdentity(cwd: string, configured: string | undefined, withEmail: boolean): Promise<{ creator?: string; creatorEmail?: string }> {
  const creator = await creatorName(cwd, configured);
  const creatorEmail = withEmail && creator !== undefined ? await gitConfig('user.email', cwd) : undefined;
  return { creator, creatorEmail };
}
