// `opis git-setup`: prepares a clone for sharing annotations. Files of different annotations merge without
// help; the same annotation changed on two branches needs Opis's merge driver, or git writes conflict markers
// into it. So: `.gitattributes` names the driver for annotation files (commit it, it is shared), and the
// clone's own config says how to run it (git never shares config: every reader runs this once).
import * as path from 'node:path';
import { STORE_FOLDER } from '../../core/annotations';
import { git } from '../../node/git';
import { nodeStoreFileSystem } from '../../node/nodeStoreFileSystem';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';

export const GIT_ATTRIBUTE = `${STORE_FOLDER}/*.json merge=opis`;

/** Quoted for the shell git runs the driver with. */
const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

export const gitSetupCommand: CliCommand = {
  name: 'git-setup',
  summary: 'prepare a git clone for sharing annotations: .gitattributes and the merge driver (run once per clone)',
  usage: 'opis git-setup   (in the clone; safe to run again)',
  async run(args, io) {
    if (readArgs(args, {}).positionals.length) throw new UsageError('takes no arguments: run it inside the clone');
    const top = await git(['rev-parse', '--show-toplevel'], io.cwd);
    if (!top.ok) throw new Error(`not inside a git clone (${top.error})`);
    const root = top.stdout;
    const done: string[] = [];
    if (await addAttribute(path.join(root, '.gitattributes'))) done.push(`added "${GIT_ATTRIBUTE}" to .gitattributes (commit it so every clone merges annotations the same way)`);
    const settings: [string, string][] = [
      ['merge.opis.name', 'Opis annotations: keep both versions of an annotation changed on both sides'],
      ['merge.opis.driver', [...io.self.map(shellWord), 'merge-annotation', '%O', '%A', '%B'].join(' ')],
    ];
    for (const [key, value] of settings) {
      const now = await git(['config', '--local', '--get', key], root);
      if (now.ok && now.stdout === value) continue;
      const set = await git(['config', '--local', key, value], root);
      if (!set.ok) throw new Error(`git config ${key} failed: ${set.error}`);
      done.push(`set ${key} in the clone's git config`);
    }
    io.stdout(done.length ? done.map(line => `${line}\n`).join('') : `nothing to do: ${root} is already set up for merging annotations\n`);
    return 0;
  },
};

/** Adds the attribute line unless present; true when the file changed. */
async function addAttribute(file: string): Promise<boolean> {
  const bytes = await nodeStoreFileSystem.readFile(file);
  const text = bytes ? new TextDecoder().decode(bytes) : '';
  if (text.split(/\r?\n/).some(line => line.trim().split(/\s+/).join(' ') === GIT_ATTRIBUTE)) return false;
  const separator = text && !text.endsWith('\n') ? '\n' : '';
  await nodeStoreFileSystem.replace(file, new TextEncoder().encode(`${text}${separator}${GIT_ATTRIBUTE}\n`));
  return true;
}
