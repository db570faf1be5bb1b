// Preparing a git clone for sharing annotations, for `opis git-setup` and the editor's command alike. Files of
// different annotations merge without help; the same annotation changed on two branches needs Opis's merge
// driver, or git writes conflict markers into it. So: `.gitattributes` names the driver for annotation files
// (committed, so shared), and the clone's own config says how to run it (git never shares config: every reader
// sets it up once).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parse, quote } from 'shell-quote';
import { STORE_FOLDER } from '../core/annotations';
import { git } from './git';
import { nodeStoreFileSystem } from './nodeStoreFileSystem';

/** Annotation files in any folder of the clone: a corpus may be a subfolder of the repository. */
export const GIT_ATTRIBUTE = `**/${STORE_FOLDER}/*.json merge=opis`;
const DRIVER_NAME = 'Opis annotations: keep both versions of an annotation changed on both sides';

export interface GitSetupResult {
  /** The clone's top folder. */
  root: string;
  /** What was done, one sentence each; empty when the clone was already set up. */
  done: string[];
}

/** The clone's top folder, or why `cwd` is not in one. */
export async function gitRoot(cwd: string): Promise<{ root: string } | { problem: string }> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  return top.ok ? { root: top.stdout } : { problem: `not inside a git clone (${top.error})` };
}

/**
 * Sets up the clone holding `cwd`; `cli` is the command (words) that runs Opis's command line, for the merge
 * driver. Safe to run again: only what is missing or different is written.
 */
export async function gitSetup(cwd: string, cli: readonly string[]): Promise<GitSetupResult> {
  const found = await gitRoot(cwd);
  if ('problem' in found) throw new Error(found.problem);
  const { root } = found;
  const done: string[] = [];
  if (await addAttribute(path.join(root, '.gitattributes'))) done.push(`added "${GIT_ATTRIBUTE}" to .gitattributes (commit it so every clone merges annotations the same way)`);
  const settings: [string, string][] = [
    ['merge.opis.name', DRIVER_NAME],
    // Quoted for the shell git runs the driver with.
    ['merge.opis.driver', quote([...cli, 'merge-annotation', '%O', '%A', '%B'])],
  ];
  for (const [key, value] of settings) {
    const now = await git(['config', '--local', '--get', key], root);
    if (now.ok && now.stdout === value) continue;
    const set = await git(['config', '--local', key, value], root);
    if (!set.ok) throw new Error(`git config ${key} failed: ${set.error}`);
    done.push(`set ${key} in the clone's git config`);
  }
  return { root, done };
}

/** What a clone lacks: the attribute or a merge driver (`missing`), or its driver runs an Opis that is gone (`moved`). */
export interface PendingSetup {
  root: string;
  lack: 'missing' | 'moved';
}

/**
 * The clone to offer the set-up for, when a workspace folder's annotations would be committed to one that lacks
 * the attribute or a working merge driver. A driver of any Opis is as good (one set by the command line runs
 * another copy of Opis) unless the command line it runs is gone, as an update of the extension moves it.
 * Undefined outside a clone, when git ignores the folder's annotations, or when all is set.
 */
export async function clonePendingSetup(folder: string): Promise<PendingSetup | undefined> {
  const found = await gitRoot(folder);
  if ('problem' in found) return undefined;
  // Exit 0: ignored, so never committed (a scratch folder inside a repository); nothing to share.
  if ((await git(['check-ignore', '-q', `${STORE_FOLDER}/annotation.json`], folder)).ok) return undefined;
  const driver = await git(['config', '--local', '--get', 'merge.opis.driver'], found.root);
  if (!driver.ok || !driver.stdout || !hasAttribute(await readText(path.join(found.root, '.gitattributes')))) return { root: found.root, lack: 'missing' };
  const script = driverScript(driver.stdout);
  const gone = script !== undefined && path.isAbsolute(script) && !(await fs.stat(script).catch(() => undefined));
  return gone ? { root: found.root, lack: 'moved' } : undefined;
}

/** The file the driver's command runs (the word before `merge-annotation`), if it can tell. */
function driverScript(driver: string): string | undefined {
  const words = parse(driver).filter((w): w is string => typeof w === 'string');
  const at = words.indexOf('merge-annotation');
  return at > 0 ? words[at - 1] : undefined;
}

async function readText(file: string): Promise<string> {
  const bytes = await nodeStoreFileSystem.readFile(file);
  return bytes ? new TextDecoder().decode(bytes) : '';
}

const hasAttribute = (text: string) => text.split(/\r?\n/).some(line => line.trim().split(/\s+/).join(' ') === GIT_ATTRIBUTE);

/** Adds the attribute line unless present; true when the file changed. */
async function addAttribute(file: string): Promise<boolean> {
  const text = await readText(file);
  if (hasAttribute(text)) return false;
  const separator = text && !text.endsWith('\n') ? '\n' : '';
  await nodeStoreFileSystem.replace(file, new TextEncoder().encode(`${text}${separator}${GIT_ATTRIBUTE}\n`));
  return true;
}
