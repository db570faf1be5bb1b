// Private annotations are never in the workspace (so never committed): they live in the user's own data
// folder, one store per workspace folder, named after a hash of its path:
//   <data>/opis/annotations/<first 16 hex digits of the SHA-256 of the workspace folder's absolute path>/
// where <data> is $XDG_DATA_HOME, else ~/.local/share (Linux), ~/Library/Application Support (macOS),
// %LOCALAPPDATA% (Windows). A host with its own storage passes that folder as <data> instead.
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { FolderLayout, type StoreLayout } from '../core/annotations';

export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_DATA_HOME) return env.XDG_DATA_HOME;
  if (platform === 'win32') return env.LOCALAPPDATA ?? path.join(homedir(), 'AppData', 'Local');
  if (platform === 'darwin') return path.join(homedir(), 'Library', 'Application Support');
  return path.join(homedir(), '.local', 'share');
}

export function privateStoreFolder(workspaceRoot: string, dataFolder = userDataFolder()): string {
  const hash = createHash('sha256').update(path.resolve(workspaceRoot)).digest('hex').slice(0, 16);
  return path.join(dataFolder, 'opis', 'annotations', hash);
}

/** The private store of a workspace folder; copies of its damaged files are kept beside it. */
export function privateLayout(workspaceRoot: string, dataFolder?: string): StoreLayout {
  const folder = privateStoreFolder(workspaceRoot, dataFolder);
  return new FolderLayout(folder, path.dirname(folder));
}
