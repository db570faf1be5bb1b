// `opis git-setup`: prepares a clone for sharing annotations (src/node/gitSetup.ts, which the editor's
// Prepare Repository command runs too); the merge driver it names runs this same command line.
import { gitSetup } from '../../node/gitSetup';
import { readArgs } from '../args';
import { UsageError, type CliCommand } from '../command';

export const gitSetupCommand: CliCommand = {
  name: 'git-setup',
  summary: 'prepare a git clone for sharing annotations: .gitattributes and the merge driver (run once per clone)',
  usage: 'opis git-setup   (in the clone; safe to run again)',
  async run(args, io) {
    if (readArgs(args, {}).positionals.length) throw new UsageError('takes no arguments: run it inside the clone');
    const { root, done } = await gitSetup(io.cwd, io.self);
    io.stdout(done.length ? done.map(line => `${line}\n`).join('') : `nothing to do: ${root} is already set up for merging annotations\n`);
    return 0;
  },
};
